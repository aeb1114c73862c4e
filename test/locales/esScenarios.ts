import type { ApplicationInput, ApplicationOptions, InterviewInput, PlanOptions } from '../../src/index.js';
import { deepFreeze } from '../helpers/interviews.js';

// The plans the Spanish tests write, once in English and once in Spanish: every step kind, most
// warnings, adjustments of every common reason. Free text a person typed (next steps, round
// labels) is in Spanish, as a Spanish user would type it.

/** A Friday interview in Madrid with a Mexico City employer, two interviewers, letters and a holiday. */
export const interview: InterviewInput = deepFreeze({
  id: 'acme-analista',
  company: 'Acme',
  position: 'Analista de datos',
  start: '2026-11-20T14:00',
  end: '2026-11-20T15:00',
  timeZone: 'Europe/Madrid',
  employerTimeZone: 'America/Mexico_City',
  interviewers: [{ name: 'Ana Ruiz', email: 'ana@acme.example', salutation: 'Sra. Ruiz' }, { name: 'Bo Chen' }],
  decisionDate: '2026-12-01',
  nextSteps: 'Panel con la directora',
});

export const interviewOptions: PlanOptions = deepFreeze({ now: '2026-11-22T09:00:00Z', policy: { letters: true, holidays: ['2026-11-23'] } });

/** An application: a phone screen, an onsite, a logged check-in and an offer with a deadline. */
export const application: ApplicationInput = deepFreeze({
  id: 'acme',
  company: 'Acme',
  position: 'Ingeniera de plataforma',
  timeZone: 'Europe/Madrid',
  employerTimeZone: 'Europe/London',
  contact: { name: 'Rita Díaz', email: 'rita@acme.example', salutation: 'Sra. Díaz' },
  rounds: [
    { id: 'acme-telefono', start: '2026-11-10T10:00', interviewers: [{ name: 'Rita Díaz', email: 'rita@acme.example' }], decisionDate: '2026-11-13', followUpPermission: 'granted', label: 'Llamada inicial' },
    { id: 'acme-oficina', start: '2026-11-20T14:00', end: '2026-11-20T17:00', interviewers: [{ name: 'Ana Ruiz', email: 'ana@acme.example' }, { name: 'Bo Chen' }], label: 'Presencial' },
  ],
  activities: [
    { type: 'thank-you-sent', round: 'acme-telefono', interviewer: 'Rita Díaz', at: '2026-11-11T15:00:00Z' },
    { type: 'check-in-sent', round: 'acme-telefono', at: '2026-11-16T10:00:00Z' },
    { type: 'offer-received', at: '2026-12-02T16:00:00Z', deadline: '2026-12-09' },
  ],
});

export const applicationOptions: ApplicationOptions = deepFreeze({ now: '2026-12-03T14:00:00Z' });

/** The search: an offer (so the others are asked to hurry), a rejection, and an application with no interview yet. */
export const pipeline: readonly ApplicationInput[] = deepFreeze([
  application,
  {
    id: 'globex', company: 'Globex', position: 'Ingeniero de producto', timeZone: 'Europe/Madrid',
    rounds: [{ id: 'globex-1', start: '2026-11-17T10:00', interviewers: [{ name: 'Cy Park', email: 'cy@globex.example' }], decisionDate: '2026-11-25', followUpPermission: 'granted' }],
    activities: [{ type: 'thank-you-sent', interviewer: 'Cy Park', at: '2026-11-18T15:00:00Z' }, { type: 'check-in-sent', at: '2026-11-30T15:00:00Z' }],
  },
  {
    id: 'initech', company: 'Initech', position: 'Ingeniera de sistemas', timeZone: 'Europe/Madrid', employerTimeZone: 'Europe/Lisbon',
    rounds: [{ id: 'initech-1', start: '2026-11-05T11:00', interviewers: [{ name: 'Pam Lee', email: 'pam@initech.example' }] }],
    activities: [{ type: 'rejection-received', at: '2026-11-24T09:00:00Z' }],
  },
  {
    id: 'hooli', company: 'Hooli', position: 'Ingeniero de fiabilidad', timeZone: 'Europe/Madrid', employerTimeZone: 'America/Los_Angeles',
    appliedAt: '2026-11-20', contact: { name: 'Gavin Belson', email: 'empleo@hooli.example' },
    activities: [{ type: 'message-sent', at: '2026-11-30', channel: 'linkedin' }],
  },
] as ApplicationInput[]);

export const pipelineOptions: ApplicationOptions = deepFreeze({ now: '2026-12-03T14:00:00Z' });

/** The same search after the offer was accepted: the others get a withdrawal. */
export const accepted: readonly ApplicationInput[] = deepFreeze(pipeline.map((entry, index) => (index === 0
  ? { ...entry, activities: [...(entry.activities ?? []), { type: 'offer-accepted', at: '2026-12-04T10:00:00Z' }] }
  : entry)) as ApplicationInput[]);

export const acceptedOptions: ApplicationOptions = deepFreeze({ now: '2026-12-04T12:00:00Z' });

/** One interview with nobody named and no decision date: the hiring team is thanked. */
export const quiet: InterviewInput = deepFreeze({
  id: 'globex-producto', company: 'Globex', position: 'Jefa de producto', start: '2026-11-17T10:00', end: '2026-11-17T11:00',
  timeZone: 'Europe/Madrid', interviewers: [], followUpPermission: 'granted',
});

/** Every check-in sent, and one more than planned. */
export const chasedOptions: PlanOptions = deepFreeze({
  now: '2026-12-30T12:00:00Z',
  activities: [{ type: 'check-in-sent', at: '2026-12-02T15:00:00Z' }, { type: 'check-in-sent', at: '2026-12-16T15:00:00Z' }, { type: 'check-in-sent', at: '2026-12-21T15:00:00Z' }],
});

/** The employer answered, and asked not to be chased. */
export const replied: InterviewInput = deepFreeze({ ...quiet, id: 'globex-respuesta', interviewers: [{ name: 'Cy Park', email: 'cy@globex.example' }], followUpPermission: 'declined' });
export const repliedOptions: PlanOptions = deepFreeze({ now: '2026-12-20T16:00:00Z', activities: [{ type: 'reply-received', at: '2026-12-01T16:00:00Z' }] });
