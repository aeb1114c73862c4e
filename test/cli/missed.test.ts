import { describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';

const globex = JSON.stringify({
  id: 'globex', company: 'Globex', position: 'Analyst', timeZone: 'America/New_York', appliedAt: '2026-10-20T09:00',
  rounds: [{ id: 'globex-1', start: '2026-11-02T10:00', end: '2026-11-02T11:00', interviewers: [{ name: 'Cy Park' }] }],
});

describe('interview-followup command, missed steps', () => {
  it('shows missed steps in the agenda with their status, and leaves them out of --today', () => {
    const agenda = run(['-', '--now', '2026-11-10T12:00:00Z'], globex).stdout.split('\n');
    expect(agenda.filter((line) => line.endsWith('[missed]'))).toEqual([
      'Tue 2026-10-27 09:00  Keep your job search going while Globex decides (1 of 5)  [missed]',
      'Mon 2026-11-02 10:00  Before you leave the Globex interview: ask about next steps  [missed]',
    ]);
    const today = run(['-', '--now', '2026-11-10T12:00:00Z', '--today'], globex);
    expect(today.status).toBe(0);
    expect(today.stdout.split('\n').slice(0, 6)).toEqual([
      'Globex · Analyst · 1 round · waiting',
      'Advice: article (the defaults, from the source article)',
      '',
      'Tue 2026-11-03 09:00  Keep your job search going while Globex decides (2 of 5)  [open]',
      'Tue 2026-11-03 11:00  Thank Cy Park for the Globex interview  [overdue]',
      'Tue 2026-11-10 09:00  Keep your job search going while Globex decides (3 of 5)  [upcoming]',
    ]);
  });

  it('plans an application with no interview yet, from the date it was applied for', () => {
    const applied = JSON.stringify({ id: 'hooli', company: 'Hooli', position: 'SRE', timeZone: 'America/New_York', appliedAt: '2026-11-02', rounds: null });
    const result = run(['-', '--now', '2026-11-03T12:00:00Z'], applied);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').slice(0, 5)).toEqual([
      'Hooli · SRE · applied 2026-11-02',
      'Advice: article (the defaults, from the source article)',
      '',
      'Mon 2026-11-09 12:00  Follow up on your Hooli application for the SRE role (1 of 2)  [upcoming]',
      'Mon 2026-11-09 12:00  Keep your job search going while Hooli decides (1 of 2)  [upcoming]',
    ]);
  });
});
