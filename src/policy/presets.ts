import { defaultPolicy, type Policy, type PolicyOverrides } from './policy.js';

/** The name of a preset in {@link presets}. */
export type PresetName = 'article' | 'careerServices' | 'uk' | 'germany' | 'japan' | 'ontario';

/* @__NO_SIDE_EFFECTS__ */
function preset(overrides: PolicyOverrides): PolicyOverrides {
  const frozen: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(overrides)) frozen[key] = typeof value === 'object' && value !== null ? Object.freeze(value) : value;
  return Object.freeze(frozen) as PolicyOverrides;
}

/**
 * Named policy overrides from published guidance other than the article, each a frozen, valid
 * {@link PolicyOverrides}; `docs/presets.md` gives every number with its source. Where a source
 * gives a range, a preset takes its start: the first moment the advice allows. The article's
 * numbers stay the default (`article` spells them out).
 *
 * - `article`: the defaults: thanks 24–48 hours after, a check-in after the decision date or
 *   14 days, a repeat 14 days later, two in all.
 * - `careerServices`: US career centres: thanks within 24 hours, a check-in the working day after
 *   the decision date, 5 working days when no date was given, the repeat 5 working days later.
 * - `uk`: one thank-you, to the lead interviewer; one week when no date was given.
 * - `germany`: 7 working days when no date was given; a second inquiry, then silence is a no.
 * - `japan`: thanks the same day or the next morning; two weeks when no date was given; "within a
 *   week" read as a week plus two working days.
 * - `ontario`: the article's numbers, and a warning when an employer has not decided 45 days after
 *   the last interview (Ontario's Employment Standards Act, from 2026-01-01).
 *
 * Before an interview, every preset follows up a week after applying and once more a week later
 * (`careerServices` counts five working days each time); `docs/presets.md` says why.
 *
 * @example
 * ```ts
 * import { planFollowUps, presets } from 'interview-followup';
 *
 * const plan = planFollowUps({ id: 'a', company: 'Acme', position: 'Engineer', start: '2026-11-16T10:00',
 *   timeZone: 'America/New_York', interviewers: [{ name: 'Ana Ruiz' }] }, { policy: { ...presets.careerServices, maxCheckIns: 3 } });
 * plan.steps.find((step) => step.id === 'check-in-1')?.suggestedAt;
 * //=> '2026-11-23T11:00:00.000-05:00' (five working days after Monday's interview)
 * ```
 */
export const presets: Readonly<Record<PresetName, PolicyOverrides>> = /* @__PURE__ */ Object.freeze({
  article: preset({
    thankYouWindow: { fromHours: 24, toHours: 48 }, thankYouTo: 'each',
    fallbackDays: 14, fallbackUnit: 'days', repeatDays: 14, repeatUnit: 'days', maxCheckIns: 2, decisionGraceDays: 0,
    applicationFollowUpDays: 7, applicationRepeatDays: 7, maxApplicationFollowUps: 2, applicationFollowUpUnit: 'days',
  }),
  careerServices: preset({
    thankYouWindow: { fromHours: 0, toHours: 24 },
    fallbackDays: 5, fallbackUnit: 'working-days', repeatDays: 5, repeatUnit: 'working-days', maxCheckIns: 2, decisionGraceDays: 0,
    applicationFollowUpDays: 5, applicationRepeatDays: 5, maxApplicationFollowUps: 2, applicationFollowUpUnit: 'working-days',
  }),
  uk: preset({
    thankYouTo: 'first', fallbackDays: 7, fallbackUnit: 'days',
  }),
  germany: preset({
    fallbackDays: 7, fallbackUnit: 'working-days', maxCheckIns: 2,
  }),
  japan: preset({
    thankYouWindow: { fromHours: 0, toHours: 18 }, fallbackDays: 14, fallbackUnit: 'days', decisionGraceDays: 2,
  }),
  ontario: preset({
    employerResponseDays: 45,
  }),
});

/** One line on each preset, for lists and the command's header. */
export const presetSummaries: Readonly<Record<PresetName, string>> = /* @__PURE__ */ Object.freeze({
  article: 'the defaults, from the source article',
  careerServices: 'US career services: thanks within 24 hours, follow-ups in working days',
  uk: 'UK: one thank-you to the lead interviewer, one week without a date',
  germany: 'Germany: 7 working days without a date, two inquiries',
  japan: 'Japan: thanks the same day or next morning, a week read as a week plus two days',
  ontario: 'Ontario: the defaults, and a flag on employers undecided 45 days after the last interview',
});

/** Whether an override's value differs from the default's (objects compared key by key). */
function differs(value: unknown, base: unknown): boolean {
  if (typeof value !== 'object' || value === null || typeof base !== 'object' || base === null) return value !== base;
  return Object.entries(value).some(([key, inner]) => differs(inner, (base as Record<string, unknown>)[key]));
}

/**
 * The presets that set any of `keys` to a value other than the default: what the rules catalogue
 * lists as changing a rule. @internal
 */
export function presetsChanging(keys: readonly string[]): readonly PresetName[] {
  return Object.freeze((Object.keys(presets) as PresetName[]).filter((name) => keys.some((key) => {
    const value = (presets[name] as Record<string, unknown>)[key];
    return value !== undefined && differs(value, defaultPolicy[key as keyof Policy]);
  })));
}
