// Calendar arithmetic on plain numbers. A "day" is a count of days since 1970-01-01 in some
// zone's local calendar; a "local ms" is milliseconds since 1970-01-01T00:00 of that calendar.

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

/** ISO weekday (1 = Monday … 7 = Sunday) of a local day number. */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The day number of a valid `YYYY-MM-DD` string, or `undefined` when it is not a real date. */
export function parseIsoDate(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const date = Number(match[3]);
  // Years before 100 are refused, as Date.UTC (which read them as 1900–1999) used to refuse them.
  if (year < 100 || month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, date);
}

/** `00` to `99`, so two-digit fields are read from a table instead of padded. */
const TWO_DIGITS: readonly string[] = /* @__PURE__ */ Array.from({ length: 100 }, (_, n) => (n < 10 ? `0${n}` : String(n)));
const two = (n: number): string => TWO_DIGITS[n] ?? String(n);
const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/**
 * The same text as one flat string. Strings built from pieces are kept by the engine as trees of
 * their pieces (about 350 bytes for an ISO date-time instead of about 60); reading a character
 * makes the engine join them once, and the pieces are then freed. Used for every built string
 * a plan keeps.
 */
export function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}

/** Year, month (1–12) and day of a day number (proleptic Gregorian; H. Hinnant's algorithm). */
function civilFromDays(days: number): readonly [number, number, number] {
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** The day number of a proleptic Gregorian date (H. Hinnant's algorithm); `month` is 1–12. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

/** Days in a month (1–12) of a proleptic Gregorian year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `YYYY-MM-DD` of a day number. */
export function formatIsoDate(day: number): string {
  const [year, month, date] = civilFromDays(day);
  return `${year >= 1000 && year <= 9999 ? String(year) : pad(year, 4)}-${two(month)}-${two(date)}`;
}

/** `YYYY-MM-DDTHH:mm:ss.sss` of a local ms count (milliseconds since the local 1970-01-01T00:00), as one flat string. */
export function formatLocalDateTime(localMs: number): string {
  const day = Math.floor(localMs / MS_PER_DAY);
  let rest = localMs - day * MS_PER_DAY;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  const millis = Math.round(rest - seconds * 1000);
  return `${formatIsoDate(day)}T${two(hours)}:${two(minutes)}:${two(seconds)}.${millis === 0 ? '000' : pad(millis, 3)}`;
}

/** Minutes after midnight of a valid `HH:MM` (00:00–24:00), or `undefined`. */
export function parseClockTime(text: string): number | undefined {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(text);
  if (match === null) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= 24 * 60 ? minutes : undefined;
}

/** A wall-clock time, already in the zone it is shown in. */
export interface WallClock {
  /** Full year, such as 2026. */
  readonly year: number;
  /** Month, 1–12. */
  readonly month: number;
  /** Day of the month, 1–31. */
  readonly day: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** Hour, 0–23. */
  readonly hour: number;
  /** Minute, 0–59. */
  readonly minute: number;
}

/** The wall clock of a local ms count (milliseconds since the local 1970-01-01T00:00). */
export function wallClock(localMs: number): WallClock {
  const day = Math.floor(localMs / MS_PER_DAY);
  const [year, month, date] = civilFromDays(day);
  const minute = Math.floor((localMs - day * MS_PER_DAY) / MS_PER_MINUTE);
  return { year, month, day: date, weekday: isoWeekday(day), hour: Math.floor(minute / 60), minute: minute % 60 };
}
