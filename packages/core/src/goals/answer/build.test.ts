import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { buildAnswer } from './build.js';
import { draftableGoals } from './material.js';
import { analyze } from '../../analysis/engine.js';
import { getQuestion } from '../../questions.js';
import { tokenize } from '../../text/tokenize.js';
import type { Goal, Target } from '../types.js';
import { EXPERIENCE, FIELDS, GOAL_QUESTIONS, goalSet, toGoal } from '../../../test/goal-fixtures.js';

const words = (text: string) => tokenize(text).wordCount;

// ---------------------------------------------------------------------------

describe('buildAnswer', () => {
  const field = FIELDS[0]!;
  const goals = [toGoal(field.short[0]!, 'short', 'within 12 months', 's', true), toGoal(field.long[0]!, 'long', 'in five years', 'l', true)];

  test('the same seed gives the same draft; seeds vary the phrasing', () => {
    const a = buildAnswer('career-goals', goals, field.target, { seed: 7 });
    expect(buildAnswer('career-goals', goals, field.target, { seed: 7 })).toBe(a);
    const drafts = new Set(Array.from({ length: 20 }, (_, seed) => buildAnswer('career-goals', goals, field.target, { seed })));
    expect(drafts.size).toBeGreaterThanOrEqual(8);
  });

  test('long-first starts from the long-term goal; build-up ends on it', () => {
    for (const seed of [1, 2, 3]) {
      const longFirst = buildAnswer('short-long-goals', goals, field.target, { seed, strategy: 'long-first' });
      const buildUp = buildAnswer('short-long-goals', goals, field.target, { seed, strategy: 'build-up' });
      expect(longFirst.indexOf('lead a small analytics team')).toBeLessThan(longFirst.indexOf('PL-300'));
      expect(buildUp.indexOf('PL-300')).toBeLessThan(buildUp.search(/lead(ing)? a small analytics team/));
    }
  });

  test("uses the user's own goals, steps and the target's words, fitted to the sentence", () => {
    const draft = buildAnswer('career-goals', goals, field.target, { seed: 3 });
    expect(draft).toMatch(/PL-300 Power BI certification/);
    expect(draft).toMatch(/finish the online learning path|finishing the online learning path/);
    expect(draft).toMatch(/Northwind Health/);
    expect(draft).toMatch(/SQL|Power BI|dashboards/);
    // No lead-in left over, no doubled end marks, sentences start with capitals.
    expect(draft).not.toMatch(/to I |want to I want|\.\.|,\./);
    for (const sentence of draft.split(/(?<=\.)\s+/)) expect(sentence).toMatch(/^[A-Z[]/);
  });

  test("a bare countable work word reads as that work: 'built around ward work', not 'built around ward'", () => {
    const target: Target = { company: 'Westgate General Hospital', role: 'Staff nurse', description: 'Practice educators on every ward.' };
    const drafts = Array.from({ length: 30 }, (_, seed) => buildAnswer('short-long-goals', goals, target, { seed }));
    expect(drafts.some((d) => d.includes('ward work'))).toBe(true);
    expect(drafts.join('\n')).not.toMatch(/\b(around|on|in) ward\b(?! work)/);
  });

  test('keeps short-term and long-term goals in separate sentences', () => {
    const draft = buildAnswer('short-long-goals', goals, field.target, { seed: 11 });
    const sentences = draft.split(/(?<=\.)\s+/);
    const withShort = sentences.filter((s) => s.includes('PL-300'));
    const withLong = sentences.filter((s) => /small analytics team/.test(s));
    expect(withShort.length).toBeGreaterThan(0);
    expect(withLong.length).toBeGreaterThan(0);
    expect(withShort.some((s) => withLong.includes(s))).toBe(false);
  });

  test('a learning question leads with the education goal', () => {
    const both = [toGoal(field.short[1]!, 'short', 'within a year', 'a', false), toGoal(field.short[0]!, 'short', 'within a year', 'b', false), goals[1]!];
    const draft = buildAnswer('further-education', both, field.target, { seed: 2, strategy: 'build-up' });
    expect(draft.indexOf('PL-300')).toBeLessThan(draft.indexOf('reporting cycle'));
  });

  test('a target date is said as a span from today when today is known', () => {
    const dated = [{ ...goals[0]!, timeframe: null, targetDate: '2027-03-01' }, goals[1]!];
    expect(buildAnswer('career-goals', dated, field.target, { seed: 1, today: '2026-03-01' })).toMatch(/within a year/i);
    expect(buildAnswer('career-goals', dated, field.target, { seed: 1 })).toMatch(/by 2027/i);
  });

  describe('missing pieces', () => {
    const cases: [string, Goal[], Target | null | undefined][] = [
      ['no target', goals, null],
      ['no long-term goal', [goals[0]!], field.target],
      ['no short-term goal', [goals[1]!], field.target],
      ['goals without steps', goals.map((g) => ({ ...g, steps: [] })), field.target],
      ['no goals at all', [], field.target],
      ['nothing at all', [], undefined],
      ['a target with no description', goals, { company: 'Acme', role: '' }],
    ];
    test.each(cases)('%s: a draft of 100–250 words', (_name, g, t) => {
      for (const seed of [0, 1, 2, 3]) {
        const draft = buildAnswer('career-goals', g, t, { seed });
        expect(words(draft), draft).toBeGreaterThanOrEqual(100);
        expect(words(draft), draft).toBeLessThanOrEqual(250);
      }
    });

    test('never throws on malformed input', () => {
      const junk: unknown[] = [null, undefined, 3, 'x', [null, 4, { statement: 9 }, { statement: 'Lead a team', horizon: 'long', steps: [null, { text: 3 }] }]];
      for (const g of junk) {
        for (const q of ['career-goals', 'no such question', '', { id: 'five-years' }, null, getQuestion('missed-goal')]) {
          expect(typeof buildAnswer(q as string, g as Goal[], { role: 5, company: null } as unknown as Target, { seed: NaN, strategy: 'sideways' as never })).toBe('string');
        }
      }
    });

    test('very long goals are cut to fit', () => {
      const long = 'Lead the reporting team, ' + 'and improve every dashboard we own '.repeat(60);
      const draft = buildAnswer('career-goals', [{ ...goals[0]!, statement: long, steps: [{ text: long }, { text: long }] }, { ...goals[1]!, statement: long }], field.target, { seed: 1 });
      expect(words(draft)).toBeLessThanOrEqual(250);
    });
  });

  test('a missed-goal draft marks where the story of the miss goes', () => {
    const draft = buildAnswer('missed-goal', goals, field.target, { seed: 1 });
    expect(draft).toMatch(/\[the goal/);
    expect(words(draft)).toBeGreaterThanOrEqual(100);
    expect(words(draft)).toBeLessThanOrEqual(250);
  });

  test('property: every draft from well-set goals is 100–250 words, with no red flag and all five elements', () => {
    fc.assert(
      fc.property(
        goalSet,
        fc.constantFrom(...GOAL_QUESTIONS),
        fc.constantFrom<'long-first' | 'build-up'>('long-first', 'build-up'),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.constantFrom(...EXPERIENCE),
        fc.constantFrom(undefined, '2026-03-01'),
        ({ goals: set, target }, question, strategy, seed, experience, today) => {
          const draft = buildAnswer(question, set, target, { strategy, seed, experience, today });
          const n = words(draft);
          expect(n, draft).toBeGreaterThanOrEqual(100);
          expect(n, draft).toBeLessThanOrEqual(250);
          const result = analyze({ answer: draft, question: question.id, role: target.role, company: [target.company, target.description, target.notes].filter(Boolean).join('. '), experience });
          expect(result.flags.map((f) => `${f.id}: "${f.text}"`), draft).toEqual([]);
          const missing = Object.entries(result.elements).filter(([, e]) => !e.present).map(([id]) => id);
          expect(missing, draft).toEqual([]);
        },
      ),
      { numRuns: 1500, seed: 20260301 },
    );
    // 1,500 drafts, each analyzed: about 10 s on a quiet machine, twice that on a busy one.
  }, 60_000);
});

describe('goals that are not specific yet', () => {
  const field = FIELDS[0]!;
  const vague: Goal = { id: 'v', statement: 'get better at stuff', horizon: 'short', type: 'professional_development', timeframe: 'within a year' };
  const clear = toGoal(field.long[0]!, 'long', 'in five years', 'l', true);

  test('are left out of the draft, with the reason the SMART check gives', () => {
    const { usable, leftOut } = draftableGoals([vague, clear]);
    expect(usable).toEqual([clear]);
    expect(leftOut).toEqual([{ goal: vague, reason: expect.stringContaining('no role, skill or result') }]);
    for (const seed of [0, 1, 2, 3]) {
      const draft = buildAnswer('career-goals', [vague, clear], field.target, { seed });
      expect(draft).not.toMatch(/better at stuff/);
      expect(draft).toMatch(/small analytics team/);
      expect(analyze({ answer: draft, question: 'career-goals', role: field.target.role }).flags.map((f) => f.id)).not.toContain('unclear');
    }
  });

  test('when none is specific, the draft still speaks of the role', () => {
    const draft = buildAnswer('career-goals', [vague], field.target, { seed: 1 });
    expect(draft).not.toMatch(/stuff/);
    expect(words(draft)).toBeGreaterThanOrEqual(100);
  });
});
