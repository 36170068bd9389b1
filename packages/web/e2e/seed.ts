/** Test data for the studio, mock interview and prep sheet tests: a job seeker with a profile, goals and a target job. */
import type { TestServer } from './harness.js';

export async function call<T>(server: TestServer, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

export const JOB = [
  'Harbour Health is hiring a data analyst for its clinical operations team.',
  'You will write SQL, build Power BI dashboards and explain findings to ward managers.',
  'We offer a mentoring programme, paid certification courses and a path to lead analyst.',
].join(' ');

/** A good answer that leans on two clichés in one sentence ("team player", "hard worker") and has a filler or two. */
export const ANSWER =
  'Um, in the next year I want to, like, earn the Power BI certification through your mentoring programme and build dashboards for the clinical operations team. ' +
  'In five years I hope to lead an analytics team here. I am a team player and a hard worker, and I want the ward managers to make faster decisions from their data.';

export interface Seeded {
  targetId: string;
  longId: string;
  shortId: string;
}

export async function seedJobSeeker(server: TestServer): Promise<Seeded> {
  await call(server, 'PUT', '/api/profile', { targetRole: 'Data analyst', company: 'Harbour Health', experience: 'early' });
  const target = await call<{ id: string }>(server, 'POST', '/api/targets', { company: 'Harbour Health', role: 'Data analyst', description: JOB });
  const long = await call<{ id: string }>(server, 'POST', '/api/goals', {
    statement: 'Lead an analytics team that supports clinical operations',
    horizon: 'long',
    type: 'leadership',
    timeframe: 'within five years',
    steps: [{ text: 'Mentor a new analyst', due: '2027-09-01' }],
  });
  const short = await call<{ id: string }>(server, 'POST', '/api/goals', {
    statement: 'Earn the Power BI data analyst certification and automate the weekly ward report',
    horizon: 'short',
    type: 'education',
    timeframe: 'within 12 months',
    servesGoalId: long.id,
    steps: [
      { text: 'Finish the SQL course', due: '2027-02-01' },
      { text: 'Automate the weekly ward report', due: '2027-05-01' },
    ],
  });
  return { targetId: target.id, longId: long.id, shortId: short.id };
}
