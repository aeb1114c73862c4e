// What the command was given: an interview, an application or a whole search, with options.
import type { ApplicationInput, InterviewInput, PipelineOptions, PlanOptions, PolicyOverrides } from 'interview-followup';
import { closestName } from '../validate/suggest.js';
import { InputError, printable, sourceName } from './io.js';
import { jsonProblem, lineAndColumn } from './json.js';

/** One run's input, by what it plans. */
export type Job = (
  | { readonly kind: 'interview'; readonly interview: InterviewInput; readonly options: PlanOptions }
  | { readonly kind: 'application'; readonly application: ApplicationInput; readonly policy?: PolicyOverrides }
  | { readonly kind: 'pipeline'; readonly applications: readonly ApplicationInput[]; readonly options: PipelineOptions }
) & { readonly preset?: unknown; readonly locale?: unknown };

const WRAPPERS = {
  interview: ['interview', 'activities', 'policy', 'preset', 'locale'],
  application: ['application', 'policy', 'preset', 'locale'],
  applications: ['applications', 'policy', 'id', 'timeZone', 'activities', 'preset', 'locale'],
} as const;

type Loose = Record<string, unknown>;

/** The hint after an unknown name: the closest known one, else the list of them. */
export function didYouMean(name: string, known: readonly string[]): string {
  const closest = closestName(name, known);
  return closest === undefined ? `expected ${known.join(', ')}` : `did you mean "${closest}"?`;
}

function onlyKeys(data: Loose, allowed: readonly string[]): void {
  const extra = Object.keys(data).find((key) => !allowed.includes(key));
  if (extra !== undefined) throw new InputError(`${printable(extra.slice(0, 40))}: unknown key; ${didYouMean(extra, allowed)}`);
}

/** The input's JSON, or one line saying where it goes wrong. */
function parseJson(text: string, source: string): unknown {
  // Editors on some systems start a UTF-8 file with a byte order mark; it is not part of the data.
  const data = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (data.trim() === '') throw new InputError(`${sourceName(source)} is empty`);
  try {
    return JSON.parse(data);
  } catch (error) {
    const problem = jsonProblem(data);
    if (problem === undefined) throw new InputError(`${sourceName(source)}: invalid JSON: ${printable((error as Error).message)}`);
    const { line, column } = lineAndColumn(data, problem.offset);
    throw new InputError(`${sourceName(source)}: invalid JSON at line ${line}, column ${column}: ${printable(problem.message)}`);
  }
}

/** The fields of `data` named in `keys` that are present. */
function present(data: Loose, keys: readonly string[]): Loose {
  return Object.fromEntries(keys.filter((key) => data[key] !== undefined).map((key) => [key, data[key]]));
}

/**
 * Reads the input's JSON: an interview, `{ interview, activities?, policy? }`, an application
 * (it has `rounds` or `appliedAt`) or `{ application, policy? }`, a list of applications, or
 * `{ applications, policy?, id?, timeZone?, activities? }`; each wrapper may name a `preset` and
 * a `locale`. The library checks everything else.
 */
export function parseJob(text: string, source: string): Job {
  const data = parseJson(text, source);
  if (Array.isArray(data)) return { kind: 'pipeline', applications: data as ApplicationInput[], options: {} };
  if (typeof data !== 'object' || data === null) return { kind: 'interview', interview: data as InterviewInput, options: {} };
  const record = data as Loose;
  if (Object.hasOwn(record, 'applications')) {
    onlyKeys(record, WRAPPERS.applications);
    return { kind: 'pipeline', applications: record['applications'] as ApplicationInput[], options: present(record, ['policy', 'id', 'timeZone', 'activities']) as PipelineOptions, ...present(record, ['preset', 'locale']) };
  }
  if (Object.hasOwn(record, 'application')) {
    onlyKeys(record, WRAPPERS.application);
    return { kind: 'application', application: record['application'] as ApplicationInput, ...present(record, ['policy', 'preset', 'locale']) };
  }
  // An application has rounds, or only the day it was applied for: an interview has neither.
  if (Object.hasOwn(record, 'rounds') || Object.hasOwn(record, 'appliedAt')) return { kind: 'application', application: record as unknown as ApplicationInput };
  if (Object.hasOwn(record, 'interview')) {
    onlyKeys(record, WRAPPERS.interview);
    return { kind: 'interview', interview: record['interview'] as InterviewInput, options: present(record, ['activities', 'policy']) as PlanOptions, ...present(record, ['preset', 'locale']) };
  }
  return { kind: 'interview', interview: record as unknown as InterviewInput, options: {} };
}

/**
 * The policy in force: the preset's values, then the input's own `policy` over them (objects
 * such as `thankYouWindow` merged key by key). The library checks the result.
 */
export function withPreset(preset: PolicyOverrides, policy: unknown): PolicyOverrides {
  if (typeof policy !== 'object' || policy === null || Array.isArray(policy)) return policy === undefined ? preset : policy as PolicyOverrides;
  const merged: Loose = { ...preset };
  for (const [key, value] of Object.entries(policy)) {
    const base = merged[key];
    merged[key] = typeof value === 'object' && value !== null && !Array.isArray(value) && typeof base === 'object' && base !== null ? { ...base, ...value } : value;
  }
  return merged as PolicyOverrides;
}
