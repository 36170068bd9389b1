import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { tokenize } from '../text/tokenize.js';
import { findTimeframes } from '../text/timeframes.js';
import { findQuantities } from '../text/quantities.js';
import { unrealisticClaims } from './realism.js';
import { hasConcreteAim, vagueAims } from './vagueness.js';
import { detectElements } from './elements.js';
import { buildContext } from './context.js';
import { measure } from './metrics.js';
import { EXPERIENCE_LEVELS } from '../types.js';

/** Words that stress the structure checks: numbers, units, dates, titles, hedges and punctuation. */
const PIECES = [
  'in', 'within', 'by', 'the', 'next', 'first', 'my', 'two', 'three', 'a', 'few', 'couple', 'of', 'to', 'or', 'years', 'year', 'months',
  'week', 'decade', 'March', 'May', 'June', '2027', '2030', '1st', 'Q3', 'spring', 'from', 'now', "'", 'time', 'ago', 'CEO', 'director',
  'Head', 'Senior', 'Manager', 'be', 'become', 'I', "I'd", "I'll", 'want', 'double', 'triple', '50%', '10x', '$2m', '£60,000', 'million',
  'zero', 'every', 'single', 'maybe', 'something', 'somehow', 'stuff', 'see', 'where', 'it', 'goes', 'um', 'like', ',', '.', '?', ':', '-',
  'long', 'term', 'long-term', 'eventually', 'one', 'day', 'course', 'shadow', 'complete', 'ACCA', 'chartered', 'fluent', 'Japanese',
  'team', 'of', '40', 'people', 'your', 'here', 'bring', '\n', '\u2019', '\ud800', '\u0000', '🚀',
];
const answer = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((words) => words.join(' '));
const anyText = fc.oneof(answer, fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }));

const inside = (text: string, start: number, end: number) => start >= 0 && end >= start && end <= text.length;

describe('structure checks on any input', () => {
  test('never throw, and every range points inside the text', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...EXPERIENCE_LEVELS), (text, experience) => {
        const doc = tokenize(text);
        const timeframes = findTimeframes(doc);
        for (const t of timeframes) {
          expect(inside(text, t.start, t.end)).toBe(true);
          expect(Number.isFinite(t.months) && t.months >= 0).toBe(true);
        }
        for (const q of findQuantities(doc)) expect(inside(text, q.start, q.end)).toBe(true);
        for (const c of unrealisticClaims(doc, timeframes, experience)) expect(inside(text, c.start, c.end)).toBe(true);
        for (const v of vagueAims(doc)) expect(inside(text, v.start, v.end)).toBe(true);
        expect(typeof hasConcreteAim(doc)).toBe('boolean');
        const elements = detectElements(doc, buildContext(doc, { answer: text, experience }));
        for (const e of Object.values(elements)) for (const [s, end] of e.evidence) expect(inside(text, s, end)).toBe(true);
        const m = measure(doc);
        expect(m.words).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300, seed: 20261122 },
    );
  });

  test('stay fast on long repetitive input built from the same pieces', () => {
    const text = PIECES.join(' ').repeat(400);
    const started = performance.now();
    const doc = tokenize(text);
    unrealisticClaims(doc, findTimeframes(doc), 'graduate');
    vagueAims(doc);
    measure(doc);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
