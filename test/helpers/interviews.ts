import type { InterviewInput } from '../../src/index.js';

/** Freezes a value and everything inside it, to prove a function does not mutate its input. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/** The DESIGN.md example interview: a Friday afternoon in New York with a Chicago employer. */
export const acme: InterviewInput = deepFreeze({
  id: 'acme-staff-eng',
  company: 'Acme',
  position: 'Staff Engineer',
  start: '2026-11-20T14:00',
  end: '2026-11-20T15:00',
  timeZone: 'America/New_York',
  employerTimeZone: 'America/Chicago',
  interviewers: [{ name: 'Ana Ruiz', email: 'ana@acme.example' }, { name: 'Bo Chen' }],
  decisionDate: '2026-12-01',
  followUpPermission: 'granted',
  nextSteps: 'Panel with the VP next',
});

/** A plain Tuesday morning interview in New York, one interviewer, nothing else known. */
export function tuesday(overrides: Partial<InterviewInput> = {}): InterviewInput {
  return deepFreeze({
    id: 'globex-pm',
    company: 'Globex',
    position: 'Product Manager',
    start: '2026-11-17T10:00',
    end: '2026-11-17T11:00',
    timeZone: 'America/New_York',
    interviewers: [{ name: 'Cy Park', email: 'cy@globex.example' }],
    ...overrides,
  });
}
