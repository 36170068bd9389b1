/**
 * Lays the prep sheet out on one page. Pure (the text measure is passed in), so it is tested without a PDF.
 * It tries smaller type first, then shortens the long answers, and never spills onto a second page.
 */
import type { PrepItem, PrepSheet } from './model.js';

export type Measure = (text: string, size: number, bold: boolean) => number;

export interface Page {
  width: number;
  height: number;
  margin: number;
}

export interface Line {
  text: string;
  x: number;
  /** Baseline, measured from the top of the page (the renderer flips it for PDF). */
  y: number;
  size: number;
  bold: boolean;
  kind: 'title' | 'subtitle' | 'heading' | 'body';
  /** A bold lead-in drawn before `text` on the same line (an inline label, a bullet). */
  lead?: string;
}

export interface Layout {
  lines: Line[];
  size: number;
  /** How many answers were shortened to fit. */
  shortened: number;
  /** Lines that still did not fit (dropped); 0 unless the sheet is extreme. */
  dropped: number;
}

/** A4 in PDF points. */
export const A4: Page = { width: 595.28, height: 841.89, margin: 42 };

const SIZES = [10.5, 10, 9.5, 9, 8.5, 8, 7.5];
const INDENT = 14;
const LEADING = 1.3;

export function layoutSheet(sheet: PrepSheet, measure: Measure, page: Page = A4): Layout {
  const smallest = SIZES[SIZES.length - 1]!;
  for (const size of SIZES) {
    const lines = place(sheet, measure, page, size, Infinity);
    if (fits(lines, page)) return { lines, size, shortened: 0, dropped: 0 };
  }
  // Still too long at the smallest type: cap each answer's lines, fewer and fewer, until it fits.
  for (let cap = 12; cap >= 2; cap--) {
    const lines = place(sheet, measure, page, smallest, cap);
    if (fits(lines, page)) return { lines, size: smallest, shortened: countLong(sheet, measure, page, smallest, cap), dropped: 0 };
  }
  const lines = place(sheet, measure, page, smallest, 2);
  const kept = lines.filter((l) => l.y <= page.height - page.margin);
  return { lines: kept, size: smallest, shortened: countLong(sheet, measure, page, smallest, 2), dropped: lines.length - kept.length };
}

function fits(lines: Line[], page: Page): boolean {
  const last = lines[lines.length - 1];
  return !last || last.y <= page.height - page.margin;
}

function place(sheet: PrepSheet, measure: Measure, page: Page, size: number, answerCap: number): Line[] {
  const lines: Line[] = [];
  const width = page.width - page.margin * 2;
  let y = page.margin;
  const push = (text: string, x: number, lineSize: number, bold: boolean, kind: Line['kind']) => {
    y += lineSize * LEADING;
    lines.push({ text, x, y, size: lineSize, bold, kind });
  };

  for (const text of wrap(sheet.title, width, size * 1.7, true, measure)) push(text, page.margin, size * 1.7, true, 'title');
  for (const text of wrap(sheet.subtitle, width, size, false, measure)) push(text, page.margin, size, false, 'subtitle');

  for (const section of sheet.sections) {
    y += size * 0.8;
    push(section.heading, page.margin, size * 1.2, true, 'heading');
    y += size * 0.2;
    const items: PrepItem[] = section.items.length ? section.items : [{ text: section.empty }];
    for (const item of items) {
      const x = page.margin + (item.indent ?? 0) * INDENT;
      const itemWidth = width - (item.indent ?? 0) * INDENT;
      const bullet = item.bullet ? '• ' : '';
      if (item.long) {
        if (item.label) for (const text of wrap(item.label, itemWidth, size, true, measure)) push(text, x, size, true, 'body');
        let body = wrap(item.text, itemWidth, size, false, measure);
        if (body.length > answerCap) body = shorten(body, answerCap, itemWidth, size, measure);
        for (const text of body) push(text, x, size, false, 'body');
        y += size * 0.4;
        continue;
      }
      // A short item: the bold label (or bullet) leads the first line, the text wraps after it.
      const lead = `${bullet}${item.label ? `${item.label}: ` : ''}`;
      const leadWidth = lead ? measure(lead, size, true) : 0;
      const hang = bullet ? measure(bullet, size, true) : 0;
      const [head, remainder] = takeLine(item.text, itemWidth - leadWidth, size, measure);
      y += size * LEADING;
      lines.push({ text: head, x, y, size, bold: false, kind: 'body', ...(lead ? { lead } : {}) });
      for (const text of wrap(remainder, itemWidth - hang, size, false, measure)) push(text, x + hang, size, false, 'body');
    }
  }
  return lines;
}

function countLong(sheet: PrepSheet, measure: Measure, page: Page, size: number, cap: number): number {
  const width = page.width - page.margin * 2;
  return sheet.sections
    .flatMap((s) => s.items)
    .filter((i) => i.long && wrap(i.text, width - (i.indent ?? 0) * INDENT, size, false, measure).length > cap).length;
}

/** Keeps the first `cap` lines and ends the last with an ellipsis that still fits the width. */
function shorten(lines: string[], cap: number, width: number, size: number, measure: Measure): string[] {
  const kept = lines.slice(0, cap);
  let last = kept[cap - 1] ?? '';
  while (last && measure(`${last}…`, size, false) > width) last = last.replace(/\s*\S+$/, '');
  kept[cap - 1] = `${last.trimEnd()}…`;
  return kept;
}

/** The words that fit on one line of `width`, and the rest. */
function takeLine(text: string, width: number, size: number, measure: Measure): [string, string] {
  const words = text.split(/\s+/).filter(Boolean);
  let head = '';
  let i = 0;
  for (; i < words.length; i++) {
    const candidate = head ? `${head} ${words[i]}` : words[i]!;
    if (measure(candidate, size, false) > width) break;
    head = candidate;
  }
  return [head, words.slice(i).join(' ')];
}

/** Greedy word wrap; a word wider than the line is cut by characters. */
export function wrap(text: string, width: number, size: number, bold: boolean, measure: Measure): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\n+/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate, size, bold) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (measure(line, size, bold) > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && measure(line.slice(0, cut), size, bold) > width) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    if (line) lines.push(line);
  }
  return lines;
}
