import { describe, expect, test } from 'vitest';
import { checkGoal } from './check.js';
import { EXAMPLES } from './examples.js';
import type { Goal, GoalContext, SmartCriterion } from './types.js';

const today = '2026-03-01';

const wellSet: Goal = {
  statement: 'Earn the AWS Solutions Architect Associate certification',
  horizon: 'short',
  type: 'education',
  timeframe: 'within 9 months',
  steps: [
    { text: 'Finish the official practice course', due: '2026-06-30' },
    { text: 'Sit the exam', due: '2026-11-30' },
  ],
};

interface Row {
  name: string;
  goal: Goal;
  context?: GoalContext;
  pass: Partial<Record<SmartCriterion, boolean>>;
}

const rows: Row[] = [
  { name: 'a well-set goal passes all four', goal: wellSet, context: { today, experience: 'early' }, pass: { specific: true, measurable: true, realistic: true, planned: true } },
  { name: 'a vague goal fails specific', goal: { ...wellSet, statement: 'I want to grow and be better' }, context: { today }, pass: { specific: false } },
  { name: 'a hedge with no aim fails specific', goal: { ...wellSet, statement: 'Something in management maybe' }, context: { today }, pass: { specific: false } },
  { name: 'a career change that names its new field is specific', goal: { ...wellSet, type: 'career_change', statement: 'Move from retail into UX research' }, context: { today }, pass: { specific: true } },
  { name: 'an empty statement fails specific', goal: { ...wellSet, statement: '  ' }, pass: { specific: false } },
  {
    name: '"CEO in 2 years" fails realistic for a graduate',
    goal: { statement: 'Become the CEO', horizon: 'long', type: 'leadership', timeframe: 'in 2 years', steps: [{ text: 'Lead a project' }, { text: 'Apply for team lead' }] },
    context: { experience: 'graduate', today },
    pass: { realistic: false },
  },
  {
    name: 'a huge number in a tiny time fails realistic',
    goal: { statement: 'Double revenue in my first month', horizon: 'short', type: 'productivity', measure: 'revenue', steps: [{ text: 'Call every client' }] },
    context: { experience: 'early', today },
    pass: { realistic: false },
  },
  {
    name: 'a timeframe taken from the target date: CEO within two years is still unrealistic',
    goal: { statement: 'Become the CEO', horizon: 'long', type: 'leadership', targetDate: '2028-03-01', steps: [{ text: 'a' }, { text: 'b' }] },
    context: { experience: 'graduate', today },
    pass: { realistic: false },
  },
  { name: 'a goal with no steps fails planned', goal: { ...wellSet, steps: [] }, context: { today }, pass: { planned: false } },
  {
    name: 'a long-term goal with one step fails planned',
    goal: { ...wellSet, horizon: 'long', timeframe: 'in five years', steps: [{ text: 'Find a mentor' }] },
    context: { today },
    pass: { planned: false },
  },
  { name: 'no timeframe and no date fails measurable', goal: { ...wellSet, timeframe: null }, context: { today }, pass: { measurable: false } },
  { name: 'a timeframe with no time in it fails measurable', goal: { ...wellSet, timeframe: 'soon-ish' }, context: { today }, pass: { measurable: false } },
  { name: 'a target date in the past fails measurable', goal: { ...wellSet, timeframe: null, targetDate: '2025-12-01' }, context: { today }, pass: { measurable: false } },
  { name: 'a year already gone in the timeframe fails measurable', goal: { ...wellSet, timeframe: 'by March 2024' }, context: { today }, pass: { measurable: false } },
  { name: 'a bare year or span still counts as a timeframe', goal: { ...wellSet, timeframe: '2027' }, context: { today }, pass: { measurable: true } },
  { name: 'a bare span counts as a timeframe', goal: { ...wellSet, timeframe: '9 months' }, context: { today }, pass: { measurable: true } },
  { name: 'a target date ahead passes measurable', goal: { ...wellSet, timeframe: null, targetDate: '2026-12-01' }, context: { today }, pass: { measurable: true } },
  {
    name: 'a productivity goal without a number fails measurable',
    goal: { statement: 'Improve customer satisfaction scores for my accounts', horizon: 'short', type: 'productivity', timeframe: 'within a year', steps: [{ text: 'Survey clients' }] },
    context: { today },
    pass: { measurable: false },
  },
  {
    name: 'the same goal with a number passes measurable',
    goal: { statement: 'Raise customer satisfaction for my accounts from 78% to 85%', horizon: 'short', type: 'productivity', timeframe: 'within a year', steps: [{ text: 'Survey clients' }] },
    context: { today },
    pass: { measurable: true, specific: true },
  },
];

describe('checkGoal', () => {
  test.each(rows)('$name', ({ goal, context, pass }) => {
    const check = checkGoal(goal, context);
    for (const [criterion, expected] of Object.entries(pass)) {
      const result = check[criterion as SmartCriterion];
      expect(result.pass, `${criterion}: ${result.reason}`).toBe(expected);
      expect(result.reason.length).toBeGreaterThan(0);
      // A failing criterion always says what to do next; a passing one does not.
      if (expected) expect(result.suggestion).toBe('');
      else expect(result.suggestion.length).toBeGreaterThan(10);
    }
    expect(check.passed).toBe(check.specific.pass && check.measurable.pass && check.realistic.pass && check.planned.pass);
  });

  test('a well-set goal passes overall', () => {
    expect(checkGoal(wellSet, { today, experience: 'early' }).passed).toBe(true);
  });

  test('points out a horizon that does not fit the timeframe, without failing it', () => {
    const short = checkGoal({ ...wellSet, timeframe: 'in four years' }, { today }).measurable;
    expect(short.pass).toBe(true);
    expect(short.tip).toMatch(/short-term/);
    const long = checkGoal({ ...wellSet, horizon: 'long', timeframe: 'within six months' }, { today }).measurable;
    expect(long.pass).toBe(true);
    expect(long.tip).toMatch(/long-term/);
    expect(checkGoal(wellSet, { today }).measurable.tip).toBeUndefined();
  });

  test('a horizon judged from the target date and today', () => {
    const check = checkGoal({ ...wellSet, timeframe: null, targetDate: '2030-03-01' }, { today });
    expect(check.measurable.tip).toMatch(/four years/);
  });

  test('nudges toward dated steps and flags an overdue one', () => {
    const undated = checkGoal({ ...wellSet, steps: [{ text: 'Book the exam' }] }, { today }).planned;
    expect(undated.pass).toBe(true);
    expect(undated.tip).toMatch(/date/);
    const overdue = checkGoal({ ...wellSet, steps: [{ text: 'Book the exam', due: '2026-01-10' }] }, { today }).planned;
    expect(overdue.tip).toMatch(/Book the exam.*10 January 2026/);
    const done = checkGoal({ ...wellSet, steps: [{ text: 'Book the exam', due: '2026-01-10', done: true }] }, { today }).planned;
    expect(done.tip).toBeUndefined();
  });

  test('suggestions fit the goal type', () => {
    const check = checkGoal({ statement: 'Lead a team', horizon: 'long', type: 'leadership', timeframe: 'in five years' }, { today });
    expect(check.planned.suggestion).toMatch(/mentor/);
  });

  test("the examples in suggestions would pass the check's own specific criterion", () => {
    for (const [type, example] of Object.entries(EXAMPLES)) {
      const check = checkGoal({ statement: example.aim, horizon: 'short', type: type as Goal['type'] }, { today });
      expect(check.specific.pass, `${type}: ${example.aim}`).toBe(true);
    }
  });

  test('never throws on malformed goals', () => {
    const bad = [null, undefined, 42, 'goal', {}, { statement: 7, steps: 'x', horizon: 'sideways', targetDate: 'soon' }, { statement: 'a'.repeat(100_000) }];
    for (const goal of bad) {
      const check = checkGoal(goal as unknown as Goal, { today: 'not a date', experience: 'wizard' as never });
      expect(typeof check.passed).toBe('boolean');
    }
    expect(() => checkGoal(wellSet, null as unknown as GoalContext)).not.toThrow();
  });
});
