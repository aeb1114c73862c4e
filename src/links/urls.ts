// "Add to calendar" URLs of the web calendars that take an event in their address, each held
// under the length every browser, proxy and calendar accepts.

/** Length of an event, in minutes, when nothing says otherwise: the calendar's default as well. @internal */
export const DEFAULT_EVENT_MINUTES = 15;

/** Longest URL written: older browsers, proxies and the calendars' own redirects stop near 2,048. @internal */
export const MAX_URL_LENGTH = 2000;

/** Longest encoded title: a title never takes more than this from the room left for the description. */
const MAX_TITLE_ENCODED = 600;

const LINE_BREAKS = /\r\n|\r|\n|\u2028|\u2029/g;
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;
const LONE_SURROGATES = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text any URL encoder takes: every line break a `\n`, other control characters dropped (a
 * calendar would show them as boxes, or stop reading at a NUL), unpaired surrogates (which
 * `encodeURIComponent` refuses) as U+FFFD. With `oneLine`, line breaks become spaces.
 * @internal
 */
export function cleanForUrl(text: string, oneLine: boolean = false): string {
  const clean = text.replace(LONE_SURROGATES, '\ufffd').replace(LINE_BREAKS, '\n').replace(CONTROLS, '');
  return oneLine ? clean.replace(/\s*\n\s*/g, ' ') : clean;
}

/**
 * `text` percent-encoded, cut at whole characters (never inside an escape or a surrogate pair)
 * so the encoding takes at most `budget` characters, with an ellipsis where it was cut.
 * @internal
 */
export function encodeWithin(text: string, budget: number): string {
  const whole = encodeURIComponent(text);
  if (whole.length <= budget) return whole;
  const ellipsis = encodeURIComponent('…');
  let out = '';
  for (const char of text) {
    const piece = encodeURIComponent(char);
    if (out.length + piece.length + ellipsis.length > budget) break;
    out += piece;
  }
  return out.length === 0 && ellipsis.length > budget ? '' : `${out}${ellipsis}`;
}

/** What an "add to calendar" URL carries. @internal */
export interface LinkEvent {
  /** The title, cleaned. */
  readonly title: string;
  /** The description without its closing link, cleaned. */
  readonly details: string;
  /** A line that goes last and whole (the draft's `mailto:` link with its label), when it fits. */
  readonly closing: readonly string[];
  /** Start, epoch ms. */
  readonly start: number;
  /** End, epoch ms. */
  readonly end: number;
}

/** `YYYYMMDDTHHMMSSZ`. */
const compact = (ms: number): string => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
/** `YYYY-MM-DDTHH:MM:SSZ`. */
const extended = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}/, '');

/** A service's URL: its base, its fixed parameters, and the names of its title and description parameters. @internal */
export interface Service {
  readonly base: string;
  readonly fixed: (event: LinkEvent) => readonly (readonly [string, string])[];
  readonly title: string;
  readonly details: string;
}

const outlookFixed = (event: LinkEvent): readonly (readonly [string, string])[] => [
  ['path', '/calendar/action/compose'], ['rru', 'addevent'], ['startdt', extended(event.start)], ['enddt', extended(event.end)],
];

/** The services, by the key each URL is returned under. @internal */
export const SERVICES: Readonly<Record<'google' | 'outlook' | 'office365' | 'yahoo', Service>> = {
  google: { base: 'https://calendar.google.com/calendar/render', title: 'text', details: 'details', fixed: (event: LinkEvent) => [['action', 'TEMPLATE'], ['dates', `${compact(event.start)}/${compact(event.end)}`]] },
  outlook: { base: 'https://outlook.live.com/calendar/0/deeplink/compose', title: 'subject', details: 'body', fixed: outlookFixed },
  office365: { base: 'https://outlook.office.com/calendar/0/deeplink/compose', title: 'subject', details: 'body', fixed: outlookFixed },
  yahoo: { base: 'https://calendar.yahoo.com/', title: 'title', details: 'desc', fixed: (event: LinkEvent) => [['v', '60'], ['st', compact(event.start)], ['et', compact(event.end)]] },
};

/**
 * One service's URL for `event`, at most {@link MAX_URL_LENGTH} characters: the fixed parameters
 * whole, then the title (at most {@link MAX_TITLE_ENCODED} encoded), then the description cut to
 * what is left. The closing line is added whole when it leaves at least half the description's
 * room to the text before it, else left out.
 * @internal
 */
export function serviceUrl(service: Service, event: LinkEvent): string {
  const fixed = service.fixed(event).map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
  const start = `${service.base}?${fixed}&${service.title}=`;
  const title = encodeWithin(event.title, Math.min(MAX_TITLE_ENCODED, MAX_URL_LENGTH - start.length - service.details.length - 2));
  const prefix = `${start}${title}&${service.details}=`;
  const room = MAX_URL_LENGTH - prefix.length;
  const closing = event.closing.map((line) => encodeURIComponent(`\n\n${line}`)).find((encoded) => encoded.length <= room / 2) ?? '';
  return `${prefix}${encodeWithin(event.details, room - closing.length)}${closing}`;
}
