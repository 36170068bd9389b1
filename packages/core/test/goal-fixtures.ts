/** Well-set goal sets and targets for the answer builder's tests: concrete, realistic, planned, in a few fields. */
import fc from 'fast-check';
import { QUESTIONS } from '../src/questions.js';
import type { ExperienceLevel } from '../src/types.js';
import type { ActionStep, Goal, GoalType, Target } from '../src/goals/types.js';

export interface GoalSeed {
  statement: string;
  type: GoalType;
  steps: string[];
  measure?: string;
}

export interface Field {
  target: Target;
  short: GoalSeed[];
  long: GoalSeed[];
}

export const FIELDS: Field[] = [
  {
    target: {
      company: 'Northwind Health',
      role: 'Data analyst',
      description: 'Build dashboards in Power BI, write SQL against our patient systems and present findings to clinical stakeholders. We run a mentoring programme and offer tuition support for professional certifications.',
      notes: 'Analysts present at a monthly insights forum.',
    },
    short: [
      { statement: 'Earn the PL-300 Power BI certification', type: 'education', steps: ['Finish the online learning path', 'Book and sit the exam'] },
      { statement: 'I want to cut the monthly reporting cycle from five days to three', type: 'efficiency', steps: ['Automate the data refresh', 'Replace the manual checks with a shared template'] },
      { statement: 'Present my analysis at the insights forum twice', type: 'personal_development', steps: ['Volunteer for the next forum slot'] },
      { statement: 'Write production SQL for the patient flow dashboard', type: 'professional_development', steps: ['Pair with a senior analyst on query reviews', 'Take over the weekly refresh job'] },
    ],
    long: [
      { statement: 'Lead a small analytics team', type: 'leadership', steps: ['Mentor a new analyst', 'Lead a cross-team reporting project'] },
      { statement: 'Move into a senior analyst role specialising in clinical data', type: 'professional_development', steps: ['Complete a course in health statistics', 'Own the clinical dashboards end to end'] },
    ],
  },
  {
    target: {
      company: 'Ledgerly',
      role: 'Backend software engineer',
      description: 'You will design APIs in TypeScript, take part in code reviews and keep our payments infrastructure reliable on AWS. Engineers get a yearly learning budget and a clear path to senior engineer.',
      notes: 'They pair new joiners with a mentor for six months.',
    },
    short: [
      { statement: 'Earn the AWS Developer Associate certification', type: 'education', steps: ['Work through the official course', 'Sit the exam'] },
      { statement: 'Ship my first payments API change to production', type: 'professional_development', steps: ['Learn the payments codebase with my mentor', 'Pick up a small API ticket'] },
      { statement: 'Review code for two other engineers every week', type: 'personal_development', steps: ['Join the review rota'] },
    ],
    long: [
      { statement: 'I would like to become a senior engineer who owns a payments service', type: 'professional_development', steps: ['Lead the design of one new API', 'Take on the on-call rota for the service'] },
      { statement: 'Lead a small platform team', type: 'leadership', steps: ['Mentor a graduate engineer', 'Run the design reviews for a quarter'] },
    ],
  },
  {
    target: {
      company: 'St Aldhelm Hospital',
      role: 'Staff nurse',
      description: 'Deliver patient care on a busy surgical ward, write care plans and support student nurses. We fund post-registration courses and offer preceptorship and mentoring.',
    },
    short: [
      { statement: 'Complete my preceptorship year on the surgical ward', type: 'professional_development', steps: ['Meet my preceptor every fortnight', 'Finish the clinical competency booklet'] },
      { statement: 'Earn the post-registration certificate in wound care', type: 'education', steps: ['Enrol in the wound care module', 'Complete the practice assessment'] },
      { statement: 'Pass my band 6 competencies', type: 'professional_development', steps: ['Book monthly supervision with my ward manager'] },
    ],
    long: [
      { statement: 'Become a senior staff nurse on the surgical ward', type: 'professional_development', steps: ['Take charge of shifts when asked', 'Mentor student nurses on placement'] },
      { statement: 'Move into a clinical nurse specialist role in tissue viability', type: 'professional_development', steps: ['Complete the tissue viability course', 'Join the wound care audit group'] },
    ],
  },
  {
    target: {
      company: 'Brightline Logistics',
      role: 'Account executive',
      description: 'Manage a portfolio of mid-sized clients, grow revenue through new business and work closely with operations. Sales training and a structured promotion path are part of the role.',
    },
    short: [
      { statement: 'Build a pipeline of 20 qualified prospects', type: 'productivity', steps: ['Block two hours a day for prospecting', 'Review the pipeline with my manager every Friday'] },
      { statement: 'Complete the sales negotiation course', type: 'education', steps: ['Sign up for the next cohort'] },
    ],
    long: [
      { statement: 'Move into a key account manager role', type: 'professional_development', steps: ['Take on two larger clients', 'Shadow a key account manager'] },
      { statement: 'Lead a small sales team', type: 'leadership', steps: ['Coach the next new starter', 'Run the weekly pipeline review'] },
    ],
  },
  {
    target: {
      company: 'Harbour Lane Academy',
      role: 'Secondary maths teacher',
      description: 'Teach maths to pupils aged 11 to 16, plan lessons with the department and track progress through termly assessments. Early career teachers get a mentor and funded courses.',
      notes: 'The school runs a leadership programme for teachers who want to lead a department.',
    },
    short: [
      { statement: 'Raise my Year 10 class average by one grade', type: 'productivity', steps: ['Set a short weekly quiz', 'Run an after-school revision club'], measure: 'the termly assessment average' },
      { statement: 'Complete my early career teacher induction', type: 'professional_development', steps: ['Meet my mentor every week', 'Observe two experienced colleagues each term'] },
    ],
    long: [
      { statement: 'Lead the maths department', type: 'leadership', steps: ['Take on the Key Stage 3 coordinator role', 'Join the leadership programme'] },
      { statement: 'My goal is to become a head of year', type: 'leadership', steps: ['Lead the Year 7 transition days', 'Complete a pastoral leadership course'] },
    ],
  },
  {
    target: {
      company: 'Fernway Outdoor',
      role: 'Marketing coordinator',
      description: 'Plan and run email and social media campaigns for our outdoor clothing brand, report on campaign results and work closely with the design team. We offer a training budget and regular coaching from the head of marketing.',
    },
    short: [
      { statement: 'Grow the email list by 15%', type: 'productivity', steps: ['Test two new sign-up forms', 'Review the results every month with my manager'], measure: 'subscribers at the end of each month' },
      { statement: 'Earn the Google Analytics certification', type: 'education', steps: ['Work through the free course', 'Pass the exam'] },
    ],
    long: [
      { statement: 'Move into a campaign manager role', type: 'professional_development', steps: ['Own one seasonal campaign end to end', 'Present campaign results to the leadership team'] },
      { statement: 'Run the brand marketing for a product line', type: 'professional_development', steps: ['Lead the spring launch campaign', 'Build a yearly plan with the design team'] },
    ],
  },
];

export const SHORT_TIMES = ['within 12 months', 'in the next 18 months', 'within nine months', 'over the next year'];
export const LONG_TIMES = ['in five years', 'within five years', 'over the next four to five years'];
export const EXPERIENCE: ExperienceLevel[] = ['early', 'experienced', 'senior'];
/** Every question whose kind asks for goals: a missed goal needs the user's own story (see the test below). */
export const GOAL_QUESTIONS = QUESTIONS.filter((q) => q.kind !== 'missed_goal');

/** The same goal as people write it: bare, with a lead-in, with a full stop. */
const STYLES: ((statement: string) => string)[] = [
  (t) => t,
  (t) => `I want to ${lowerFirst(t)}`,
  (t) => `${t}.`,
  (t) => (/^(my goal|i )/i.test(t) ? t : `My goal is to ${lowerFirst(t)}`),
];
const lowerFirst = (t: string) => (/^[A-Z][a-z]/.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t);

export const toGoal = (seed: GoalSeed, horizon: 'short' | 'long', timeframe: string, id: string, dated: boolean, style = 0): Goal => ({
  id,
  statement: STYLES[style % STYLES.length]!(seed.statement),
  type: seed.type,
  horizon,
  timeframe,
  measure: seed.measure ?? null,
  steps: seed.steps.map((text, i): ActionStep => ({ text, due: dated ? `2026-0${i + 3}-15` : null, done: false })),
});

export const goalSet = fc
  .record({
    field: fc.integer({ min: 0, max: FIELDS.length - 1 }),
    shortPicks: fc.uniqueArray(fc.nat(9), { minLength: 1, maxLength: 2 }),
    longPick: fc.nat(9),
    shortTime: fc.constantFrom(...SHORT_TIMES),
    longTime: fc.constantFrom(...LONG_TIMES),
    dated: fc.boolean(),
    firstDone: fc.boolean(),
    style: fc.nat(STYLES.length - 1),
    /** Some users set a target date instead of writing a timeframe. */
    byDate: fc.boolean(),
  })
  .map(({ field, shortPicks, longPick, shortTime, longTime, dated, firstDone, style, byDate }) => {
    const f = FIELDS[field]!;
    const long = toGoal(f.long[longPick % f.long.length]!, 'long', longTime, 'long', dated, style);
    if (byDate) Object.assign(long, { timeframe: null, targetDate: '2031-03-01' });
    const picks = [...new Set(shortPicks.map((p) => p % f.short.length))];
    const shorts = picks.map((p, i) => ({ ...toGoal(f.short[p]!, 'short', shortTime, `s${i}`, dated, style + i), servesGoalId: 'long' }));
    if (firstDone && shorts[0]!.steps!.length > 1) shorts[0]!.steps![0]!.done = true;
    return { goals: [...shorts, long], target: f.target };
  });
