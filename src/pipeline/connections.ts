import type { PipelineAdditions, PlannedSteps } from '../application/planChecked.js';
import { activityOf } from '../application/state.js';
import { slugOf } from '../input/interviewers.js';
import type { CheckedActivity, CheckedApplication } from '../input/types.js';
import { expediteRequest, withdrawalNote } from '../steps/outcomes.js';
import type { PendingStep } from '../steps/steps.js';

// The steps that connect the applications of a search: an offer in one asks the others about
// their timeline, and an accepted offer withdraws the candidate from the others.

/** A short, stable hash of a text (FNV-1a, 32 bits) in base 36, to tell apart ids that slug alike. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * The id of the expedite request about `holder`'s `rank`-th offer: `expedite-request-<holder>`,
 * `-<holder>-2` for its second. An id that is not already a slug (`Acme Corp`, `ACME`) carries a
 * hash of itself, so ids never depend on the order of the input nor on the other applications.
 */
function expediteId(holder: string, rank: number, clash: boolean): string {
  const slug = slugOf(holder);
  const base = slug === holder && !clash ? slug : `${slug}-${shortHash(holder)}`;
  return `expedite-request-${base}${rank > 1 ? `-${rank}` : ''}`;
}

/**
 * The steps each application gains from the others, read from the offers and acceptances up to
 * `now`: for every offer, an expedite request to every other application active when it came
 * (`offer-expedite`, cancelled once the offer is answered); for the first accepted offer, a
 * withdrawal from every other application active then, which closes them (`withdraw-others`).
 */
export function connections(apps: readonly CheckedApplication[], first: readonly PlannedSteps[], now: number | undefined): PipelineAdditions[] {
  const seen = (activity: CheckedActivity): boolean => now === undefined || activity.at <= now;
  const steps = apps.map((): PendingStep[] => []);
  const active = first.map((plan) => activityOf(plan.source));
  const othersActiveAt = (holder: number, at: number): number[] => apps.flatMap((_, index) => (index !== holder && active[index]?.(at) === true ? [index] : []));
  // A clean id that would collide with another holder's id plus a rank (`acme` and `acme-2`) is hashed too.
  const clean = new Set(apps.map((app) => app.id).filter((id) => slugOf(id) === id));
  const clashes = (id: string): boolean => [...clean].some((other) => other !== id && other.startsWith(`${id}-`) && /^\d+$/.test(other.slice(id.length + 1)));
  let accepted: { readonly holder: number; readonly activity: CheckedActivity } | undefined;
  apps.forEach((holder, index) => {
    const offers = holder.activities.filter((activity) => activity.type === 'offer-received' && seen(activity));
    offers.forEach((offer, rank) => {
      const answered = holder.activities.some((activity) => seen(activity) && activity.at >= offer.at && (activity.type === 'offer-accepted' || activity.type === 'offer-declined'));
      const id = expediteId(holder.id, rank + 1, clashes(holder.id));
      for (const other of othersActiveAt(index, offer.at)) steps[other]?.push(expediteRequest(apps[other] as CheckedApplication, holder, offer, answered, id));
    });
    const acceptance = holder.activities.find((activity) => activity.type === 'offer-accepted' && seen(activity));
    if (acceptance !== undefined && (accepted === undefined || acceptance.at < accepted.activity.at)) accepted = { holder: index, activity: acceptance };
  });
  const withdrawn = new Set<number>();
  if (accepted !== undefined) {
    const { holder, activity } = accepted;
    for (const other of othersActiveAt(holder, activity.at)) {
      withdrawn.add(other);
      steps[other]?.push(withdrawalNote(apps[other] as CheckedApplication, apps[holder] as CheckedApplication, activity));
    }
  }
  return steps.map((own, index) => ({ steps: own, ...(accepted !== undefined && withdrawn.has(index) ? { withdrawnAt: accepted.activity.at } : {}) }));
}

/** The first offer accepted in the search, by `now`: after it, the search's reminders are kept but cancelled. */
export function acceptedAt(apps: readonly CheckedApplication[], now: number | undefined): number | undefined {
  let first: number | undefined;
  for (const app of apps) {
    for (const activity of app.activities) {
      if (activity.type === 'offer-accepted' && (now === undefined || activity.at <= now) && (first === undefined || activity.at < first)) first = activity.at;
    }
  }
  return first;
}
