/**
 * A small, linear-time tokenizer and sentence splitter. Written by hand rather than with
 * regular expressions so that any input (1 MB, control characters, lone surrogates, RTL
 * script) is scanned once, with no backtracking.
 */
import { normalizeWord } from './normalize.js';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  /** The text as written. */
  text: string;
  /** Lower-cased, curly apostrophes straightened, British spelling mapped to American. */
  norm: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Index of the sentence holding this token. */
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token indices [first, last). */
  first: number;
  last: number;
}

export interface Doc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Number of word and number tokens. */
  wordCount: number;
  /** The month the text is read from ("by 2028" is so many months away), when the caller knows it. */
  today?: { year: number; month: number };
  /**
   * What rules work out once per document under keys of their own (the shared scan, field aims; text/helpers.ts
   * `memoTable`). A field of the document, not a WeakMap keyed by it: weak entries cost every young-generation collection.
   */
  memo?: Map<unknown, unknown>;
  /** The answers of text/helpers.ts `memo` functions, one slot each. */
  memoSlots?: unknown[];
}

const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'mr', 'mrs', 'ms', 'dr', 'prof', 'vs', 'inc', 'ltd', 'co', 'st', 'no', 'jr', 'sr', 'approx']);

const letterCache = new Map<number, boolean>();
const LETTER = /[\p{L}\p{M}]/u;

function isLetter(code: number, text: string, i: number): boolean {
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return true;
  if (code < 128) return false;
  // Surrogate pairs: letters outside the BMP are rare; treat the pair as a letter only if it is one.
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return LETTER.test(text.slice(i, i + 2));
    return false;
  }
  if (code >= 0xdc00 && code <= 0xdfff) return false;
  let known = letterCache.get(code);
  if (known === undefined) {
    known = LETTER.test(String.fromCharCode(code));
    letterCache.set(code, known);
  }
  return known;
}

const isDigit = (code: number) => code >= 48 && code <= 57;
const isApostrophe = (code: number) => code === 39 || code === 0x2019;
const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11 || code === 0xa0;
const isSentenceEnd = (code: number) => code === 46 || code === 33 || code === 63;

/** Split text into tokens and sentences in one pass. */
export function tokenize(text: string): Doc {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentence = 0;
  let sentenceStart = -1;
  let sentenceFirst = 0;
  let wordCount = 0;
  const n = text.length;

  const closeSentence = (end: number) => {
    if (tokens.length > sentenceFirst) {
      sentences.push({ start: sentenceStart, end, first: sentenceFirst, last: tokens.length });
      sentence++;
    }
    sentenceFirst = tokens.length;
    sentenceStart = -1;
  };
  const push = (start: number, end: number, kind: TokenKind) => {
    const raw = text.slice(start, end);
    if (sentenceStart < 0) sentenceStart = start;
    tokens.push({ text: raw, norm: kind === 'punct' ? raw : normalizeWord(raw), start, end, kind, sentence });
    if (kind !== 'punct') wordCount++;
  };

  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      // A blank line, or a line break after a line, ends a sentence: bullet lists and paragraphs.
      if (code === 10 && tokens.length > sentenceFirst) {
        const last = tokens[tokens.length - 1]!;
        if (last.kind !== 'punct' || !isSentenceEnd(last.text.charCodeAt(0))) closeSentence(last.end);
      }
      i++;
      continue;
    }
    if (isLetter(code, text, i)) {
      const start = i;
      i += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (isLetter(c, text, i)) i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
        else if (isDigit(c)) i++;
        // Inner apostrophes and hyphens keep a word whole: don't, year-end, e-mail.
        else if ((isApostrophe(c) || c === 45) && i + 1 < n && isLetter(text.charCodeAt(i + 1), text, i + 1)) i++;
        // Dotted abbreviations: e.g, i.e
        else if (c === 46 && i + 1 < n && isLetter(text.charCodeAt(i + 1), text, i + 1) && i + 2 <= n && (i + 2 === n || text.charCodeAt(i + 2) === 46) && i - start === 1) i++;
        else break;
      }
      push(start, i, 'word');
      continue;
    }
    if (isDigit(code) || ((code === 36 || code === 0xa3 || code === 0x20ac) && isDigit(text.charCodeAt(i + 1)))) {
      // Numbers with separators, currency and suffixes: 1,000 3.5 50% $80k 2x 90-day
      const start = i;
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (isDigit(c)) i++;
        else if ((c === 44 || c === 46) && isDigit(text.charCodeAt(i + 1))) i++;
        else break;
      }
      if (i < n && text.charCodeAt(i) === 37) i++;
      else {
        // A short letter suffix: k, m, bn, x, st, nd, rd, th, s (1990s)
        let j = i;
        while (j < n && j - i < 2 && isLetter(text.charCodeAt(j), text, j) && text.charCodeAt(j) < 128) j++;
        if (j > i && (j === n || !isLetter(text.charCodeAt(j), text, j))) i = j;
      }
      push(start, i, 'number');
      continue;
    }
    // Anything else is one punctuation or symbol token: a code point, never half a surrogate pair.
    const start = i;
    i += code >= 0xd800 && code <= 0xdbff && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff ? 2 : 1;
    if (code < 32 || code === 0x7f) continue; // control characters carry nothing
    push(start, i, 'punct');
    if (isSentenceEnd(code)) {
      const before = tokens[tokens.length - 2];
      const abbreviation = code === 46 && before !== undefined && before.end === start && before.kind === 'word' && ABBREVIATIONS.has(before.norm);
      // Runs like "?!" and "..." end one sentence, at their last mark.
      const next = text.charCodeAt(i);
      if (!abbreviation && !isSentenceEnd(next)) {
        // Closing quotes and brackets belong to the sentence they close.
        while (i < n && (text.charCodeAt(i) === 34 || text.charCodeAt(i) === 41 || text.charCodeAt(i) === 0x201d || text.charCodeAt(i) === 0x2019)) {
          push(i, i + 1, 'punct');
          i++;
        }
        closeSentence(i);
      }
    }
  }
  if (tokens.length > sentenceFirst) closeSentence(tokens[tokens.length - 1]!.end);
  return { text, tokens, sentences, wordCount, today: undefined, memo: undefined, memoSlots: undefined };
}

/** The index of the token that holds or follows `offset`, by binary search. */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
