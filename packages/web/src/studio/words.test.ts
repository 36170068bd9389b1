import { describe, expect, test } from 'vitest';
import { analyze } from '@trajectory/core';
import { countWords, lengthNote } from './words.js';

describe('lengthNote', () => {
  test('names the brevity cost exactly where the score starts to dock points', () => {
    const brief = 'In two years I want to lead the support team. Longer term I want to manage the department. I am doing a management course and I would help your team grow.';
    expect(lengthNote(countWords(brief))).toMatch(/^Too short/);
    expect(analyze({ answer: brief, question: 'career-goals' }).metrics.words).toBe(countWords(brief));
    expect(lengthNote(59)).toMatch(/costs points/);
    expect(lengthNote(60)).toBe('A little short: aim for 100–300 words.');
    expect(lengthNote(180)).toBe('A good length.');
    expect(lengthNote(340)).toMatch(/^Long/);
  });
});
