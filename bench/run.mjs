// Bundles bench/bench.ts (it reaches into internals the package does not export) and runs it.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
mkdirSync(`${root}.bench`, { recursive: true });
await build({
  entryPoints: { bench: `${root}bench/bench.ts`, honest: `${root}bench/honest.ts` },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir: `${root}.bench`,
  outExtension: { '.js': '.mjs' },
  external: ['luxon', 'ics', 'tinybench', 'ical-generator'],
  alias: { 'interview-followup': `${root}src/index.ts` },
  logLevel: 'error',
});
// The honest rows start fresh processes of the built package, so build it first.
execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'ignore', cwd: root });
execFileSync(process.execPath, [`${root}.bench/bench.mjs`], { stdio: 'inherit', cwd: root });
execFileSync(process.execPath, [`${root}.bench/honest.mjs`], { stdio: 'inherit', cwd: root });
