/** Content words and their stems: what lets a goal and a target be seen to share words. */
import type { Doc } from '../text/tokenize.js';
import { VOCAB } from '../vocab/generated.js';

const STOPWORDS = new Set(VOCAB['goal-stopwords'].map((e) => e.phrase.toLowerCase()));

/** Suffixes stripped, longest first, so "managing", "manager" and "management" meet at "manag". */
const SUFFIXES = ['ational', 'ization', 'ations', 'ation', 'ments', 'ment', 'ships', 'ship', 'ities', 'ity', 'ings', 'ing', 'ers', 'er', 'ies', 'ied', 'ed', 'es', 's', 'ly'];

/** A light stem: enough to meet word forms, never shorter than three letters. */
export function stem(word: string): string {
  const lower = word.toLowerCase();
  for (const suffix of SUFFIXES) {
    if (lower.length - suffix.length >= 3 && lower.endsWith(suffix)) {
      const base = lower.slice(0, -suffix.length);
      // "ies"/"ied" → "y": "studies", "studied" → "study".
      if (suffix === 'ies' || suffix === 'ied') return `${base}y`;
      // "leads"/"lead" but not "class" → "clas".
      if (suffix === 's' && (base.endsWith('s') || base.endsWith('u') || base.endsWith('i'))) return lower;
      return base.replace(/e$/, '');
    }
  }
  return lower.replace(/e$/, '');
}

export function isStopword(norm: string): boolean {
  return STOPWORDS.has(norm);
}

export interface Term {
  stem: string;
  /** The word as written where it first appears. */
  word: string;
  /** Index of that token in the document. */
  index: number;
}

/** The content words of a document, one per stem, in order of first appearance. */
export function contentTerms(doc: Doc): Term[] {
  const seen = new Set<string>();
  const terms: Term[] = [];
  for (const [index, token] of doc.tokens.entries()) {
    if (token.kind !== 'word' || token.norm.length < 3 || STOPWORDS.has(token.norm)) continue;
    const s = stem(token.norm);
    if (seen.has(s)) continue;
    seen.add(s);
    terms.push({ stem: s, word: token.text, index });
  }
  return terms;
}
