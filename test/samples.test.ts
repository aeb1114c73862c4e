// Every ```ts block of README.md and docs/*.md, copied verbatim into a consumer's project: it
// must type-check against the built package under `strict` (node16 and bundler resolution) and,
// unless it needs something outside (a server), run.
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

interface Sample {
  /** Where the block is: `docs/calendar.md:11`. */
  readonly where: string;
  readonly code: string;
  /** Why it cannot run alone, from `<!-- sample: not standalone: … -->` right above it: it is type-checked, not run. */
  readonly notStandalone?: string;
}

const run = promisify(execFile);

const MARKER = /^<!-- sample: not standalone: (.+) -->$/;

/** The ```ts blocks of one Markdown file, each with its line and its marker. */
function samplesOf(file: string, text: string): Sample[] {
  const lines = text.split('\n');
  const found: Sample[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '```ts') continue;
    const end = lines.indexOf('```', i + 1);
    const marker = MARKER.exec(lines[i - 1] ?? '')?.[1];
    found.push({ where: `${file}:${i + 1}`, code: lines.slice(i + 1, end).join('\n'), ...(marker === undefined ? {} : { notStandalone: marker }) });
    i = end;
  }
  return found;
}

const markdown = ['README.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).sort().map((name) => `docs/${name}`)];
const samples = markdown.flatMap((file) => samplesOf(file, readFileSync(join(root, file), 'utf8')));
const standalone = samples.filter((sample) => sample.notStandalone === undefined);
/** The file of a sample in the consumer's project. */
const fileOf = (sample: Sample): string => `sample-${samples.indexOf(sample)}`;

/** A consumer's project: the package linked into node_modules, so only its `exports` and dist/ are seen. */
let app = '';

beforeAll(() => {
  app = mkdtempSync(join(tmpdir(), 'ifu-samples-'));
  mkdirSync(join(app, 'node_modules'));
  symlinkSync(root, join(app, 'node_modules/interview-followup'), 'dir');
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  for (const sample of samples) {
    // `export {}` keeps each sample a module of its own, as a file of its own would be.
    writeFileSync(join(app, `${fileOf(sample)}.ts`), `// ${sample.where}\nexport {};\n${sample.code}\n`);
  }
});

afterAll(() => {
  if (app !== '') rmSync(app, { recursive: true, force: true });
});

/** tsc's report on every sample at once, each error named by the sample's place in the docs. */
async function typeCheck(compilerOptions: Record<string, unknown>): Promise<string> {
  const config = join(app, `tsconfig.${String(compilerOptions['moduleResolution'])}.json`);
  writeFileSync(config, JSON.stringify({
    compilerOptions: {
      strict: true, target: 'ES2022', lib: ['ES2022'], noEmit: true, skipLibCheck: true,
      types: ['node'], typeRoots: [join(root, 'node_modules/@types')], ...compilerOptions,
    },
    include: ['sample-*.ts'],
  }));
  const report = await run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', config], { cwd: app, encoding: 'utf8' })
    .then(({ stdout }) => stdout, (error: { stdout?: string }) => error.stdout ?? String(error));
  return report.replace(/sample-(\d+)\.ts/g, (_, index: string) => samples[Number(index)]?.where ?? '?');
}

describe('the TypeScript samples of README.md and docs/', () => {
  it('are found in README.md and the guides, and only the CalDAV recipe is marked as not standalone', () => {
    expect(samples.length).toBeGreaterThanOrEqual(17);
    expect(new Set(samples.map(({ where }) => where.split(':')[0]))).toEqual(new Set(['README.md', 'docs/applications.md', 'docs/calendar.md', 'docs/drafts.md', 'docs/presets.md', 'docs/recipes.md', 'docs/rules.md']));
    // A block marked `<!-- sample: not standalone: why -->` is type-checked but not run: each one is listed here.
    expect(samples.filter((sample) => sample.notStandalone !== undefined).map(({ where, notStandalone }) => `${where.split(':')[0]}: ${notStandalone}`)).toEqual(['docs/recipes.md: needs a CalDAV server']);
  });

  it('reads a marker only on the line right above a block, and only ts blocks', () => {
    const text = ['<!-- sample: not standalone: needs a CalDAV server -->', '```ts', 'a();', '```', '', '<!-- sample: not standalone: too far -->', '', '```ts', 'b();', '```', '```tsx', 'c();', '```'].join('\n');
    expect(samplesOf('x.md', text)).toEqual([
      { where: 'x.md:2', code: 'a();', notStandalone: 'needs a CalDAV server' },
      { where: 'x.md:8', code: 'b();' },
    ]);
  });

  it.concurrent.each([
    ['node16', { module: 'node16', moduleResolution: 'node16' }],
    ['bundler', { module: 'esnext', moduleResolution: 'bundler' }],
  ])('type-check verbatim under strict with %s resolution, against the built package', async (_name, options) => {
    expect(await typeCheck(options)).toBe('');
  });

  it.concurrent('run against the built package without throwing', async () => {
    const entries = standalone.map((sample) => join(app, `${fileOf(sample)}.ts`));
    execFileSync(join(root, 'node_modules/.bin/esbuild'), [...entries, `--outdir=${app}`, '--out-extension:.js=.mjs', '--format=esm', '--log-level=error'], { cwd: root });
    // Each in a process of its own, in the consumer's folder (a sample may write a file there),
    // a few at a time so a busy machine runs them all rather than starving each.
    const runOne = (sample: Sample): Promise<string[]> => run(process.execPath, [join(app, `${fileOf(sample)}.mjs`)], { cwd: app, encoding: 'utf8', timeout: 120_000 })
      .then(() => [], (error: { stderr?: string }) => [`${sample.where}: ${error.stderr?.split('\n').find((line) => /Error/.test(line)) ?? String(error)}`]);
    const failures: string[] = [];
    let next = 0;
    await Promise.all(Array.from({ length: Math.min(4, availableParallelism()) }, async () => {
      while (next < standalone.length) {
        const sample = standalone[next++];
        if (sample !== undefined) failures.push(...await runOne(sample));
      }
    }));
    expect(failures.sort()).toEqual([]);
  }, 600_000);
});
