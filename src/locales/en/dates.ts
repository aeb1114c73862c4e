import { two } from '../calendarNames.js';
import type { DateTexts, WallClock } from '../types.js';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** `2026-11-23` of a wall clock. */
export function isoDay(time: WallClock): string {
  return `${String(time.year).padStart(4, '0')}-${two(time.month)}-${two(time.day)}`;
}

/** English dates: ISO dates with the weekday's name in lists, "9 December 2026" in sentences. */
export const dates: DateTexts = {
  dateTime: (time, style) => {
    const name = WEEKDAYS[(time.weekday - 1) % 7] ?? 'Monday';
    return `${style === 'short' ? name.slice(0, 3) : name} ${isoDay(time)} ${two(time.hour)}:${two(time.minute)}`;
  },
  date: (iso) => {
    const [year, month, day] = iso.split('-').map(Number);
    return `${day ?? ''} ${MONTHS[(month ?? 1) - 1] ?? ''} ${year ?? ''}`;
  },
  time: (time) => `${two(time.hour)}:${two(time.minute)}`,
};
