// The API reference as a reader meets it: built here with the project's typedoc.json into a
// folder of its own, then read as HTML.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
let site = '';
const page = (path: string): string => readFileSync(join(site, path), 'utf8');
/** Text with tags and typedoc's word-break hints taken out. */
const text = (html: string): string => html.replace(/<wbr\/>/g, '').replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&#39;/g, '\'').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\s+/g, ' ');
/** The part of a page after the navigation sidebar's start, where a page lists its own headings. */
const onThisPage = (html: string): string => html.slice(html.indexOf('On This Page'));

const guides = readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).sort();
const config = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as { projectDocuments: string[] };

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'ifu-api-'));
  await promisify(execFile)(process.execPath, [join(root, 'node_modules/typedoc/bin/typedoc'), '--out', site], { cwd: root });
}, 120_000);

afterAll(() => {
  if (site !== '') rmSync(site, { recursive: true, force: true });
});

describe('the API reference', () => {
  it('lists functions first in the index of each entry', () => {
    for (const entry of ['modules/interview-followup.html', 'modules/interview-followup_ics.html']) {
      const groups = [...page(entry).matchAll(/<h2[^>]*>([^<]+)<a href="#/g)].map((match) => match[1]);
      expect(groups[0]).toBe('Functions');
    }
  });

  it('has a page for every guide in docs/, and the home page links each one inside the site', () => {
    expect(config.projectDocuments.map((path) => path.replace('docs/', '')).sort()).toEqual(guides);
    const home = page('index.html');
    const linked = new Set([...home.matchAll(/href="(documents\/[^"#]+\.html)"/g)].map((match) => match[1]));
    expect(linked.size).toBe(guides.length);
    for (const path of linked) expect(readdirSync(join(site, 'documents'))).toContain(path?.replace('documents/', ''));
    expect(home).not.toMatch(/href="https:\/\/github\.com[^"]*\/docs\//);
  });

  it('names every heading in the contents of the home page and each guide', () => {
    for (const path of ['index.html', ...readdirSync(join(site, 'documents')).map((name) => `documents/${name}`)]) {
      const links = [...onThisPage(page(path)).matchAll(/<a href="#([^"]*)"[^>]*>(.*?)<\/a>/gs)].map((match) => [path, match[1], text(match[2] ?? '').trim()]);
      expect(links.length).toBeGreaterThan(0);
      expect(links.filter(([, , name]) => name === '')).toEqual([]);
    }
    expect(text(onThisPage(page('documents/Presets.html')))).toContain('careerServices (US career centres)');
  });

  it('documents FollowUpError with its real constructor and none of the runtime\'s Error statics', () => {
    const html = text(page('classes/interview-followup.FollowUpError.html'));
    expect(html).toContain('new FollowUpError(issues: readonly [ValidationIssue, ...ValidationIssue[]])');
    for (const name of ['captureStackTrace', 'stackTraceLimit', 'prepareStackTrace', 'Constructors']) expect(html).not.toContain(name);
    for (const name of ['code', 'path', 'issues']) expect(html).toContain(`Readonly ${name}`);
  });
});
