// Writes the calendars the interop check feeds to independent consumers: the golden fixtures and
// the committed examples, plus plans across zones, policies and hostile text, and a whole search
// (in full, cut with maxBytes, and in each language), built from the packaged code in dist/. With a second folder,
// also writes the search's events one calendar object each, as a CalDAV client PUTs them, with
// `uids.tsv` naming each file's UID.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planFollowUps, planPipeline } from '../../dist/index.js';
import { toICalendar, toICalendarEvents } from '../../dist/ics/index.js';
import { de } from '../../dist/locales/de/index.js';
import { es } from '../../dist/locales/es/index.js';
import { fr } from '../../dist/locales/fr/index.js';
import { ja } from '../../dist/locales/ja/index.js';

const [out = 'interop-calendars', resources] = process.argv.slice(2);
const fixtures = new URL('../../test/fixtures/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
for (const name of readdirSync(fixtures).filter((file) => file.endsWith('.ics'))) copyFileSync(join(fixtures, name), join(out, `fixture-${name}`));
const examples = new URL('../../examples/', import.meta.url).pathname;
for (const name of readdirSync(examples).filter((file) => file.endsWith('.ics'))) copyFileSync(join(examples, name), join(out, `example-${name}`));

const zones = ['America/New_York', 'Europe/London', 'Australia/Sydney', 'Asia/Kolkata', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Kiritimati', 'Pacific/Chatham'];
const hostile = 'Zoë "Q" O\'Neil; CTO, R&D\\Ops 👩🏽‍💻 面接';
let count = 0;
zones.forEach((timeZone, index) => {
  const plan = planFollowUps({
    id: `interop/${timeZone} #${index}`,
    company: index % 2 === 0 ? 'Acme, Inc.' : hostile,
    position: index % 3 === 0 ? 'Staff Engineer' : `Ingénieur·e ${'très '.repeat(index)}senior`,
    start: `2026-${String(3 + index).padStart(2, '0')}-1${index}T16:30`,
    timeZone,
    employerTimeZone: zones[(index + 3) % zones.length],
    interviewers: [{ name: 'Ana Ruiz', email: 'ana@acme.example' }, { name: hostile }, { name: '山田 太郎', email: 'taro@example.jp' }],
    ...(index % 2 === 0 ? { decisionDate: `2026-${String(4 + index).padStart(2, '0')}-01` } : {}),
    followUpPermission: ['granted', 'not-asked', 'declined'][index % 3],
    nextSteps: `Panel next;\r\nthen: references, offer\nEND:VEVENT\n${'x'.repeat(index * 200)}`,
  }, {
    now: `2026-${String(3 + index).padStart(2, '0')}-20T12:00:00Z`,
    policy: { letters: index % 2 === 1, maxCheckIns: 1 + (index % 4), holidays: ['2026-12-25'] },
    ...(index % 4 === 3 ? { activities: [{ type: 'reply-received', at: `2026-${String(3 + index).padStart(2, '0')}-25T12:00:00Z` }] } : {}),
  });
  const text = toICalendar(plan, {
    generatedAt: '2026-11-22T09:00:00Z',
    alarmMinutesBefore: index * 30,
    ...(index % 2 === 0 ? { owner: { name: hostile, email: 'me@example.com' }, calendarName: hostile } : {}),
  });
  writeFileSync(join(out, `generated-${index}.ics`), text);
  count++;
});

const search = JSON.parse(readFileSync(new URL('../../examples/pipeline.json', import.meta.url), 'utf8'));
const searchPlan = planPipeline(search.applications, { now: '2026-12-03T14:00:00Z', id: 'interop-search' });
const searchOptions = { generatedAt: '2026-12-03T14:00:00Z', uidDomain: 'interop.example.com', owner: { name: hostile, email: 'me@example.com' } };
const whole = toICalendar(searchPlan, searchOptions);
writeFileSync(join(out, 'generated-search.ics'), whole);
// Cut to three quarters of its size: drafts and settled steps left out, the OMITTED header written.
const limited = toICalendar(searchPlan, { ...searchOptions, maxBytes: Math.floor(Buffer.byteLength(whole) * 0.75) });
if (!/^X-INTERVIEW-FOLLOWUP-OMITTED:\d+\\;\d+\r$/m.test(limited)) throw new Error('the cut search calendar says nothing was left out');
writeFileSync(join(out, 'generated-search-limited.ics'), limited);
count += 2;
// The search in each language: German umlauts, French narrow no-break spaces, Spanish ¿, Japanese.
for (const locale of [de, es, fr, ja]) {
  const plan = planPipeline(search.applications, { now: '2026-12-03T14:00:00Z', id: 'interop-search', locale });
  writeFileSync(join(out, `generated-search-${locale.tag}.ics`), toICalendar(plan, { ...searchOptions, draftDetails: { senderName: hostile } }));
  count++;
}
if (resources !== undefined) {
  mkdirSync(resources, { recursive: true });
  const events = toICalendarEvents(searchPlan, searchOptions);
  events.forEach(({ text }, index) => writeFileSync(join(resources, `event-${index}.ics`), text));
  writeFileSync(join(resources, 'uids.tsv'), events.map(({ uid }, index) => `event-${index}.ics\t${uid}\n`).join(''));
  console.log(`wrote ${events.length} calendar objects of the search to ${resources}`);
}
console.log(`wrote ${count} generated calendars, the fixtures and the examples to ${out}`);
