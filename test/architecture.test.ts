import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '../src');

/**
 * The folders of `src/` from the floor up (docs/architecture.md). A file may import from its own
 * folder and from folders below it; a strict order also rules out cycles between folders.
 */
const LAYERS = [
  'errors', 'time', 'validate',
  'policy', 'rules', 'checklists', 'locales',
  'input', 'steps', 'application', 'interview', 'pipeline', 'stored', 'insights',
  'drafts', 'links', '(core entry)', 'ics', 'cli',
] as const;

/** The folder a source file belongs to: `src/index.ts` is the core entry, `src/cli.ts` the command. */
function folderOf(file: string): string {
  const path = relative(src, file);
  if (path === 'index.ts') return '(core entry)';
  if (path === 'cli.ts') return 'cli';
  return path.split('/')[0] ?? '';
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Every import and re-export of a file: relative paths resolved, package entries named. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom '([^']+)'/gms)].map((match) => match[1] ?? '').map((target) => {
    if (target === 'interview-followup') return join(src, 'index.ts');
    if (target === 'interview-followup/ics') return join(src, 'ics/index.ts');
    return target.startsWith('.') ? normalize(join(dirname(file), target)).replace(/\.js$/, '.ts') : target;
  });
}

describe('source layout', () => {
  const files = sourceFiles(src);

  it('puts every source file in a known folder', () => {
    expect(files.map(folderOf).filter((folder) => !(LAYERS as readonly string[]).includes(folder))).toEqual([]);
  });

  it('imports only downwards: from its own folder or from a folder below it', () => {
    const upward: string[] = [];
    for (const file of files) {
      const rank = LAYERS.indexOf(folderOf(file) as (typeof LAYERS)[number]);
      for (const target of importsOf(file)) {
        if (!target.startsWith(src)) continue;
        const targetRank = LAYERS.indexOf(folderOf(target) as (typeof LAYERS)[number]);
        if (targetRank > rank) upward.push(`${relative(src, file)} → ${relative(src, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('finds every import it checks: the check sees the planners reach the step builders', () => {
    const planner = importsOf(join(src, 'application/planChecked.ts'));
    expect(planner.some((target) => target.startsWith(join(src, 'steps')))).toBe(true);
  });

  it('keeps files under 300 lines and folders under 1,200', () => {
    const lines = (file: string): number => readFileSync(file, 'utf8').split('\n').length;
    const long = files.filter((file) => lines(file) > 300).map((file) => relative(src, file));
    // Each language is a folder of its own under locales/ and is held to the limit on its own.
    const sizeFolderOf = (file: string): string => (folderOf(file) === 'locales' ? dirname(relative(src, file)) : folderOf(file));
    const byFolder = new Map<string, number>();
    for (const file of files) byFolder.set(sizeFolderOf(file), (byFolder.get(sizeFolderOf(file)) ?? 0) + lines(file));
    const big = [...byFolder].filter(([, count]) => count > 1200).map(([folder]) => folder);
    expect({ long, big }).toEqual({ long: [], big: [] });
  });
});
