import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { root, run } from '../helpers/cli.js';

describe('interview-followup command, the whole search', () => {
  it('prints the pipeline agenda the README shows, as committed in examples/pipeline-agenda.txt', () => {
    const result = run(['examples/pipeline.json', '--now', '2026-12-03T14:00:00Z']);
    const committed = readFileSync(join(root, 'examples/pipeline-agenda.txt'), 'utf8');
    expect(result).toEqual({ status: 0, stdout: committed, stderr: '' });
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toContain(`\`\`\`text\n${committed}\`\`\``);
  });

  it('names every line\'s company and the state of each application in the header', () => {
    const lines = run(['examples/pipeline.json', '--now', '2026-12-03T14:00:00Z']).stdout.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      'Job search · 4 applications · 3 active (America/New_York)',
      '  Acme · Staff Engineer · 2 rounds · offer, answer by 2026-12-09',
      '  Globex · Product Engineer · 1 round · following-up',
      '  Initech · Platform Engineer · 1 round · closed (rejected)',
      '  Hooli · Site Reliability Engineer · applied 2026-11-20',
      'Advice: article (the defaults, from the source article)',
      '',
    ]);
    const steps = lines.slice(7, lines.indexOf('', 7));
    expect(steps.length).toBe(28);
    for (const step of steps) expect(step).toMatch(/^\w{3} \d{4}-\d{2}-\d{2} \d{2}:\d{2} {2}(Acme|Globex|Initech|Hooli|Search) · /);
  });

  it('lists with --today what is open or overdue by at most 14 days, and the next upcoming step, in time order', () => {
    const lines = run(['examples/pipeline.json', '--now', '2026-12-03T14:00:00Z', '--today']).stdout.split('\n');
    // Missed steps are not listed: the first two weekly reminders were missed once the next opened.
    expect(lines.slice(7, lines.indexOf('', 7))).toEqual([
      'Mon 2026-11-23 10:00  Acme · Thank Bo Chen for the Acme interview (Onsite) (moved)  [overdue]',
      'Wed 2026-11-25 08:00  Initech · Reply to Initech\'s decision: thank them and ask for feedback  [overdue]',
      'Thu 2026-11-26 12:00  Search · Keep your job search going: 3 applications active (3 of 5)  [open]',
      'Wed 2026-12-02 11:00  Globex · Tell Globex about your offer and ask about their timeline  [overdue]',
      'Wed 2026-12-02 12:00  Hooli · Tell Hooli about your offer and ask about their timeline (moved)  [overdue]',
      'Thu 2026-12-03 12:00  Search · Keep your job search going: 3 applications active (4 of 5)  [upcoming]',
      'Tue 2026-12-08 10:00  Acme · Answer the Acme offer for the Staff Engineer role  [open]',
    ]);
  });

  it('writes one calendar for the search, equal to the committed one', () => {
    const target = join(mkdtempSync(join(tmpdir(), 'ifu-')), 'search.ics');
    const result = run(['examples/pipeline.json', '--now', '2026-12-03T14:00:00Z', '--ics', target, '--generated-at', '2026-12-03T14:00:00Z']);
    expect(result.stderr).toBe(`Wrote 28 events to ${target}\n`);
    const text = readFileSync(target, 'utf8');
    expect(text).toBe(readFileSync(join(root, 'examples/pipeline.ics'), 'utf8'));
    expect(new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent")).toHaveLength(28);
    expect(text).toContain('UID:pipeline.keep-searching-1@interview-followup');
    expect(text).toContain('UID:acme-onsite.thank-you-email-ana-ruiz@interview-followup');
    expect(text).toContain('UID:globex.expedite-request-acme@interview-followup');
  });

  it('reads a bare list of applications and a single application', () => {
    const pipeline = JSON.parse(readFileSync(join(root, 'examples/pipeline.json'), 'utf8'));
    expect(run(['-', '--now', '2026-12-03T14:00:00Z'], JSON.stringify(pipeline.applications)).stdout.split('\n')[0]).toBe('Job search · 4 applications · 3 active (America/New_York)');
    expect(run(['-', '--now', '2026-12-03T14:00:00Z'], JSON.stringify(pipeline.applications[1])).stdout.split('\n')[0]).toBe('Globex · Product Engineer · 1 round · following-up');
  });

  it('reports a problem deep in the search with its full path', () => {
    const pipeline = JSON.parse(readFileSync(join(root, 'examples/pipeline.json'), 'utf8'));
    pipeline.applications[1].rounds[0].start = 'soon';
    const result = run(['-', '--now', '2026-12-03T14:00:00Z'], JSON.stringify(pipeline));
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('interview-followup: skipped applications[1] (globex): applications[1].rounds[0].start: expected an ISO 8601 date and time such as "2026-11-20T14:00", got "soon"\n');
    expect(result.stdout.split('\n')[0]).toBe('Job search · 3 applications · 2 active (America/New_York)');
    expect(result.stdout).toContain('  globex: skipped-application: "globex" was left out: applications[1].rounds[0].start: expected an ISO 8601 date and time such as "2026-11-20T14:00", got "soon"');
  });

  it('fails when no application of the search can be planned', () => {
    const result = run(['-'], JSON.stringify([{ id: 'a', company: 'A', position: 'B', timeZone: 'BST', appliedAt: '2026-11-02' }]));
    expect(result).toEqual({
      status: 1, stdout: '',
      stderr: 'interview-followup: skipped applications[0] (a): applications[0].timeZone: "BST" is an abbreviation, not an IANA zone (this runtime would read it as Asia/Dhaka); did you mean Europe/London?\ninterview-followup: no application could be planned\n',
    });
  });
});
