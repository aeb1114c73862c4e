import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/** Every ```ts block inside an @example tag of a TSDoc comment under src/. */
function tsdocExamples(): { file: string; code: string }[] {
  const found: { file: string; code: string }[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts')) {
        const text = readFileSync(path, 'utf8');
        for (const match of text.matchAll(/@example\s*\n((?:\s*\*.*\n)+?)\s*\*\//g)) {
          const body = (match[1] ?? '').split('\n').map((line) => line.replace(/^\s*\* ?/, '')).join('\n');
          for (const block of body.matchAll(/```ts\n([\s\S]*?)```/g)) found.push({ file: relative(root, path), code: block[1] ?? '' });
        }
      }
    }
  };
  walk(join(root, 'src'));
  return found;
}

describe('TSDoc examples', () => {
  const examples = tsdocExamples();

  it('exist for every public function', () => {
    expect(examples.length).toBeGreaterThanOrEqual(14);
  });

  it('type-check under the project\'s strict settings and run against the built package without throwing', () => {
    const dir = join(root, 'test/.examples');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    examples.forEach(({ file, code }, index) => {
      writeFileSync(join(dir, `example-${index}.ts`), `// from ${file}\nexport {};\n${code}`);
    });
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: '../../tsconfig.json', include: ['./*.ts'], compilerOptions: { isolatedDeclarations: false } }));
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { cwd: root, encoding: 'utf8' });
    // Run each example as plain JavaScript against dist/ (TypeScript syntax stripped by esbuild).
    for (const [index] of examples.entries()) {
      const source = join(dir, `example-${index}.ts`);
      const out = join(dir, `example-${index}.mjs`);
      execFileSync(join(root, 'node_modules/.bin/esbuild'), [source, `--outfile=${out}`, '--format=esm', '--log-level=error'], { cwd: root });
      execFileSync(process.execPath, [out], { cwd: root, encoding: 'utf8' });
    }
    rmSync(dir, { recursive: true, force: true });
  }, 300_000);
});
