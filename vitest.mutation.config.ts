import { defineConfig, mergeConfig, type ViteUserConfig } from 'vitest/config';
import base from './vitest.config.js';

// Mutation testing runs the in-process tests only: the ones that spawn the built CLI, pack the
// package or run dist/ cannot see a mutant in src/.
const config: ViteUserConfig = mergeConfig(base, defineConfig({
  test: {
    exclude: ['test/cli.test.ts', 'test/examples.test.ts', 'test/purity.test.ts', 'node_modules/**'],
  },
}));

export default config;
