import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { analyze } from './engine.js';
import { FLAG_IDS, type Analysis } from '../types.js';
import { expectPossibleRanges } from '../../test/rule-tester.js';

/** Everything a result must be, whatever the input. */
function expectValid(answer: string, result: Analysis) {
  expectPossibleRanges(answer, result.flags);
  for (const f of result.flags) expect(FLAG_IDS).toContain(f.id);
  expect(result.score).toBeGreaterThanOrEqual(0);
  expect(result.score).toBeLessThanOrEqual(100);
  for (const e of Object.values(result.elements)) for (const [s, t] of e.evidence) expect(0 <= s && s <= t && t <= answer.length).toBe(true);
  for (const f of result.followups) expect(f.text).toBe(answer.slice(f.start, f.end));
  expect(result.followups.length).toBeLessThanOrEqual(4);
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
}

const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const words = fc.constantFrom('I', 'want', 'to', 'lead', 'a', 'team', 'in', 'five', 'years', 'salary', 'CEO', '50%', 'first', 'month', 'um', 'like', 'your', 'job', 'never', 'failed', '.', ',', '\n', 'café', '🚀', 'שלום', '<b>', '&amp;');

describe('analyze never throws', () => {
  test('on any string of code units, including lone surrogates and control characters', () => {
    fc.assert(fc.property(fc.string({ unit: anyCodeUnit, maxLength: 400 }), (answer) => expectValid(answer, analyze({ answer }))), { numRuns: 300 });
  });

  test('on answer-like word soups with any question, role, company and level', () => {
    fc.assert(
      fc.property(
        fc.array(words, { maxLength: 300 }).map((w) => w.join(' ')),
        fc.option(fc.string()),
        fc.option(fc.string()),
        fc.option(fc.string()),
        fc.constantFrom('graduate', 'early', 'experienced', 'senior', 'wizard', undefined),
        (answer, question, role, company, experience) => {
          const input = { answer, question: question ?? undefined, role: role ?? undefined, company: company ?? undefined, experience: experience as never };
          expectValid(answer, analyze(input));
        },
      ),
      { numRuns: 300 },
    );
  });

  test.each([
    ['empty', ''],
    ['whitespace', ' \n\t \r\n  '],
    ['control characters', '\u0000\u0001\u0007\u001b[31m red \u007f'],
    ['lone surrogates', '\ud800 goal \udc00 \ud83d'],
    ['emoji', '👩🏽‍💻 I want to lead 🚀🚀🚀 a team 🙂'],
    ['right-to-left', 'أريد أن أصبح مديرا في خمس سنوات. אני רוצה ללמוד'],
    ['HTML', '<script>alert(1)</script><p>I want <b>your job</b> &amp; a raise</p>'],
  ])('on %s', (_name, answer) => {
    expectValid(answer, analyze({ answer }));
  });

  test('on non-string input from untyped callers', () => {
    for (const answer of [undefined, null, 42, {}, []]) expect(() => analyze({ answer } as never)).not.toThrow();
    expect(() => analyze(undefined as never)).not.toThrow();
  });

  test('on a 1 MB answer', () => {
    const sentence = 'In my first year I will complete the cloud certificate, and um, like, in five years I want to lead the platform team. ';
    const answer = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const result = analyze({ answer, question: 'career-goals' });
    expectValid(answer, result);
    expect(result.metrics.words).toBeGreaterThan(150_000);
  });
});

describe('analyze: the date answers are judged from', () => {
  const answer = 'By 2029 I want to lead a team of five engineers on the payments platform, and I am taking the leadership course to prepare.';

  test('a year named is measured from input.today', () => {
    // Three years ahead is a long-term goal; from 2028 the same words are a goal for next year.
    expect(analyze({ answer, question: 'career-goals', today: '2026-01-15' }).elements.long_term.present).toBe(true);
    const fromLater = analyze({ answer, question: 'career-goals', today: '2028-05-01' });
    expect(fromLater.elements.long_term.present).toBe(false);
    expect(fromLater.elements.short_term.present).toBe(true);
  });

  test('a missing or invalid date falls back to mid-2026', () => {
    const fallback = analyze({ answer, question: 'career-goals' });
    expect(analyze({ answer, question: 'career-goals', today: '2026-06-01' })).toEqual(fallback);
    for (const today of ['', 'tomorrow', '2026-02-30', '2026-6-1']) expect(analyze({ answer, question: 'career-goals', today })).toEqual(fallback);
  });
});

describe('analyze: an answer with no words', () => {
  test.each(['', '   \n\t', '…!?', '\u0000\u0007'])('%j scores 0 with nothing present', (answer) => {
    const result = analyze({ answer, question: 'career-goals' });
    expect(result.score).toBe(0);
    expect(Object.values(result.elements).every((e) => !e.present)).toBe(true);
  });

  test('any words at all are scored by the rubric', () => {
    expect(analyze({ answer: 'In five years I want to lead the data team, and I am taking a management course now.', question: 'five-years' }).score).toBeGreaterThan(50);
  });
});

describe('analyze: when the speaker would leave is no horizon', () => {
  const goals =
    'In the short term I want to get up to speed on your payroll systems and finish my CIPP course. Longer term I see myself leading a small payroll team.';
  const leaving = ' Honestly, I will probably move on after a year or so once the qualification is paid for.';
  const quoted = (answer: string, ranges: [number, number][]) => ranges.map(([s, e]) => answer.slice(s, e));

  test('the timeframe a leaving_soon flag points at is not short-term evidence', () => {
    const answer = goals + leaving;
    const result = analyze({ answer, role: 'Payroll specialist', experience: 'experienced' });
    expect(result.flags.map((f) => f.text)).toContain('move on after a year or so');
    expect(quoted(answer, result.elements.short_term.evidence)).toEqual(['short term']);
    expect(result.elements.short_term.present).toBe(true);
  });

  test('an answer whose only near timeframe is its leaving date has no short-term goal', () => {
    const answer = 'Longer term I see myself leading a small payroll team.' + leaving;
    const result = analyze({ answer, role: 'Payroll specialist', experience: 'experienced' });
    expect(result.flags.some((f) => f.id === 'leaving_soon')).toBe(true);
    expect(result.elements.short_term).toEqual({ present: false, evidence: [] });
    expect(result.elements.long_term.present).toBe(true);
  });
});
