import { describe, expect, test } from 'vitest';
import { tokenize } from '../text/tokenize.js';
import { measure, WORDS_PER_MINUTE } from './metrics.js';

const fillers = (text: string) => Object.fromEntries(measure(tokenize(text)).fillers.map((f) => [f.phrase, f.count]));

describe('measure', () => {
  test('words, sentences and speaking time at 140 words a minute', () => {
    const m = measure(tokenize('I want to lead. I will learn first! Then what?'));
    expect(m).toMatchObject({ words: 10, sentences: 3, speakingSeconds: Math.round((10 / WORDS_PER_MINUTE) * 60) });
  });

  test('one-word and multi-word fillers, counted', () => {
    expect(fillers('Um, so, basically, you know, I mean, I kind of want to, um, lead.')).toEqual({ um: 2, basically: 1, 'you know': 1, 'i mean': 1, 'kind of': 1 });
  });

  test('"like" only as a filler', () => {
    expect(fillers('I like the team, I would like to lead, and roles like this suit me.')).toEqual({});
    expect(fillers("It was, like, hard, and I'd, like, want to grow.")).toEqual({ like: 2 });
    expect(fillers('I billed, like, forty thousand, um, like, last quarter.')).toEqual({ like: 2, um: 1 });
  });

  test('"kind of", "right" and "I mean" carry meaning outside filler use', () => {
    expect(fillers('This is the kind of team I want, the right role, and I mean to stay.')).toEqual({});
    expect(fillers("That's the plan, right?")).toEqual({ right: 1 });
  });

  test('repeated phrases of three or more words, not made only of stop words', () => {
    const m = measure(tokenize('Golden paths matter to me. Golden paths matter to the team. I want to lead. I want to learn.'));
    expect(m.repeatedPhrases).toEqual([{ phrase: 'golden paths matter to', count: 2 }]);
  });

  test('linear on a large answer', () => {
    const text = 'In my first year I want to learn the routing system, um, and like, build a portfolio. '.repeat(12_000);
    const started = performance.now();
    const m = measure(tokenize(text));
    expect(m.fillers.find((f) => f.phrase === 'um')?.count).toBe(12_000);
    // Repetition is read over a bounded window: plenty to show the phrase, bounded work.
    expect(m.repeatedPhrases[0]?.count).toBeGreaterThan(100);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
