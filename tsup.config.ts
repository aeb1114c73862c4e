import { defineConfig, type Options } from 'tsup';

const config: Options[] = [
  {
    entry: { index: 'src/index.ts', 'ics/index': 'src/ics/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: false,
    treeshake: true,
    // The calendar entry loads the core entry by name, so the two share one FollowUpError class.
    external: ['luxon', 'ics', 'interview-followup'],
  },
];

export default defineConfig(config) as Options[];
