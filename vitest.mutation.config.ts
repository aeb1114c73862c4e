import { defineConfig, mergeConfig, type ViteUserConfig } from 'vitest/config';
import base from './vitest.config.js';

// Mutation testing runs the in-process tests only: the ones that spawn the built CLI, pack the
// package or run dist/ cannot see a mutant in src/. MUTATION_SCOPE=timing also leaves out the
// calendar and text suites, which cost most per mutant and do not test the timing rules;
// MUTATION_SCOPE=text leaves out the property suites, which do not test drafts or the calendar.
const timingOnly = process.env['MUTATION_SCOPE'] === 'timing';
const textOnly = process.env['MUTATION_SCOPE'] === 'text';
const config: ViteUserConfig = mergeConfig(base, defineConfig({
  test: {
    exclude: [
      'node_modules/**', 'test/cli.test.ts', 'test/examples.test.ts', 'test/purity.test.ts',
      ...(timingOnly ? ['test/ics/**', 'test/fuzz.test.ts', 'test/originality.test.ts', 'test/drafts/**', 'test/limits.test.ts'] : []),
      ...(textOnly ? ['test/properties.test.ts', 'test/time/**', 'test/fuzz.test.ts'] : []),
    ],
  },
}));

export default config;
