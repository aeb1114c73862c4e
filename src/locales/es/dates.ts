import { calendarNames, two, type CalendarNames } from '../calendarNames.js';
import type { DateTexts, WallClock } from '../types.js';

// Spanish dates: the names of weekdays and months come from `Intl` with the tag `es`, read once;
// the digits and the order are written here, so no runtime's own date pattern shows through.

let names: CalendarNames | undefined;

/** Lower case and no full stop, so every runtime's spelling of a name comes out the same. */
const clean = (text: string): string => text.toLowerCase().replace(/\./g, '').trim();

/** Weekdays "lunes" … "domingo" (Monday first), short ones "lun" … "dom", months "enero" … "diciembre". */
function namesOf(): CalendarNames {
  if (names === undefined) {
    const read = calendarNames('es');
    const weekdays = read.weekdays.map(clean);
    names = { weekdays, shortWeekdays: weekdays.map((name) => name.slice(0, 3)), months: read.months.map(clean) };
  }
  return names;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "a las 15:00", or "a la 01:30" for the one o'clock hour, as Spanish says it. */
export function at(clock: string): string {
  return `${clock.startsWith('01:') ? 'a la' : 'a las'} ${clock}`;
}

/** "9 de diciembre de 2026" of a `YYYY-MM-DD` date; any other text is returned as it is. */
export function longDate(iso: string): string {
  const match = ISO_DAY.exec(iso);
  if (match === null) return iso;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const name = namesOf().months[month - 1];
  return name === undefined ? iso : `${day} de ${name} de ${year}`;
}

/** "09/12/2026" of a `YYYY-MM-DD` date, for compact lines; any other text is returned as it is. */
export function shortDate(iso: string): string {
  const match = ISO_DAY.exec(iso);
  return match === null ? iso : `${match[3] ?? ''}/${match[2] ?? ''}/${match[1] ?? ''}`;
}

const clockOf = (time: WallClock): string => `${two(time.hour)}:${two(time.minute)}`;
const yearOf = (time: WallClock): string => String(time.year).padStart(4, '0');

/**
 * Spanish dates: "lunes 23 de noviembre de 2026 a las 10:00" in sentences, "lun 23/11/2026 10:00"
 * (always 20 characters) at the start of an agenda line, "9 de diciembre de 2026" in running text.
 */
export const dates: DateTexts = {
  dateTime: (time, style) => {
    const { weekdays, shortWeekdays, months } = namesOf();
    const index = (time.weekday - 1) % 7;
    if (style === 'short') return `${shortWeekdays[index] ?? ''} ${two(time.day)}/${two(time.month)}/${yearOf(time)} ${clockOf(time)}`;
    return `${weekdays[index] ?? ''} ${time.day} de ${months[time.month - 1] ?? ''} de ${yearOf(time)} ${at(clockOf(time))}`;
  },
  date: longDate,
  time: clockOf,
};
