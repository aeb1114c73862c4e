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
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: false,
    clean: false,
    dts: false,
    banner: { js: '#!/usr/bin/env node' },
    // The command loads the library through its public entries, exactly as users do.
    external: ['luxon', 'ics', 'interview-followup', 'interview-followup/ics'],
  },
];

export default defineConfig(config) as Options[];
