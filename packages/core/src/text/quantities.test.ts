import { describe, expect, test } from 'vitest';
import { tokenize } from './tokenize.js';
import { findQuantities } from './quantities.js';
import { readNumber, wordValue } from './numbers.js';

const read = (text: string) => findQuantities(tokenize(text)).map((q) => ({ text: text.slice(q.start, q.end), kind: q.kind, value: q.value, unit: q.unit }));

describe('findQuantities', () => {
  test.each([
    ['grow the portfolio by 50% this year', '50%', 'percent', 50],
    ['increase sales by thirty per cent', 'thirty per cent', 'percent', 30],
    ['a 20-30% uplift', '20-30%', 'percent', 30],
    ['double revenue', 'double', 'multiplier', 2],
    ['tripling the pipeline', 'tripling', 'multiplier', 3],
    ['a 10x improvement', '10x', 'multiplier', 10],
    ['tenfold growth', 'tenfold', 'multiplier', 10],
    ['three times more customers', 'three times', 'multiplier', 3],
    ['bring in $2m of new business', '$2m', 'money', 2_000_000],
    ['£500k of savings', '£500k', 'money', 500_000],
    ['a million dollars', 'a million dollars', 'money', 1_000_000],
    ['2 million in revenue', '2 million', 'money', 2_000_000],
    ['manage 20 clients', '20 clients', 'count', 20],
    ['lead a team of 50', '50', 'count', 50],
  ])('%s', (text, phrase, kind, value) => {
    expect(read(text)).toEqual([expect.objectContaining({ text: phrase, kind, value })]);
  });

  test.each(['I train three times a week', 'double check the figures', 'by 2030', 'in five years', 'a team player'])('no quantity in: %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  test('dictionary words that are object keys are not numbers', () => {
    expect(wordValue('constructor')).toBeUndefined();
    expect(wordValue('toString')).toBeUndefined();
    expect(read('the constructor of the valueOf hasOwnProperty')).toEqual([]);
  });

  test('numbers in words, digits and ranges', () => {
    const t = tokenize('twenty five, 1,500, a couple of, two to three, one and a half');
    expect(readNumber(t.tokens, 0)).toMatchObject({ value: 25 });
    expect(readNumber(t.tokens, 3)).toMatchObject({ value: 1500 });
    expect(readNumber(t.tokens, 5)).toMatchObject({ value: 2 });
    expect(readNumber(t.tokens, 9)).toMatchObject({ low: 2, high: 3 });
    expect(readNumber(t.tokens, 13)).toMatchObject({ value: 1.5 });
  });
});
