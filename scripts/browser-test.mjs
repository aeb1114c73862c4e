// Bundles the core and calendar entries for the browser (esbuild, platform "browser", so any
// Node built-in would fail the build), runs the page in headless Chromium under a time zone far
// from UTC, and checks that the page's plan and calendar equal Node's, byte for byte.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { planFollowUps } from '../dist/index.js';
import { toICalendar } from '../dist/ics/index.js';

const root = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'ifu-browser-'));
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => {
  try { execFileSync(path, ['--version'], { stdio: 'ignore' }); return true; } catch { return false; }
});
if (chromium === undefined) {
  console.error('browser test: Chromium not found; install Debian\'s chromium package');
  process.exit(1);
}

try {
  const result = await build({
    entryPoints: [join(root, 'test/browser/page.ts')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    outfile: join(work, 'page.js'),
    // Resolve the package's own entries to the built files, as an app's bundler would.
    alias: { 'interview-followup/ics': join(root, 'dist/ics/index.js'), 'interview-followup': join(root, 'dist/index.js') },
    logLevel: 'error',
    metafile: true,
  });
  const inputs = Object.keys(result.metafile.inputs);
  const nodeBuiltins = inputs.filter((input) => input.startsWith('node:'));
  if (nodeBuiltins.length > 0) throw new Error(`the browser bundle pulls in Node built-ins: ${nodeBuiltins.join(', ')}`);
  writeFileSync(join(work, 'page.html'), '<!doctype html><meta charset="utf-8"><title>interview-followup</title><pre id="output">not run</pre><script src="page.js"></script>\n');

  const dom = execFileSync(chromium, [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    `--user-data-dir=${join(work, 'profile')}`, '--virtual-time-budget=5000', '--dump-dom', `file://${join(work, 'page.html')}`,
  ], { encoding: 'utf8', env: { ...process.env, TZ: 'Asia/Kathmandu' }, stdio: ['ignore', 'pipe', 'ignore'], timeout: 120_000 });

  const match = /<pre id="output">([\s\S]*?)<\/pre>/.exec(dom);
  const text = (match?.[1] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  const page = JSON.parse(text);
  if (page.error !== undefined) throw new Error(`the page threw: ${page.error}`);

  const example = JSON.parse(readFileSync(join(root, 'examples/interview.json'), 'utf8'));
  const plan = planFollowUps(example, { now: '2026-11-22T09:00:00Z' });
  const calendar = toICalendar(plan, { generatedAt: '2026-11-22T09:00:00Z' });
  const failures = [];
  if (!['Asia/Kathmandu', 'Asia/Katmandu'].includes(page.timeZone)) failures.push(`the page ran in ${page.timeZone}, not Asia/Kathmandu`);
  if (JSON.stringify(page.plan) !== JSON.stringify(plan)) failures.push('the page\'s plan differs from Node\'s');
  if (page.calendar !== calendar) failures.push('the page\'s calendar differs from Node\'s');
  if (JSON.stringify(page.issues) !== '["invalid-time-zone"]') failures.push(`validation in the page gave ${JSON.stringify(page.issues)}`);
  if (failures.length > 0) throw new Error(failures.join('; '));
  console.log(`browser test: ${page.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'} planned ${page.plan.steps.length} steps and wrote a ${page.calendar.length}-character calendar identical to Node's (page time zone ${page.timeZone})`);
} catch (error) {
  console.error(`browser test FAILED: ${error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
