import { describe, expect, test } from 'vitest';
import { tokenize } from '../text/tokenize.js';
import { hasConcreteAim, vagueAims } from './vagueness.js';

const vague = (text: string) => vagueAims(tokenize(text)).map((v) => text.slice(v.start, v.end));

describe('vagueAims', () => {
  test('aims with no content, drift and stacked hedges', () => {
    expect(vague('I want something in management maybe.')).toEqual(['something in management maybe']);
    expect(vague('I just want to move up somehow.')).toEqual(['move up somehow']);
    expect(vague('I would like to do more interesting stuff.')).toEqual(['interesting stuff']);
    expect(vague("I'll see where it goes.")).toEqual(['see where it goes']);
    expect(vague('I would like to go into brand, maybe strategy, maybe something else, I think.')).toHaveLength(1);
  });

  test('one vague span per sentence, starting at the vague words rather than a hedge', () => {
    expect(vague('I guess I want something in sales, wherever that takes me. Then I will see what happens.')).toEqual([
      'something in sales, wherever that takes me',
      'see what happens',
    ]);
  });

  test('plain words that only look vague', () => {
    expect(vague('Depending on the client, I would like to lead audits within three years.')).toEqual([]);
    expect(vague('I want to be the analyst who knows the data best.')).toEqual([]);
    expect(vague('I would probably specialise in forecasting.')).toEqual([]);
    expect(vague('After two years I plan to move on to something bigger.')).toEqual([]);
    expect(vague('The part of the job I want to do well is the audit.')).toEqual([]);
  });
});

describe('hasConcreteAim', () => {
  test.each([
    'Become a senior data analyst.',
    'I want to complete the CIPD Level 5 qualification.',
    'Reduce the month-end close from ten days to six.',
    'Get better at negotiation with suppliers.',
    'I want to get my CCNA.',
    "I'd like to be in your chair one day.",
  ])('concrete: %s', (text) => {
    expect(hasConcreteAim(tokenize(text))).toBe(true);
  });

  test.each(['I want to grow and be the best version of myself.', 'My goal is to learn and develop.', 'I want to make a real difference and give it my all.', ''])(
    'not concrete: %s',
    (text) => {
      expect(hasConcreteAim(tokenize(text))).toBe(false);
    },
  );
});
