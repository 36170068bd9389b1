/**
 * Reading a number where it starts in a document: digits ("18", "1.5", "1,000"), words
 * ("two", "eighteen", "twenty-five", "twenty five"), vague amounts ("a couple of", "a few")
 * and ranges ("two to three", "2-3", "one or two"). Token-based, constant work per call.
 */
import type { Token } from './tokenize.js';

export interface NumberRead {
  /** The best single estimate (a range's midpoint). */
  value: number;
  low: number;
  high: number;
  /** Token index just past the number. */
  next: number;
}

/** A lookup by word that knows nothing of Object's own keys ("constructor" is not a number). */
export const table = <V>(entries: Record<string, V>): ReadonlyMap<string, V> => new Map(Object.entries(entries));

const UNITS = table<number>({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
});
const TENS = table<number>({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 });
const SCALES = table<number>({ hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 });

/** Vague amounts and what they most likely mean: [estimate, low, high]. */
const VAGUE = table<[number, number, number]>({
  couple: [2, 2, 2],
  few: [3, 2, 4],
  several: [4, 3, 5],
  handful: [4, 3, 5],
  dozen: [12, 12, 12],
});

/** Words a number may start with, in one set: most words start none, and one lookup says so. */
export const NUMBER_START_WORDS: ReadonlySet<string> = new Set(['a', 'an', ...UNITS.keys(), ...TENS.keys(), ...VAGUE.keys()]);

const RANGE_JOINERS = new Set(['to', 'or', '-', '–', '—', 'and']);

/** The value of one number word ("seven", "twenty-five"), or undefined. */
export function wordValue(norm: string): number | undefined {
  if (UNITS.has(norm)) return UNITS.get(norm);
  if (TENS.has(norm)) return TENS.get(norm);
  const dash = norm.indexOf('-');
  if (dash > 0) {
    const tens = TENS.get(norm.slice(0, dash));
    const unit = UNITS.get(norm.slice(dash + 1));
    if (tens !== undefined && unit !== undefined && unit > 0 && unit < 10) return tens + unit;
  }
  return undefined;
}

/** "1,500" read as 1500; most numbers have no comma, so most pay nothing. */
export const withoutCommas = (text: string) => (text.includes(',') ? text.replaceAll(',', '') : text);

/** The value of a plain digit token ("18", "1,000", "1.5"); undefined for anything with a suffix. */
export function digitValue(token: Token | undefined): number | undefined {
  if (!token || token.kind !== 'number') return undefined;
  const code = token.text.charCodeAt(0);
  if (code < 48 || code > 57) return undefined;
  const last = token.text.charCodeAt(token.text.length - 1);
  if (last < 48 || last > 57) return undefined;
  const value = Number(withoutCommas(token.text));
  return Number.isFinite(value) ? value : undefined;
}

/** A single number (no range) at `i`. */
function single(tokens: Token[], i: number): NumberRead | null {
  const t = tokens[i];
  if (!t) return null;
  const digits = digitValue(t);
  if (digits !== undefined) return { value: digits, low: digits, high: digits, next: i + 1 };
  const norm = t.norm;
  // "a couple of", "a few", "several", "a handful of", "a dozen"
  const article = norm === 'a' || norm === 'an';
  const vagueAt = article ? i + 1 : i;
  const vague = VAGUE.get(tokens[vagueAt]?.norm ?? '');
  // "few" without "a" ("next few years") reads as a small number too.
  if (vague && tokens[vagueAt]!.sentence === t.sentence) {
    let next = vagueAt + 1;
    if (tokens[next]?.norm === 'of') next++;
    return { value: vague[0], low: vague[1], high: vague[2], next };
  }
  if (article) {
    // "a year", "an hour"; "a hundred", "a million"
    const scale = SCALES.get(tokens[i + 1]?.norm ?? '');
    if (scale) return { value: scale, low: scale, high: scale, next: i + 2 };
    return { value: 1, low: 1, high: 1, next: i + 1 };
  }
  let value = wordValue(norm);
  if (value === undefined) return null;
  let next = i + 1;
  // "twenty five"
  if (value >= 20 && value % 10 === 0 && value < 100) {
    const unit = UNITS.get(tokens[next]?.norm ?? '');
    if (unit !== undefined && unit > 0 && unit < 10) {
      value += unit;
      next++;
    }
  }
  return { value, low: value, high: value, next };
}

/** Could a number start at this token? A cheap test that lets scanners skip most words. */
export function mayStartNumber(token: Token | undefined): boolean {
  if (!token) return false;
  if (token.kind === 'number') return true;
  if (token.kind !== 'word') return false;
  return NUMBER_START_WORDS.has(token.norm) || isTensCompound(token.norm);
}

/** "twenty-five", "thirty-something": a word whose head is a tens word. */
export function isTensCompound(norm: string): boolean {
  const dash = norm.indexOf('-');
  return dash > 0 && TENS.has(norm.slice(0, dash));
}

/** A number or a range of numbers at token `i`, with "and a half" folded in; null when none starts there. */
export function readNumber(tokens: Token[], i: number): NumberRead | null {
  if (!mayStartNumber(tokens[i])) return null;
  const first = single(tokens, i);
  if (!first) return null;
  let read = first;
  // "one and a half", "two and a half"
  if (tokens[read.next]?.norm === 'and' && tokens[read.next + 1]?.norm === 'a' && tokens[read.next + 2]?.norm === 'half') {
    read = { value: read.value + 0.5, low: read.low + 0.5, high: read.high + 0.5, next: read.next + 3 };
  }
  // Ranges: "two to three", "2-3", "one or two". "and" only joins ranges of digits written as words after "between".
  const joiner = tokens[read.next];
  if (joiner && RANGE_JOINERS.has(joiner.norm) && joiner.norm !== 'and' && tokens[i]!.norm !== 'a' && tokens[i]!.norm !== 'an') {
    const second = single(tokens, read.next + 1);
    const secondToken = tokens[read.next + 1]!;
    if (second && secondToken && secondToken.norm !== 'a' && secondToken.norm !== 'an' && second.value > read.value && secondToken.sentence === joiner.sentence) {
      return { value: (read.low + second.high) / 2, low: read.low, high: second.high, next: second.next };
    }
  }
  return read;
}
