import { describe, expect, test } from 'vitest';
import { tokenize } from '../text/tokenize.js';
import { buildContext } from './context.js';
import { detectElements, horizonOf } from './elements.js';
import type { AnalysisInput } from '../types.js';

const elements = (input: AnalysisInput) => {
  const doc = tokenize(input.answer);
  const found = detectElements(doc, buildContext(doc, input));
  return Object.fromEntries(Object.entries(found).map(([id, e]) => [id, e.evidence.map(([s, end]) => input.answer.slice(s, end))])) as Record<string, string[]>;
};

describe('detectElements', () => {
  test('horizons from timeframes and cue words, on the exact words', () => {
    const e = elements({ answer: 'Right now my goal is to qualify. In my first year I want to learn the ledger. In five years I would like to lead a team, and eventually run a region.' });
    expect(e.short_term).toEqual(['Right now', 'In my first year']);
    expect(e.long_term).toEqual(['In five years', 'eventually']);
  });

  test('cue words outside an aim, and past spans, are no horizon', () => {
    const e = elements({ answer: 'Right now I am a junior analyst. I spent two years in retail, and five years ago I moved to London.' });
    expect(e.short_term).toEqual([]);
    expect(e.long_term).toEqual([]);
  });

  test('plan: actions with objects, standalone actions, methods and firm intentions', () => {
    const e = elements({ answer: 'To get there I will complete the ACCA papers, shadow a senior auditor, and I would visit every client site in my first quarter.' });
    expect(e.plan).toEqual(['To get there', 'I will complete the ACCA', 'shadow', 'I would visit every client']);
  });

  test('a goal stated as a wish or a state is no plan', () => {
    for (const answer of [
      'Long term I want to lead large conferences.',
      'I would like to be running the commercial side of a project.',
      'I want to learn and grow.',
      'I would like to learn more about it.',
      "I don't plan to take any course.",
    ]) {
      expect(elements({ answer }).plan, answer).toEqual([]);
    }
  });

  test('alignment from generic forms and from the company and role given', () => {
    const e = elements({
      answer: 'Northwind\u2019s analytics scheme is why I applied; I want to grow with your team in this role as a data analyst.',
      company: 'Northwind Health runs a two-year analytics graduate scheme.',
      role: 'Data analyst',
    });
    expect(e.alignment).toEqual(expect.arrayContaining(['your team', 'this role', 'data analyst']));
    expect(e.alignment?.some((t) => t.startsWith('Northwind'))).toBe(true);
    expect(elements({ answer: 'I would like your job one day.' }).alignment).toEqual([]);
  });

  test('value: what the candidate does for the company, not what it does for them', () => {
    expect(elements({ answer: "I'd bring six years of audit work, and what that means for you is fewer re-surveys." }).value).toHaveLength(2);
    expect(elements({ answer: 'Last year I cut our failed appointments by 30%.' }).value).toContain('30%');
    expect(elements({ answer: 'I want a company that will help me grow.' }).value).toEqual([]);
    // A result done to something by no one named is not the speaker's; one done "by us" is.
    expect(elements({ answer: 'The supplier changed twice, and the rota was cut in half.' }).value).toEqual([]);
    expect(elements({ answer: 'The booking system was rebuilt by me and two colleagues, and no-shows fell by a third.' }).value).toContain('third');
  });

  test('an empty answer has no element', () => {
    expect(Object.values(elements({ answer: '' })).every((e) => e.length === 0)).toBe(true);
  });
});

describe('horizonOf', () => {
  const tf = (months: number, maxMonths?: number) => ({ start: 0, end: 0, months, kind: 'duration' as const, exactDate: false, maxMonths });
  test('up to about two years is short, about three and beyond is long, in between is neither', () => {
    expect(horizonOf(tf(12))).toBe('short_term');
    expect(horizonOf(tf(24))).toBe('short_term');
    expect(horizonOf(tf(30))).toBeNull();
    expect(horizonOf(tf(30, 36))).toBe('long_term');
    expect(horizonOf(tf(60))).toBe('long_term');
  });
});
