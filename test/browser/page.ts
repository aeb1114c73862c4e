// Runs in a browser page: plans the example interview, exports it, and writes both into the DOM.
import { planFollowUps, validateInterview } from 'interview-followup';
import { toICalendar } from 'interview-followup/ics';
import example from '../../examples/interview.json';

const output = document.getElementById('output');
try {
  const plan = planFollowUps(example as Parameters<typeof planFollowUps>[0], { now: '2026-11-22T09:00:00Z' });
  const calendar = toICalendar(plan, { generatedAt: '2026-11-22T09:00:00Z' });
  const result = {
    userAgent: navigator.userAgent,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    issues: validateInterview({ ...example, timeZone: 'Mars/Base' }).map((found) => found.code),
    plan,
    calendar,
  };
  if (output !== null) output.textContent = JSON.stringify(result);
} catch (error) {
  if (output !== null) output.textContent = JSON.stringify({ error: String(error) });
}
