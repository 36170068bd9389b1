import { describe, expect, it } from 'vitest';
import type { PrepSheet } from './model.js';
import { renderPrepPdf, toWinAnsi } from './pdf.js';
import { readPdf } from './pdf-read.js';

const long = 'I will finish the SQL course this spring, automate the weekly report, and mentor the next analyst who joins. '.repeat(12);

const sheet: PrepSheet = {
  title: 'Prep sheet: Data analyst at Northwind Health',
  subtitle: 'Early career · Prepared 22 November 2026',
  sections: [
    { id: 'goals', heading: 'Goals and plan', empty: '', items: [{ label: 'Long-term goal', text: 'Lead a small analytics team (within five years)' }] },
    {
      id: 'answers',
      heading: 'Tailored answers',
      empty: '',
      items: [1, 2, 3, 4].map((i) => ({ label: `Question ${i} (score 7${i})`, text: long, long: true })),
    },
    { id: 'followups', heading: 'Follow-ups to prepare', empty: '', items: [{ text: 'Why that course — and why now?', bullet: true }] },
    { id: 'redflags', heading: 'Red flags to avoid', empty: 'None in these answers.', items: [] },
  ],
};

describe('renderPrepPdf', () => {
  it('makes a one-page PDF whose text reads back, even when the answers are long', async () => {
    const bytes = await renderPrepPdf(sheet, new Date('2026-11-22T12:00:00Z'));
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const { pages, lines } = await readPdf(bytes);
    expect(pages).toBe(1);
    const text = lines.join('\n');
    expect(text).toContain('Prep sheet: Data analyst at Northwind Health');
    expect(text).toContain('Red flags to avoid');
    expect(text).toContain('None in these answers.');
    expect(text).toContain('Why that course — and why now?');
    expect(text).toContain('Long-term goal: ');
  });

  it('draws text the standard font lacks without throwing', async () => {
    const bytes = await renderPrepPdf({ ...sheet, title: 'Prep sheet: Łódź → Kraków 🚀 naïve' });
    const { lines } = await readPdf(bytes);
    expect(lines[0]).toBe('Prep sheet: Lódz -> Kraków  naïve');
  });
});

describe('toWinAnsi', () => {
  it('keeps what the font has, maps arrows, strips accents it lacks and drops the rest', () => {
    const charset = new Set([...'abc ->'].map((c) => c.codePointAt(0)!));
    expect(toWinAnsi('a→b', charset)).toBe('a->b');
    expect(toWinAnsi('ćab🚀', charset)).toBe('cab');
  });
});
