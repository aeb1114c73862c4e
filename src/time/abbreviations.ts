/**
 * Zone abbreviations people write for a time zone, and the old Java and System V names ICU
 * accepts, each with the IANA zones usually meant (space-separated, likeliest first). None is a
 * tzdb name; several are read by ICU as somewhere else entirely (`BST` as Asia/Dhaka, `IST` as
 * Asia/Calcutta, `ART` as Africa/Cairo, `NST` as Pacific/Auckland), which is why they are refused
 * rather than passed on. Abbreviations that are also tzdb names (GMT, UTC, EST, MST, HST, CET, EET,
 * WET, MET) are zones and are not listed.
 */
const LIKELY_ZONES: Readonly<Record<string, string>> = {
  // Universal time, as ISO 8601 and astronomy write it
  UT: 'UTC', Z: 'UTC',
  // North America
  PST: 'America/Los_Angeles', PDT: 'America/Los_Angeles', MDT: 'America/Denver',
  CST: 'America/Chicago Asia/Shanghai', CDT: 'America/Chicago', EDT: 'America/New_York',
  AKST: 'America/Anchorage', AKDT: 'America/Anchorage', AST: 'America/Halifax America/Puerto_Rico Asia/Riyadh',
  ADT: 'America/Halifax', NST: 'America/St_Johns', NDT: 'America/St_Johns',
  // South America
  BRT: 'America/Sao_Paulo', ART: 'America/Argentina/Buenos_Aires',
  // Europe
  BST: 'Europe/London', IST: 'Asia/Kolkata Europe/Dublin Asia/Jerusalem', WEST: 'Europe/Lisbon',
  CEST: 'Europe/Berlin Europe/Paris', EEST: 'Europe/Athens Europe/Helsinki', MSK: 'Europe/Moscow',
  // Africa and Asia
  WAT: 'Africa/Lagos', CAT: 'Africa/Maputo', EAT: 'Africa/Nairobi', SAST: 'Africa/Johannesburg',
  GST: 'Asia/Dubai', PKT: 'Asia/Karachi', ICT: 'Asia/Bangkok', WIB: 'Asia/Jakarta', SGT: 'Asia/Singapore',
  HKT: 'Asia/Hong_Kong', PHT: 'Asia/Manila', KST: 'Asia/Seoul', JST: 'Asia/Tokyo',
  // Australia and the Pacific
  AWST: 'Australia/Perth', ACST: 'Australia/Adelaide Australia/Darwin', ACDT: 'Australia/Adelaide',
  AEST: 'Australia/Sydney Australia/Brisbane', AEDT: 'Australia/Sydney', NZST: 'Pacific/Auckland',
  NZDT: 'Pacific/Auckland', SST: 'Pacific/Pago_Pago',
  // Java's three-letter ids not above, which ICU still accepts
  ACT: 'Australia/Darwin', AET: 'Australia/Sydney', AGT: 'America/Argentina/Buenos_Aires',
  BET: 'America/Sao_Paulo', CNT: 'America/St_Johns', CTT: 'Asia/Shanghai', ECT: 'Europe/Paris',
  IET: 'America/Indiana/Indianapolis', MIT: 'Pacific/Apia', NET: 'Asia/Yerevan', PLT: 'Asia/Karachi',
  PNT: 'America/Phoenix', PRT: 'America/Puerto_Rico', VST: 'Asia/Ho_Chi_Minh',
  // System V's names, fixed offsets and offsets with US daylight saving time
  'SystemV/AST4': 'America/Puerto_Rico', 'SystemV/AST4ADT': 'America/Halifax',
  'SystemV/EST5': 'America/Panama', 'SystemV/EST5EDT': 'America/New_York',
  'SystemV/CST6': 'America/Regina', 'SystemV/CST6CDT': 'America/Chicago',
  'SystemV/MST7': 'America/Phoenix', 'SystemV/MST7MDT': 'America/Denver',
  'SystemV/PST8': 'Pacific/Pitcairn', 'SystemV/PST8PDT': 'America/Los_Angeles',
  'SystemV/YST9': 'Pacific/Gambier', 'SystemV/YST9YDT': 'America/Anchorage',
  'SystemV/HST10': 'Pacific/Honolulu',
};

let byLowerCase: ReadonlyMap<string, readonly string[]> | undefined;

/**
 * The IANA zones usually meant by a zone abbreviation or legacy name in any case (`bst` gives
 * `['Europe/London']`), or `undefined` for a name not in the table.
 * @internal
 */
export function likelyZones(name: string): readonly string[] | undefined {
  byLowerCase ??= new Map(Object.entries(LIKELY_ZONES).map(([key, zones]) => [key.toLowerCase(), zones.split(' ')]));
  return byLowerCase.get(name.toLowerCase());
}

/** The abbreviations and legacy names {@link likelyZones} knows, as written in its table. @internal */
export function knownAbbreviations(): readonly string[] {
  return Object.keys(LIKELY_ZONES);
}

/** A fixed-offset legacy zone: its offset all year, and the zone of the place people usually mean. */
export interface FixedOffsetZone {
  /** The offset, such as `UTC−05:00`. */
  readonly offset: string;
  /** The zone of the place usually meant, such as `America/New_York`. */
  readonly instead: string;
  /** Whether that place observes daylight saving time (Hawaii does not, so HST gives its times). */
  readonly seasonal: boolean;
}

/**
 * tzdb's fixed-offset legacy zones: valid names, but without the daylight saving time of the
 * places people mean by them, so plans in them are an hour off for half the year.
 */
const FIXED_OFFSET_ZONES: ReadonlyMap<string, FixedOffsetZone> = new Map([
  ['est', { offset: 'UTC−05:00', instead: 'America/New_York', seasonal: true }],
  ['mst', { offset: 'UTC−07:00', instead: 'America/Denver', seasonal: true }],
  ['hst', { offset: 'UTC−10:00', instead: 'Pacific/Honolulu', seasonal: false }],
]);

/**
 * Whether `name` is one of tzdb's fixed-offset legacy zones (`EST`, `MST`, `HST`, in any case),
 * and if so its offset and the zone usually meant; `undefined` when it is not. @internal
 */
export function fixedOffsetZone(name: string): FixedOffsetZone | undefined {
  return FIXED_OFFSET_ZONES.get(name.toLowerCase());
}
