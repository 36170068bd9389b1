/** Short examples per goal type, used in the SMART check's suggestions. Written for this product. */
import type { GoalType } from './types.js';

export interface TypeExamples {
  /** A specific aim. */
  aim: string;
  /** A number or checkable outcome. */
  measure: string;
  /** Two first steps. */
  steps: [string, string];
}

export const EXAMPLES: Record<GoalType, TypeExamples> = {
  productivity: {
    aim: 'raise the support tickets I close each week by 25%',
    measure: 'a weekly count you can compare, such as tickets closed or orders shipped',
    steps: ['track my weekly numbers for a month to get a baseline', 'automate the two slowest manual steps'],
  },
  efficiency: {
    aim: 'cut month-end reporting from five days to three',
    measure: 'a before-and-after figure: hours, days, error rate',
    steps: ['map the current process and time each stage', 'replace the spreadsheet hand-offs with one shared template'],
  },
  education: {
    aim: 'complete a certificate in cloud security',
    measure: 'the exam passed or the course completed',
    steps: ['enrol in the course and book the exam date', 'study four hours a week with a practice test each month'],
  },
  personal_development: {
    aim: "present our team's results at the quarterly review",
    measure: 'something you can point to: talks given, feedback scores, meetings you chaired',
    steps: ['volunteer for the next team demo', 'ask my manager for feedback after each presentation'],
  },
  professional_development: {
    aim: 'move into a senior analyst role',
    measure: 'the role reached, or the skills its job description lists, each shown in a project',
    steps: ['ask my manager what the senior role needs that I lack', 'take on one project that uses those skills'],
  },
  leadership: {
    aim: 'lead a team of three analysts',
    measure: 'the people you lead or mentor, and what they achieve',
    steps: ['mentor a new joiner through their first three months', 'lead one cross-team project end to end'],
  },
  career_change: {
    aim: 'become a junior UX designer',
    measure: 'the role landed, with a portfolio of three finished projects',
    steps: ['finish a UX foundations course', 'redesign two real products for a portfolio'],
  },
  stability: {
    aim: 'grow into a long-term role on the platform team',
    measure: 'the scope you own and how long you have owned it',
    steps: ['take ownership of one service the team relies on', 'agree a development plan at my next review'],
  },
};

export function examplesFor(type: unknown): TypeExamples {
  return typeof type === 'string' && Object.hasOwn(EXAMPLES, type) ? EXAMPLES[type as GoalType] : EXAMPLES.professional_development;
}
