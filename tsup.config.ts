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
    external: ['luxon', 'ics'],
  },
];

export default defineConfig(config) as Options[];
