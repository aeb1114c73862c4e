import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The repository. */
export const root: string = join(import.meta.dirname, '../..');
/** The built command. */
export const cli: string = join(root, 'dist/cli.js');

/** What a run of the command gave. */
export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built command in the repository, in a process time zone far from any the examples use. */
export function run(args: readonly string[], input?: string): Run {
  // Plans of a whole search print tens of megabytes as JSON; spawnSync's 1 MB default would cut them off.
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, TZ: 'Pacific/Kiritimati' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
