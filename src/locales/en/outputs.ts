import type { AgendaTexts, CalendarTexts, InsightsTexts } from '../types.js';

// What English calendars and agendas say around the steps.

/** The calendar's words. */
export const calendar: CalendarTexts = {
  settled: ({ status, title }) => `${status === 'done' ? 'Done' : status === 'cancelled' ? 'Cancelled' : 'Missed'}: ${title}`,
  sendAt: ({ time, zone }) => `Schedule the message to go out ${time} (${zone}), in their working hours.`,
  checklist: 'Checklist:',
  nextSteps: ({ text }) => `Next steps they described: ${text}`,
  dueBy: ({ time, zone, employerTime, employerZone }) => `Due by ${time} (${zone}${employerTime === undefined || employerZone === undefined ? '' : `; ${employerTime} in ${employerZone}`}).`,
  rule: ({ id, summary }) => `Rule ${id}${summary === undefined ? '' : `: ${summary}`}`,
  draft: ({ to }) => `Draft${to === undefined ? '' : ` to ${to}`}:`,
  subject: ({ subject }) => `Subject: ${subject}`,
  openInMail: 'Open it in your mail program:',
  name: ({ company }) => (company === undefined ? 'Job search follow-ups' : `${company} follow-ups`),
  category: 'Interview follow-up',
};

/** The command's agenda. */
export const agenda: AgendaTexts = {
  interview: ({ company, position, when, zone }) => `${company} · ${position} · interview ${when} (${zone})`,
  application: ({ company, position, rounds, status, applied }) => (applied === undefined
    ? `${company} · ${position} · ${rounds} round${rounds === 1 ? '' : 's'} · ${status}`
    : `${company} · ${position} · applied ${applied}${status === 'applied' ? '' : ` · ${status}`}`),
  status: ({ state, outcome, deadline }) => {
    if (outcome === 'offer') return `offer${deadline === undefined ? ', no deadline yet' : `, answer by ${deadline}`}`;
    return outcome === undefined ? state : `closed (${outcome})`;
  },
  search: ({ applications, active, zone }) => `Job search · ${applications} application${applications === 1 ? '' : 's'} · ${active} active (${zone})`,
  advice: ({ preset, summary }) => `Advice: ${preset} (${summary})`,
  moved: ' (moved)',
  statuses: { upcoming: 'upcoming', open: 'open', overdue: 'overdue', done: 'done', cancelled: 'cancelled', missed: 'missed' },
  warnings: 'Warnings:',
  searchName: 'Search',
};

/** The command's summary of the search. */
export const insights: InsightsTexts = {
  title: ({ applications, zone }) => `Job search insights · ${applications} application${applications === 1 ? '' : 's'} (${zone})`,
  percent: ({ rate }) => `${Math.round(rate * 100)}%`,
  rates: { responses: 'Answered', interviews: 'Interviewed', offers: 'Offered' },
  share: ({ count, total }) => `${count} of ${total}`,
  firstResponse: ({ days, count }) => (days === undefined
    ? 'First answer: no application with a known application date has had one yet'
    : `First answer: a median of ${days} day${days === 1 ? '' : 's'} after applying (${count} application${count === 1 ? '' : 's'})`),
  funnel: 'Funnel',
  stages: { applied: 'applied', interviewed: 'interviewed', offered: 'offered', accepted: 'accepted' },
  followUps: 'Follow-ups answered within the repeat interval',
  attempt: ({ attempt }) => `attempt ${attempt}`,
  silent: 'Silent employers',
  silence: ({ days, since, overdue }) => `${days === undefined ? '' : `${days} day${days === 1 ? '' : 's'} `}since ${since}${overdue ? ', past the line you set' : ''}`,
  none: 'none',
};
