import { defineConfig, type Options } from 'tsup';

/** The languages besides English, each published as `interview-followup/locales/<tag>`. */
const LOCALES = ['de', 'es', 'fr'] as const;

const config: Options[] = [
  {
    // Each language is an entry of its own, so the core carries English only.
    entry: { index: 'src/index.ts', 'ics/index': 'src/ics/index.ts', ...Object.fromEntries(LOCALES.map((tag) => [`locales/${tag}/index`, `src/locales/${tag}/index.ts`])) },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    // Code the entries share (FollowUpError, the plan readers, the drafts) goes into chunks both
    // load, so there is one FollowUpError class and nothing internal is exported from an entry.
    splitting: true,
    treeshake: true,
    external: ['luxon', 'ics'],
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
    external: ['luxon', 'ics', /^interview-followup(\/.*)?$/],
  },
];

export default defineConfig(config) as Options[];
