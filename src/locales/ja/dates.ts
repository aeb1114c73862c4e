import { two } from '../calendarNames.js';
import type { DateTexts, WallClock } from '../types.js';

// Japanese dates: digits with 年・月・日, the weekday's one-character name in brackets. Only the
// weekday has a name; it comes from `Intl` once, and the pattern around it is fixed here, so the
// output is the same on every runtime.

/** The names a runtime without Japanese data would not give: one character each, Monday first. */
const FALLBACK = ['月', '火', '水', '木', '金', '土', '日'] as const;
let weekdays: readonly string[] | undefined;

/** The weekday's name ("月") of an ISO weekday (1 = Monday), read from `Intl` the first time. */
function weekdayName(weekday: number): string {
  if (weekdays === undefined) {
    const format = new Intl.DateTimeFormat('ja', { weekday: 'short', timeZone: 'UTC' });
    // 2024-01-01 was a Monday. A runtime without Japanese names answers in another script: keep ours.
    const names = FALLBACK.map((_, index) => format.format(Date.UTC(2024, 0, 1 + index)));
    weekdays = names.every((name) => /^\p{Script=Han}$/u.test(name)) ? names : FALLBACK;
  }
  return weekdays[(weekday - 1) % 7] ?? FALLBACK[0];
}

/** "2026年12月9日" of a `YYYY-MM-DD` date. */
function writtenDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year ?? ''}年${month ?? ''}月${day ?? ''}日`;
}

/** A `YYYY-MM-DD` date as a sentence writes it; any other text (a date a caller wrote already) as it is. */
export function day(text: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? writtenDate(text) : text;
}

/**
 * Japanese dates: "2026年11月23日（月）10:00" in sentences, a fixed-width "2026/11/23(月) 10:00" at
 * the start of a list line, "2026年12月9日" for a date alone, and the 24-hour clock.
 */
export const dates: DateTexts = {
  dateTime: (time: WallClock, style) => {
    const clock = `${two(time.hour)}:${two(time.minute)}`;
    const name = weekdayName(time.weekday);
    return style === 'short'
      ? `${String(time.year).padStart(4, '0')}/${two(time.month)}/${two(time.day)}(${name}) ${clock}`
      : `${time.year}年${time.month}月${time.day}日（${name}）${clock}`;
  },
  date: writtenDate,
  time: (time) => `${two(time.hour)}:${two(time.minute)}`,
};
