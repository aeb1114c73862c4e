import { calendarNames, two, type CalendarNames } from '../calendarNames.js';
import type { DateTexts, WallClock } from '../types.js';

// French dates: names from `Intl` with the tag `fr`, read once; digits and the order written here,
// so the result does not depend on how a runtime assembles a formatted date.

const names = (): CalendarNames => calendarNames('fr');

/** "9 h", "14 h 30": the hour as French running text writes it, with narrow no-break spaces. */
function clock(hour: number, minute: number): string {
  return minute === 0 ? `${hour}\u202fh` : `${hour}\u202fh\u202f${two(minute)}`;
}

/** "1er décembre 2026", "9 décembre 2026": the first of the month is an ordinal in French. */
function longDate(year: number, month: number, day: number): string {
  return `${day === 1 ? '1er' : day} ${names().months[month - 1] ?? ''} ${year}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A `YYYY-MM-DD` date in running text; anything else is returned as it came, so a text never
 * shows a half-written date. @internal
 */
export function day(iso: string): string {
  const match = ISO_DATE.exec(iso);
  if (match === null) return iso;
  const [, year, month, date] = match.map(Number) as [number, number, number, number];
  return month >= 1 && month <= 12 && date >= 1 && date <= 31 ? longDate(year, month, date) : iso;
}

/**
 * French dates: "lundi 23 novembre 2026 à 10 h" in sentences; "lun. 23/11/2026 10:00" in lists,
 * of one width whatever the day, so agenda lines stay aligned.
 */
export const dates: DateTexts = {
  dateTime: (time: WallClock, style) => {
    const index = (time.weekday - 1) % 7;
    if (style === 'short') {
      return `${names().shortWeekdays[index] ?? ''} ${two(time.day)}/${two(time.month)}/${time.year} ${two(time.hour)}:${two(time.minute)}`;
    }
    return `${names().weekdays[index] ?? ''} ${longDate(time.year, time.month, time.day)} à ${clock(time.hour, time.minute)}`;
  },
  date: day,
  time: (time) => clock(time.hour, time.minute),
};
