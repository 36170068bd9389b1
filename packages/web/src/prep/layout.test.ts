import { describe, expect, it } from 'vitest';
import { A4, layoutSheet, wrap, type Measure } from './layout.js';
import type { PrepSheet } from './model.js';

/** Every character half the type size wide: simple, and close enough to Helvetica for layout. */
const measure: Measure = (text, size, bold) => text.length * size * (bold ? 0.55 : 0.5);
const bottom = A4.height - A4.margin;

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

function sheet(answers: number, answerWords: number): PrepSheet {
  return {
    title: 'Prep sheet: Data analyst at Northwind',
    subtitle: 'Early career · Prepared 22 November 2026',
    sections: [
      { id: 'goals', heading: 'Goals and plan', empty: 'none', items: [{ label: 'Long-term goal', text: 'Lead a small analytics team' }] },
      {
        id: 'answers',
        heading: 'Tailored answers',
        empty: 'none',
        items: Array.from({ length: answers }, (_, i) => ({ label: `Question ${i}`, text: words(answerWords), long: true })),
      },
      { id: 'followups', heading: 'Follow-ups to prepare', empty: 'none', items: [{ text: 'Why that course?', bullet: true }] },
      { id: 'redflags', heading: 'Red flags to avoid', empty: 'none', items: [] },
    ],
  };
}

describe('layoutSheet', () => {
  it('sets a short sheet in the largest type, whole', () => {
    const layout = layoutSheet(sheet(1, 80), measure);
    expect(layout.size).toBe(10.5);
    expect(layout.shortened).toBe(0);
    expect(layout.lines.at(-1)!.y).toBeLessThanOrEqual(bottom);
    expect(layout.lines.some((l) => l.text === 'none')).toBe(true);
  });

  it('uses smaller type before it shortens anything', () => {
    const layout = layoutSheet(sheet(3, 260), measure);
    expect(layout.size).toBeLessThan(10.5);
    expect(layout.shortened).toBe(0);
    expect(layout.lines.at(-1)!.y).toBeLessThanOrEqual(bottom);
  });

  it('shortens the answers, with an ellipsis, rather than spill onto a second page', () => {
    const layout = layoutSheet(sheet(6, 600), measure);
    expect(layout.shortened).toBeGreaterThan(0);
    expect(layout.dropped).toBe(0);
    expect(layout.lines.every((l) => l.y <= bottom)).toBe(true);
    expect(layout.lines.some((l) => l.text.endsWith('…'))).toBe(true);
    // Headings all survive the shortening.
    expect(layout.lines.filter((l) => l.kind === 'heading').map((l) => l.text)).toEqual([
      'Goals and plan',
      'Tailored answers',
      'Follow-ups to prepare',
      'Red flags to avoid',
    ]);
  });

  it('keeps every line inside the page width', () => {
    const layout = layoutSheet(sheet(2, 200), measure);
    for (const line of layout.lines) {
      const width = measure(line.lead ?? '', line.size, true) + measure(line.text, line.size, line.bold);
      expect(line.x + width).toBeLessThanOrEqual(A4.width - A4.margin + 0.001);
    }
  });

  it('puts a short item’s label and bullet in front of its first line', () => {
    const layout = layoutSheet(sheet(1, 10), measure);
    expect(layout.lines.find((l) => l.lead === 'Long-term goal: ')!.text).toBe('Lead a small analytics team');
    expect(layout.lines.find((l) => l.lead === '• ')!.text).toBe('Why that course?');
  });
});

describe('wrap', () => {
  it('breaks at spaces and cuts a word wider than the line', () => {
    expect(wrap('aa bb cc', 5 * 5, 10, false, measure)).toEqual(['aa bb', 'cc']);
    expect(wrap('abcdefghij', 4 * 5, 10, false, measure)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrap('one\n\ntwo', 100, 10, false, measure)).toEqual(['one', 'two']);
  });
});
