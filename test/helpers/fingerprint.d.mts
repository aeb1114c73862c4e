export declare const RUN_LENGTH: number;
export declare function words(text: string): string[];
export declare function runs(text: string, size?: number): string[];
export declare function hashRun(run: string): string;
export declare function runHashes(text: string): string[];
