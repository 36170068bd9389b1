import { describe, expect, test } from 'vitest';
import { alignGoals } from './align.js';
import type { Goal, Target } from './types.js';

const target: Target = {
  company: 'Northwind Health',
  role: 'Data analyst',
  description:
    'You will build dashboards in Power BI, write SQL and present findings to clinical stakeholders. ' +
    'We offer a mentoring programme, tuition support for professional certifications and a clear path to senior analyst.',
  notes: 'Their analysts present at a monthly insights forum.',
};

const sqlGoal: Goal = { id: 'g1', statement: 'Earn an advanced SQL certification', horizon: 'short', type: 'education' };
const leadGoal: Goal = { id: 'g2', statement: 'Lead a small analytics team', horizon: 'long', type: 'leadership' };
const unrelated: Goal = { id: 'g3', statement: 'Run a half marathon', horizon: 'short', type: 'productivity' };

describe('alignGoals', () => {
  test('a goal is supported through shared words and through its type', () => {
    const result = alignGoals([sqlGoal, leadGoal], target);
    const [sql, lead] = result.goals;
    expect(sql!.supported).toBe(true);
    expect(sql!.matches).toEqual(expect.arrayContaining(['SQL', 'tuition support']));
    // A leadership goal meets the mentoring offer and the path to senior analyst, though the words differ.
    expect(lead!.supported).toBe(true);
    expect(lead!.matches).toEqual(expect.arrayContaining(['mentoring programme']));
    expect(lead!.goalId).toBe('g2');
  });

  test('reports the target themes no goal touches', () => {
    const result = alignGoals([sqlGoal], target);
    const themes = result.untouched.map((u) => u.theme);
    expect(themes).toContain('mentoring');
    expect(themes).not.toContain('training');
    expect(result.untouched.find((u) => u.theme === 'mentoring')!.words).toEqual(['mentoring programme']);
  });

  test('a goal far from the target is not supported', () => {
    const [run] = alignGoals([unrelated], target).goals;
    expect(run!.supported).toBe(false);
    expect(run!.matches).toEqual([]);
  });

  test('keeps names and acronyms as written and drops a capital that only starts a sentence', () => {
    const result = alignGoals([{ statement: 'Get better at Python and training others', horizon: 'short', type: 'leadership' }], {
      company: 'X',
      role: 'Engineer',
      description: 'Training is part of the job. You will write Python.',
    });
    expect(result.goals[0]!.matches).toEqual(expect.arrayContaining(['training', 'Python']));
  });

  test('copes with no target, no goals and malformed input', () => {
    expect(alignGoals([], target).goals).toEqual([]);
    expect(alignGoals([sqlGoal], null)).toEqual({ goals: [{ goalId: 'g1', statement: sqlGoal.statement, supported: false, matches: [] }], untouched: [] });
    expect(() => alignGoals(null as unknown as Goal[], undefined)).not.toThrow();
    expect(() => alignGoals([{ statement: 42, horizon: 'x', steps: 'no' } as unknown as Goal], { role: null } as unknown as Target)).not.toThrow();
  });
});
