import { describe, expect, test } from 'vitest';
import { analyze } from './engine.js';
import { confirmFeatures, confirmFlags, probabilities, sentencesAround, toModel, type ConfirmData } from './confirm.js';
import { tokenize } from '../text/tokenize.js';
import type { Flag, FlagId } from '../types.js';

const flag = (id: FlagId, start: number, end: number): Flag => ({ id, severity: 'moderate', start, end, line: 0, column: 0, text: '', message: '', suggestion: '' });

/** A hand-made model: 'payroll' makes an answer (and a sentence) read innocent of leaving_soon. */
const model = toModel({
  threshold: 0.01,
  sentenceThreshold: 0.5,
  minWords: 10,
  maxWords: 40,
  trainedOn: { answers: 0, digest: '' },
  flags: {
    leaving_soon: { answer: { bias: 0, weights: { payroll: -10 } }, sentence: { bias: 2, weights: { course: -4, leave: 5 } } },
    no_plan: { answer: { bias: 0, weights: { payroll: -10 } } },
  },
} satisfies ConfirmData);

describe('confirmFeatures', () => {
  test('reads each word in its normal form and each pair of neighbours, not numbers or punctuation', () => {
    expect([...confirmFeatures(tokenize('I’m Leaving soon, in 2 years.'))].sort()).toEqual(
      ["i'm", "i'm leaving", 'in', 'in years', 'leaving', 'leaving soon', 'soon', 'soon in', 'years'],
    );
    expect(confirmFeatures(tokenize('organise')).has('organize')).toBe(true);
  });

  test("words that are Object's own property names count for nothing", () => {
    const plain = toModel({ threshold: 0.01, sentenceThreshold: 0.5, minWords: 0, maxWords: 9, trainedOn: { answers: 0, digest: '' }, flags: { cliche: { answer: { bias: 0, weights: {} } } } });
    expect(probabilities(plain.answer, tokenize('constructor toString valueOf __proto__')).get('cliche')).toBe(0.5);
  });

  test('a feature said twice counts once, as in training', () => {
    const once = toModel({ threshold: 0.01, sentenceThreshold: 0.5, minWords: 0, maxWords: 9, trainedOn: { answers: 0, digest: '' }, flags: { cliche: { answer: { bias: 0, weights: { team: 1 } } } } });
    expect(probabilities(once.answer, tokenize('team team. Team!')).get('cliche')).toBeCloseTo(1 / (1 + Math.exp(-1)));
  });
});

describe('sentencesAround', () => {
  const doc = tokenize('First one. Second one here, e.g. this! Third');
  const text = (span: readonly [number, number]) => doc.text.slice(doc.tokens[span[0]]!.start, doc.tokens[span[1] - 1]!.end);
  test('spans the tokens of every sentence a range touches', () => {
    const at = doc.text.indexOf('one here');
    expect(text(sentencesAround(doc, at, at + 3))).toBe('Second one here, e.g. this!');
    expect(text(sentencesAround(doc, at, doc.text.length))).toBe('Second one here, e.g. this! Third');
    expect(text(sentencesAround(doc, 0, 0))).toBe('First one.');
  });
});

describe('confirmFlags', () => {
  const doc = tokenize('I run payroll now and have done so for years. I will leave after a year. I start a course in May.');
  const at = (phrase: string) => [doc.text.indexOf(phrase), doc.text.indexOf(phrase) + phrase.length] as const;

  test('a flag stands while its sentence reads like the flag, even in an answer that does not', () => {
    expect(confirmFlags([flag('leaving_soon', ...at('leave after a year'))], doc, model)).toHaveLength(1);
  });

  test('a flag is cleared when the answer and its sentence both read innocent', () => {
    expect(confirmFlags([flag('leaving_soon', ...at('a course in May'))], doc, model)).toEqual([]);
  });

  test('a flag about something missing is judged by the answer model alone', () => {
    expect(confirmFlags([flag('no_plan', 0, doc.text.length)], doc, model)).toEqual([]);
    const other = tokenize('I will work hard here and see how things go over the years.');
    expect(confirmFlags([flag('no_plan', 0, other.text.length)], other, model)).toHaveLength(1);
  });

  test('a flag usually on words that found none to point at (the whole answer) is kept', () => {
    expect(confirmFlags([flag('leaving_soon', 0, doc.text.length)], doc, model)).toHaveLength(1);
  });

  test('flags the model does not know, and answers too short or too long for it, keep every flag', () => {
    const flags = [flag('rambling', 0, doc.text.length), flag('leaving_soon', ...at('a course in May'))];
    expect(confirmFlags(flags, doc, model).map((f) => f.id)).toEqual(['rambling']);
    expect(confirmFlags(flags, tokenize('I run payroll. A course in May.'), model)).toHaveLength(2);
    expect(confirmFlags(flags, tokenize(`${doc.text} ${'payroll '.repeat(60)}`), model)).toHaveLength(2);
  });
});

describe('the shipped model inside analyze()', () => {
  const payroll =
    'I have run the payroll for a 300-person care group for two years, and in my first year here I want to take over the monthly run for your two largest clients without errors. ' +
    "I'm planning to do the CIPP Foundation Degree in payroll management, starting in September, and I will fit the study around month-end. " +
    'In five years I would like to manage the payroll bureau team, because I enjoy teaching new starters how to check a pension deduction properly. ' +
    'What you would get from me is a calm month-end and clean audits.';
  const input = { answer: payroll, question: 'career-goals', role: 'Payroll specialist', experience: 'experienced' as const };

  test('clears a rule flag that a course starting in September is a departure', () => {
    expect(analyze(input, undefined, { confirm: false }).flags.map((f) => f.id)).toContain('leaving_soon');
    expect(analyze(input).flags).toEqual([]);
  });

  test('keeps a blatant sentence flagged inside an otherwise strong answer', () => {
    const result = analyze({ ...input, answer: `${payroll} In two years I plan to be the chief executive of the firm.`, experience: 'graduate' });
    expect(result.flags.map((f) => f.id)).toContain('unrealistic');
  });
});
