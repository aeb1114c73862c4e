import { fileURLToPath } from 'node:url';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

const config: ViteUserConfig = defineConfig({
  resolve: {
    // The calendar entry imports the core entry by its package name, as the built files do.
    alias: [
      { find: /^interview-followup$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
      { find: /^interview-followup\/ics$/, replacement: fileURLToPath(new URL('./src/ics/index.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

export default config;
