import { PACKED_ZONE_NAMES } from './zoneNames.js';

let tzdbByLowerCase: ReadonlyMap<string, string> | undefined;
let runtimeByLowerCase: ReadonlyMap<string, string> | undefined;

/** tzdb's names by their lower case, unpacked from the generated list on first use. */
function tzdbNames(): ReadonlyMap<string, string> {
  if (tzdbByLowerCase === undefined) {
    const names = new Map<string, string>();
    for (const group of PACKED_ZONE_NAMES.split('|')) {
      // The first name of a group carries the prefix the others leave out.
      const [first = '', ...others] = group.split(',');
      const prefix = first.slice(0, first.indexOf('/') + 1);
      names.set(first.toLowerCase(), first);
      for (const rest of others) names.set(`${prefix}${rest}`.toLowerCase(), `${prefix}${rest}`);
    }
    tzdbByLowerCase = names;
  }
  return tzdbByLowerCase;
}

/**
 * The zones this runtime lists, by their lower case: all canonical IANA names, so a zone added to
 * tzdb after the generated list was made is known where the runtime has it.
 */
function runtimeNames(): ReadonlyMap<string, string> {
  if (runtimeByLowerCase === undefined) {
    const listed = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    runtimeByLowerCase = new Map(listed.map((name) => [name.toLowerCase(), name]));
  }
  return runtimeByLowerCase;
}

/**
 * The IANA spelling of a zone name written in any case (`us/eastern` is `US/Eastern`), or
 * `undefined` when tzdb does not define the name and this runtime does not list it. Names the
 * runtime's ICU accepts on top of tzdb's (`BST`, `IST`, `SystemV/EST5`) are not IANA names.
 * @internal
 */
export function ianaSpelling(name: string): string | undefined {
  const lower = name.toLowerCase();
  return tzdbNames().get(lower) ?? runtimeNames().get(lower);
}

/** Every name of the generated tzdb list, in tzdb's spelling. @internal */
export function tzdbZoneNames(): readonly string[] {
  return [...tzdbNames().values()];
}

/** Every IANA name known here: tzdb's, then any more this runtime lists; the candidates of a "did you mean". @internal */
export function* ianaZoneNames(): Generator<string, void, undefined> {
  const tzdb = tzdbNames();
  yield* tzdb.values();
  for (const [lower, name] of runtimeNames()) if (!tzdb.has(lower)) yield name;
}
