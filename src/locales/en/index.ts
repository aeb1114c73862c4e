import { englishChecklist } from '../../checklists/checklists.js';
import { presetSummaries } from '../../policy/presets.js';
import { rules, type RuleId } from '../../rules/rules.js';
import type { Locale } from '../types.js';
import { dates } from './dates.js';
import { drafts } from './drafts.js';
import { agenda, calendar, insights } from './outputs.js';
import { adjustments, explanations, titles, warnings } from './plans.js';
import { review } from './review.js';

/**
 * English, the library's own language and the default: every text a plan, a draft, a calendar
 * or the command writes. Other languages are entries of their own
 * (`interview-followup/locales/de`, …) with the same shape.
 */
export const en: Locale = /* @__PURE__ */ Object.freeze({
  tag: 'en',
  dates,
  titles,
  explanations,
  adjustments,
  warnings,
  checklist: englishChecklist,
  rules: Object.freeze(Object.fromEntries(Object.entries(rules).map(([id, rule]) => [id, rule.summary]))) as Readonly<Record<RuleId, string>>,
  presets: presetSummaries,
  calendar,
  agenda,
  insights,
  drafts,
  review,
});
