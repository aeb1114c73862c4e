import { calendarNames, two, type CalendarNames } from '../calendarNames.js';
import type { DateTexts, WallClock } from '../types.js';

// German dates: the names of weekdays and months come from `Intl` (tag `de`), read once; the
// digits and the pattern are written here, so no runtime's formatting habits leak into a plan.

// "Mo." in running text; lists and calendars drop the full stop ("Mo"), as DIN 5008 tables do.
let cached: CalendarNames | undefined;

function names(): CalendarNames {
  if (cached === undefined) {
    const read = calendarNames('de');
    cached = { ...read, shortWeekdays: read.shortWeekdays.map((name) => name.replace(/\.$/, '')) };
  }
  return cached;
}

let numbers: Intl.NumberFormat | undefined;

/** A number as German writes it ("2,5", "1.234"): through `Intl`, read once. */
export function number(value: number): string {
  numbers ??= new Intl.NumberFormat('de', { maximumFractionDigits: 1 });
  return numbers.format(value);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The parts of a `YYYY-MM-DD` date with a real month, or `undefined`. */
function parts(iso: string): { readonly year: number; readonly month: number; readonly day: number } | undefined {
  const match = ISO_DAY.exec(iso);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 ? { year, month, day } : undefined;
}

/** "9. Dezember 2026" of a `YYYY-MM-DD` date; anything else is returned as it is. */
export function longDate(iso: string): string {
  const found = parts(iso);
  return found === undefined ? iso : `${found.day}. ${names().months[found.month - 1] ?? ''} ${found.year}`;
}

/** "09.12.2026" of a `YYYY-MM-DD` date, for lists; anything else is returned as it is. */
export function shortDate(iso: string): string {
  const found = parts(iso);
  return found === undefined ? iso : `${two(found.day)}.${two(found.month)}.${String(found.year).padStart(4, '0')}`;
}

function clock(time: WallClock): string {
  return `${two(time.hour)}:${two(time.minute)}`;
}

/**
 * German dates: "Montag, 23. November 2026, 10:00 Uhr" in sentences, "Mo 23.11.2026 10:00" in
 * lists (always 19 characters, so agenda lines line up), "9. Dezember 2026" for a date.
 */
export const dates: DateTexts = {
  dateTime: (time, style) => {
    const index = (time.weekday - 1) % 7;
    const day = `${String(time.year).padStart(4, '0')}-${two(time.month)}-${two(time.day)}`;
    return style === 'short'
      ? `${names().shortWeekdays[index] ?? ''} ${shortDate(day)} ${clock(time)}`
      : `${names().weekdays[index] ?? ''}, ${longDate(day)}, ${clock(time)} Uhr`;
  },
  date: longDate,
  time: clock,
};
