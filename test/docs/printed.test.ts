// A guide that shows what a sample prints must show what it really prints: every ```ts block
// followed by a line "prints" and a ```text block is run, and its output compared with the text.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

interface Printed { readonly where: string; readonly code: string; readonly output: string }

/** Every sample of `text` that a "prints" block follows. */
export function printedSamples(file: string, text: string): Printed[] {
  const found: Printed[] = [];
  const pattern = /```ts\n((?:(?!```)[\s\S])*)```\n\nprints\n\n```text\n((?:(?!```)[\s\S])*)```/g;
  for (const match of text.matchAll(pattern)) {
    const line = text.slice(0, match.index).split('\n').length;
    found.push({ where: `${file}:${line}`, code: match[1] ?? '', output: match[2] ?? '' });
  }
  return found;
}

/** The sample bundled against the source (the package's entries resolved to `src/`) and run. */
async function run(code: string): Promise<string> {
  const bundled = await build({
    stdin: { contents: code, resolveDir: root, loader: 'ts' },
    bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'error', charset: 'utf8',
    plugins: [{
      name: 'package-source',
      setup(context) {
        context.onResolve({ filter: /^interview-followup(\/.*)?$/ }, (args) => {
          const entry = args.path.slice('interview-followup'.length);
          return { path: join(root, 'src', entry === '' ? 'index.ts' : `${entry.slice(1)}/index.ts`) };
        });
      },
    }],
  });
  return execFileSync(process.execPath, ['--input-type=module'], { input: bundled.outputFiles[0]?.text ?? '', encoding: 'utf8', cwd: root });
}

const docs = readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`);
const samples = ['README.md', ...docs].flatMap((file) => printedSamples(file, readFileSync(join(root, file), 'utf8')));

describe('what the guides say a sample prints', () => {
  it('finds the samples that show their output (one per language guide at least)', () => {
    expect(samples.map((sample) => sample.where.split(':')[0])).toEqual(expect.arrayContaining(['docs/languages.md']));
    expect(samples.length).toBeGreaterThanOrEqual(2);
  });

  it.each(samples.map((sample) => [sample.where, sample] as const))('%s prints exactly what follows it', async (where, sample) => {
    const printed = await run(sample.code);
    // UPDATE_DOCS=1 writes what the samples print into the guides, to be read and committed.
    if (process.env['UPDATE_DOCS'] === '1' && printed !== sample.output) {
      const file = join(root, where.split(':')[0] ?? '');
      writeFileSync(file, readFileSync(file, 'utf8').replace(`${sample.code}\`\`\`\n\nprints\n\n\`\`\`text\n${sample.output}`, `${sample.code}\`\`\`\n\nprints\n\n\`\`\`text\n${printed}`));
      return;
    }
    expect(printed).toBe(sample.output);
  });
});
