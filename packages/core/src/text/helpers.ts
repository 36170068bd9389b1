/** Small questions rules ask of a document. */
import type { Doc } from './tokenize.js';

const NEGATORS = new Set(['not', 'no', 'never', 'nor', 'without', 'neither', 'hardly', 'rather', 'instead']);

/** Is the token at `index` negated by a negator shortly before it in the same sentence? */
export function isNegated(doc: Doc, index: number, window = 4): boolean {
  const token = doc.tokens[index];
  if (!token) return false;
  for (let i = index - 1; i >= 0 && i >= index - window; i--) {
    const t = doc.tokens[i]!;
    if (t.sentence !== token.sentence) break;
    if (NEGATORS.has(t.norm) || t.norm.endsWith("n't")) return true;
  }
  return false;
}

/** The range of the whole answer without its surrounding space: where flags about something missing point. */
export function wholeAnswer(doc: Doc): { start: number; end: number } {
  const first = doc.tokens[0];
  const last = doc.tokens[doc.tokens.length - 1];
  return first && last ? { start: first.start, end: last.end } : { start: 0, end: doc.text.length };
}

/** The sentence that holds token `index`, as [start, end) offsets. */
export function sentenceRange(doc: Doc, index: number): { start: number; end: number } {
  const s = doc.sentences[doc.tokens[index]?.sentence ?? -1];
  return s ? { start: s.start, end: s.end } : { start: 0, end: 0 };
}
