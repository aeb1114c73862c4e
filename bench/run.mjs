// Bundles bench/bench.ts (it reaches into internals the package does not export) and runs it.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
mkdirSync(`${root}.bench`, { recursive: true });
await build({
  entryPoints: [`${root}bench/bench.ts`],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: `${root}.bench/bench.mjs`,
  external: ['luxon', 'ics', 'tinybench'],
  alias: { 'interview-followup': `${root}src/index.ts` },
  logLevel: 'error',
});
execFileSync(process.execPath, [`${root}.bench/bench.mjs`], { stdio: 'inherit', cwd: root });
