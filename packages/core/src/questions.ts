/** The question bank: the many forms of "what are your career goals?" (DOMAIN.md §2). */

export type Probe = 'tenure' | 'motivation' | 'plan' | 'fit' | 'growth' | 'self-awareness' | 'resilience';
export type ElementId = 'short_term' | 'long_term' | 'plan' | 'alignment' | 'value';

/**
 * What kind of answer a question asks for. Rules read the kind, not the wording:
 * - goals: names goals (short- and long-term) with a plan
 * - long_view: a five- or ten-year picture (a long-term goal is expected)
 * - near_term: the next position or the first months in this one
 * - company: why this company / how it fits (alignment expected)
 * - learning: what to learn, further education
 * - reflective: motivation, pride, self-improvement, progress so far
 * - missed_goal: a goal not reached (a real miss and a lesson expected)
 */
export type QuestionKind = 'goals' | 'long_view' | 'near_term' | 'company' | 'learning' | 'reflective' | 'missed_goal';

export interface Question {
  id: string;
  text: string;
  kind: QuestionKind;
  probes: Probe[];
  /**
   * The answer elements this question asks for. A missing short-term goal, long-term goal or
   * plan is a red flag only where it is expected here (corpus/GUIDELINES.md has the same table).
   */
  expects: ElementId[];
  /** Follow-ups this question tends to draw from a seasoned interviewer. */
  followups: string[];
}

const ALL: ElementId[] = ['short_term', 'long_term', 'plan', 'alignment', 'value'];

export const QUESTIONS: readonly Question[] = [
  {
    id: 'career-goals',
    text: 'What are your career goals?',
    kind: 'goals',
    probes: ['motivation', 'plan', 'fit', 'tenure'],
    expects: ALL,
    followups: ['What would have to happen in your first year for that to work?', 'How does this role move you toward that goal?'],
  },
  {
    id: 'short-long-goals',
    text: 'What are your short-term and long-term career goals?',
    kind: 'goals',
    probes: ['plan', 'motivation', 'tenure'],
    expects: ALL,
    followups: ['How does your short-term goal lead to the long-term one?', 'How will you know you reached the short-term goal?'],
  },
  {
    id: 'five-years',
    text: 'Where do you see yourself in five years?',
    kind: 'long_view',
    probes: ['tenure', 'plan', 'fit'],
    expects: ['long_term', 'plan', 'alignment', 'value'],
    followups: ['What would have to happen in the first year to get there?', 'What if that path is not open here in five years?'],
  },
  {
    id: 'ten-years',
    text: 'Where do you see yourself in ten years?',
    kind: 'long_view',
    probes: ['tenure', 'motivation', 'plan'],
    expects: ['long_term', 'plan', 'value'],
    followups: ['Which milestones along the way matter most?', 'Which skills will you need that you do not have yet?'],
  },
  {
    id: 'future-plans-position',
    text: 'What are your future plans if you get this position?',
    kind: 'near_term',
    probes: ['plan', 'fit', 'tenure'],
    expects: ['plan', 'alignment', 'value'],
    followups: ['What would you do in your first 90 days?', 'Who would you want to learn from here?'],
  },
  {
    id: 'learn-more',
    text: 'What would you like to learn more about in your field?',
    kind: 'learning',
    probes: ['growth', 'motivation'],
    expects: ['plan', 'value'],
    followups: ['Why that area, and why now?', 'How would the team benefit from what you learn?'],
  },
  {
    id: 'further-education',
    text: 'Are you planning further education or training? What do you have in mind?',
    kind: 'learning',
    probes: ['growth', 'plan', 'tenure'],
    expects: ['plan', 'value'],
    followups: ['Why that field?', 'How does that course serve your goals and this company?', 'How will you fit it around the job?'],
  },
  {
    id: 'goals-and-how',
    text: 'What are your future career goals, and how do you plan to achieve them?',
    kind: 'goals',
    probes: ['plan', 'motivation'],
    expects: ALL,
    followups: ['Which step have you already taken?', 'What could stop you, and what would you do then?'],
  },
  {
    id: 'why-company',
    text: 'Why do you want to work at this company?',
    kind: 'company',
    probes: ['fit', 'motivation', 'tenure'],
    expects: ['alignment', 'value'],
    followups: ['What do you know about how we train and mentor people?', 'What would you bring that our team lacks today?'],
  },
  {
    id: 'motivation',
    text: 'What motivates you?',
    kind: 'reflective',
    probes: ['motivation', 'self-awareness'],
    expects: ['value'],
    followups: ['Tell me about a time that motivation carried you through something hard.', 'What drains your motivation?'],
  },
  {
    id: 'proudest-accomplishment',
    text: 'Which accomplishment are you most proud of, and why?',
    kind: 'reflective',
    probes: ['motivation', 'self-awareness'],
    expects: ['value'],
    followups: ['What was your own part in it, apart from the team?', 'How did you measure the result?'],
  },
  {
    id: 'position-fit',
    text: 'How does this position fit into your career goals?',
    kind: 'company',
    probes: ['fit', 'plan', 'tenure'],
    expects: ALL,
    followups: ['Which part of this role matters most to that goal?', 'Where would you want to be in this company in three years?'],
  },
  {
    id: 'career-path-interest',
    text: 'Which career path in this company interests you most?',
    kind: 'company',
    probes: ['fit', 'tenure', 'growth'],
    expects: ['long_term', 'plan', 'alignment'],
    followups: ['What do you know about that path here?', 'What would you need to show to move onto it?'],
  },
  {
    id: 'right-time',
    text: 'Why is this job the right one at this point in your career?',
    kind: 'company',
    probes: ['fit', 'plan', 'self-awareness'],
    expects: ['alignment', 'value'],
    followups: ['What did your last role teach you that you will use here?', 'What would make you feel this move was a mistake?'],
  },
  {
    id: 'next-position',
    text: 'What are you looking for in your next position?',
    kind: 'near_term',
    probes: ['fit', 'motivation'],
    expects: ['alignment', 'value'],
    followups: ['Which of those matters most to you?', 'What would you not accept in a role?'],
  },
  {
    id: 'align-professional-goals',
    text: 'Does this position align with your professional goals? How?',
    kind: 'company',
    probes: ['fit', 'plan'],
    expects: ALL,
    followups: ['Which of your goals does it not serve?', 'How would you make up for that?'],
  },
  {
    id: 'improved-past-year',
    text: 'What have you done to improve yourself in the past year?',
    kind: 'reflective',
    probes: ['growth', 'self-awareness'],
    expects: ['value'],
    followups: ['How have you used it at work?', 'What will you work on next?'],
  },
  {
    id: 'career-progressed',
    text: 'Has your career progressed as you expected?',
    kind: 'reflective',
    probes: ['self-awareness', 'plan', 'resilience'],
    expects: [],
    followups: ['What surprised you most?', 'What would you do differently?'],
  },
  {
    id: 'missed-goal',
    text: 'Tell me about a career goal you set and did not reach.',
    kind: 'missed_goal',
    probes: ['resilience', 'self-awareness'],
    expects: [],
    followups: ['What did you learn from it?', 'What would you change if you set that goal again?'],
  },
  {
    id: 'achieve-goals',
    text: 'What do you do to achieve your professional goals?',
    kind: 'goals',
    probes: ['plan', 'motivation'],
    expects: ['plan', 'value'],
    followups: ['Walk me through how you tracked your last goal.', 'What do you do when a plan slips?'],
  },
];

const byId = new Map(QUESTIONS.map((q) => [q.id, q]));

export function getQuestion(id: string): Question | undefined {
  return byId.get(id);
}
