import { describe, expect, it } from 'vitest';
import type { Flag } from '@trajectory/core';
import { isWholeAnswerFlag, mergeRanges, quote, segment } from './highlight.js';

const flag = (id: Flag['id'], start: number, end: number, severity: Flag['severity'] = 'moderate'): Flag => ({
  id,
  severity,
  start,
  end,
  line: 1,
  column: start + 1,
  text: '',
  message: `${id} message`,
  suggestion: `${id} fix`,
});

describe('segment', () => {
  const text = 'I am a team player who wants the salary.';

  it('cuts the text at every flag boundary and keeps every character once', () => {
    const segments = segment(text, [flag('cliche', 7, 18, 'minor'), flag('money_focus', 33, 39, 'serious')]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    const marked = segments.filter((s) => s.flags.length > 0);
    expect(marked.map((s) => s.text)).toEqual(['team player', 'salary']);
    expect(marked[1]!.flags[0]!.id).toBe('money_focus');
  });

  it('lists overlapping flags on the shared run, most severe first', () => {
    const segments = segment(text, [flag('cliche', 7, 18, 'minor'), flag('unclear', 12, 25, 'serious')]);
    const shared = segments.find((s) => s.text === 'player')!;
    expect(shared.flags.map((f) => f.id)).toEqual(['unclear', 'cliche']);
    expect(segments.find((s) => s.text === 'team ')!.flags.map((f) => f.id)).toEqual(['cliche']);
  });

  it('leaves flags about the whole answer out of the inline marks', () => {
    const segments = segment(text, [flag('no_plan', 0, text.length), flag('no_short_term', 0, 0)]);
    expect(segments).toHaveLength(1);
    expect(segments[0]!.flags).toEqual([]);
    expect(isWholeAnswerFlag(flag('no_plan', 0, text.length), text.length)).toBe(true);
    expect(isWholeAnswerFlag(flag('cliche', 7, 18), text.length)).toBe(false);
  });

  it('marks evidence ranges and clamps ranges that run past the text', () => {
    const segments = segment(text, [flag('money_focus', 33, 500)], [[0, 4]]);
    expect(segments.find((s) => s.evidence)!.text).toBe('I am');
    expect(segments[segments.length - 1]!.text).toBe('salary.');
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });
});

describe('quote', () => {
  it('collapses whitespace and shortens long quotes with an ellipsis', () => {
    expect(quote('one\n two   three', [0, 16])).toBe('one two three');
    expect(quote('a'.repeat(200), [0, 200], 20)).toHaveLength(20);
    expect(quote('a'.repeat(200), [0, 200], 20).endsWith('…')).toBe(true);
  });
});

describe('mergeRanges', () => {
  it('joins words that only a space or comma separates, and keeps distant phrases apart', () => {
    const text = 'earn the Power BI certification, then lead a team';
    const ranges: [number, number][] = [
      [9, 14],
      [15, 17],
      [18, 31],
      [38, 42],
    ];
    expect(mergeRanges(text, ranges).map(([s, e]) => text.slice(s, e))).toEqual(['Power BI certification', 'lead']);
    expect(mergeRanges(text, [[5, 5]])).toEqual([]);
  });
});
