// The names of weekdays and months a language's dates use, read from the runtime's `Intl` data
// once per language; every locale writes its own digits and patterns around them, so no runtime's
// formatting habits leak into a plan.

/** Weekday names (Monday first) and month names (January first), as `Intl` gives them. @internal */
export interface CalendarNames {
  /** "Montag", "lundi", … */
  readonly weekdays: readonly string[];
  /** "Mo.", "lun.", … (as `Intl` writes them: a locale trims them its own way). */
  readonly shortWeekdays: readonly string[];
  /** "Januar", "janvier", … */
  readonly months: readonly string[];
}

const read = new Map<string, CalendarNames>();

/** The names of `tag`'s weekdays and months, read from `Intl` on first use and cached. @internal */
export function calendarNames(tag: string): CalendarNames {
  let names = read.get(tag);
  if (names === undefined) {
    const long = new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' });
    const short = new Intl.DateTimeFormat(tag, { weekday: 'short', timeZone: 'UTC' });
    const month = new Intl.DateTimeFormat(tag, { month: 'long', timeZone: 'UTC' });
    // 1 January 2024 was a Monday.
    const days = Array.from({ length: 7 }, (_, index) => Date.UTC(2024, 0, 1 + index));
    names = {
      weekdays: days.map((day) => long.format(day)),
      shortWeekdays: days.map((day) => short.format(day)),
      months: Array.from({ length: 12 }, (_, index) => month.format(Date.UTC(2024, index, 1))),
    };
    read.set(tag, names);
  }
  return names;
}

/** A number below 100 as two digits ("09"). @internal */
export const two = (n: number): string => (n < 10 ? `0${n}` : String(n));
