import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

const script = `
import('./dist/index.js').then(({ planFollowUps }) => {
  const plan = planFollowUps({
    id: 'acme-staff-eng', company: 'Acme', position: 'Staff Engineer',
    start: '2026-11-20T14:00', end: '2026-11-20T15:00',
    timeZone: 'America/New_York', employerTimeZone: 'America/Chicago',
    interviewers: [{ name: 'Ana Ruiz', email: 'ana@acme.example' }, { name: 'Bo Chen' }],
  }, { now: '2026-11-22T09:00:00Z', policy: { letters: true, holidays: ['2026-11-23'] } });
  process.stdout.write(JSON.stringify(plan));
});`;

function planUnder(tz: string, lang: string): string {
  return execFileSync(process.execPath, ['-e', script], { cwd: root, env: { ...process.env, TZ: tz, LANG: lang, LC_ALL: lang }, encoding: 'utf8' });
}

describe('purity', () => {
  it('gives the same JSON, byte for byte, under any process time zone and locale', () => {
    const reference = planUnder('UTC', 'C');
    expect(reference.length).toBeGreaterThan(1000);
    for (const [tz, lang] of [['America/St_Johns', 'fr_FR.UTF-8'], ['Pacific/Kiritimati', 'ar_EG.UTF-8'], ['Asia/Kathmandu', 'hi_IN.UTF-8'], ['America/Los_Angeles', 'C']] as const) {
      expect(planUnder(tz, lang)).toBe(reference);
    }
  });

  it('reads no clock and imports no Node built-in outside the CLI (src/cli.ts and src/cli/)', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
          if (path !== join(root, 'src', 'cli')) walk(path);
        }
        else if (name.endsWith('.ts') && name !== 'cli.ts') {
          const text = readFileSync(path, 'utf8');
          if (/Date\.now\(|new Date\(\)|Settings\.|from 'node:|require\(/.test(text)) offenders.push(path);
        }
      }
    };
    walk(join(root, 'src'));
    expect(offenders).toEqual([]);
  });
});
