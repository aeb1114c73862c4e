import { issue, type ValidationIssue } from '../errors/FollowUpError.js';
import { likelyZones } from '../time/abbreviations.js';
import { ianaSpelling, ianaZoneNames } from '../time/ianaNames.js';
import { runtimeReading } from '../time/zone.js';
import { closestName } from './suggest.js';

/** Longest zone name looked into; a longer one is refused as it is, with no hint. */
const MAX_ZONE_NAME_LENGTH = 64;

/** `A`, `A or B`, `A, B or C`. */
function orList(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1] ?? ''}`;
}

/**
 * Why `name`, refused by `findZone`, is not a zone, with a hint where there is one:
 *
 * - a name this runtime accepts although tzdb does not define it (`BST`, `SystemV/EST5`) is
 *   `unknown-zone`, naming what the runtime would have read and what was probably meant;
 * - an abbreviation the runtime refuses too (`EDT`) is `invalid-time-zone` with the same hint;
 * - an IANA name this runtime's data lacks is `invalid-time-zone`, saying so;
 * - anything else is `invalid-time-zone`, with the closest IANA name when one is near.
 * @internal
 */
export function zoneIssue(name: string, path: string): ValidationIssue {
  const shown = JSON.stringify(name.slice(0, MAX_ZONE_NAME_LENGTH));
  if (name.length > MAX_ZONE_NAME_LENGTH) return issue('invalid-time-zone', path, `unknown IANA zone ${shown}`);
  const spelling = ianaSpelling(name);
  if (spelling !== undefined) return issue('invalid-time-zone', path, `${spelling} is an IANA zone this runtime's time-zone data does not have`);
  const likely = likelyZones(name);
  const hint = likely === undefined ? '' : `; did you mean ${orList(likely)}?`;
  const what = likely === undefined || name.includes('/') ? 'not an IANA zone' : 'an abbreviation, not an IANA zone';
  const reading = runtimeReading(name);
  if (reading !== undefined) {
    const read = reading.toLowerCase() === name.toLowerCase() ? ', though this runtime accepts it' : ` (this runtime would read it as ${reading})`;
    return issue('unknown-zone', path, `${shown} is ${what}${read}${hint}`);
  }
  if (likely !== undefined) return issue('invalid-time-zone', path, `${shown} is ${what}${hint}`);
  const near = closestName(name, ianaZoneNames());
  return issue('invalid-time-zone', path, `unknown IANA zone ${shown}${near === undefined ? '' : `; did you mean ${JSON.stringify(near)}?`}`);
}
