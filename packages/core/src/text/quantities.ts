/**
 * The amounts a realism check needs: percentages ("50%", "thirty per cent"), multipliers
 * ("double", "triple", "10x", "tenfold", "three times more"), money ("$2m", "£500k",
 * "a million dollars", "2 million in revenue") and counts ("20 clients", "a team of 50").
 * One pass over the tokens.
 */
import type { Doc, Token } from './tokenize.js';
import { wordPositions } from './helpers.js';
import { NUMBER_START_WORDS, digitValue, isTensCompound, readNumber, wordValue, withoutCommas, table } from './numbers.js';

export type QuantityKind = 'percent' | 'multiplier' | 'money' | 'count';

export interface Quantity {
  kind: QuantityKind;
  /** The amount: 50 for "50%", 2 for "double", 2000000 for "$2m", 20 for "20 clients". A range gives its top. */
  value: number;
  /** For counts, the thing counted ("clients"); for money, the currency when named. */
  unit?: string;
  start: number;
  end: number;
  /** Token indices [first, last). */
  first: number;
  last: number;
}

const MULTIPLIER_WORDS = table<number>({
  double: 2, doubled: 2, doubling: 2, doubles: 2,
  triple: 3, tripled: 3, tripling: 3, triples: 3, treble: 3, trebled: 3, trebling: 3,
  quadruple: 4, quadrupled: 4, quadrupling: 4,
});
/** "double check", "double down": not an amount. */
const NOT_MULTIPLIED = new Set(['check', 'checking', 'checked', 'down', 'major', 'degree', 'shift', 'shifts', 'room', 'digits', 'edged']);
const COMPARATIVES = new Set(['more', 'bigger', 'larger', 'higher', 'greater', 'faster', 'over', 'as', 'the', 'what', 'that']);
const SCALE = table<number>({ thousand: 1e3, k: 1e3, grand: 1e3, million: 1e6, m: 1e6, mn: 1e6, mil: 1e6, billion: 1e9, bn: 1e9, b: 1e9 });
const CURRENCY_WORDS = table<string>({
  dollar: 'USD', dollars: 'USD', usd: 'USD', bucks: 'USD', pound: 'GBP', pounds: 'GBP', gbp: 'GBP', quid: 'GBP',
  euro: 'EUR', euros: 'EUR', eur: 'EUR',
});
const CURRENCY_SIGNS = table<string>({ $: 'USD', '£': 'GBP', '€': 'EUR' });
/** Words after a bare "two million" that make it money. */
const MONEY_CONTEXT = new Set(['revenue', 'revenues', 'sales', 'turnover', 'profit', 'profits', 'arr', 'mrr', 'income', 'savings', 'pipeline', 'funding', 'budget', 'bookings', 'deals', 'business']);
const TIME_UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades', 'quarter', 'quarters', 'hour', 'hours', 'minute', 'minutes', 'yr', 'yrs', 'mo']);

/** Where the words that may start a quantity are (number words and multiples): the shared scan finds them. */
const QUANTITY_START_AT = wordPositions([...NUMBER_START_WORDS, ...MULTIPLIER_WORDS.keys()]);

const isDigitOrSeparator = (code: number) => (code >= 48 && code <= 57) || code === 44 || code === 46;

/** A plural noun that can be counted: "clients", "people"; not "years" or "times". */
const isCountNoun = (token: Token | undefined) =>
  token !== undefined && token.kind === 'word' && !TIME_UNITS.has(token.norm) && token.norm !== 'times' && (token.norm.endsWith('s') || token.norm === 'people' || token.norm === 'staff' || token.norm === 'headcount');

/** A number token with a sign or suffix: "$1.5m", "£80k", "10x", "50%". */
function parseSuffixed(token: Token): { value: number; sign?: string; suffix: string } | undefined {
  if (token.kind !== 'number') return undefined;
  let text = token.text;
  const sign = CURRENCY_SIGNS.get(text[0]!);
  if (sign) text = text.slice(1);
  let digitsEnd = 0;
  while (digitsEnd < text.length && isDigitOrSeparator(text.charCodeAt(digitsEnd))) digitsEnd++;
  const value = Number(withoutCommas(text.slice(0, digitsEnd)));
  if (!Number.isFinite(value) || digitsEnd === 0) return undefined;
  return { value, sign, suffix: text.slice(digitsEnd).toLowerCase() };
}

/** Every quantity in the document, in text order, none overlapping. */
export function findQuantities(doc: Doc): Quantity[] {
  const { tokens } = doc;
  const out: Quantity[] = [];
  const push = (kind: QuantityKind, value: number, first: number, last: number, unit?: string) => {
    out.push({ kind, value, unit, start: tokens[first]!.start, end: tokens[last - 1]!.end, first, last });
    return last;
  };
  const starts = QUANTITY_START_AT(doc);
  for (let i = 0, s = 0; i < tokens.length; ) {
    while (s < starts.length && starts[s]! < i) s++;
    const t = tokens[i]!;
    // Most words start no quantity: only numbers, number words and the few words that name a multiple.
    const mayStart = t.kind === 'number' || (t.kind === 'word' && (starts[s] === i || isTensCompound(t.norm) || t.norm.endsWith('fold')));
    i = (mayStart ? quantityAt(tokens, i, push) : undefined) ?? i + 1;
  }
  return out;
}

type Push = (kind: QuantityKind, value: number, first: number, last: number, unit?: string) => number;

/** The quantity starting at `i` (a token that may start one), pushed; returns the index after it, or undefined when none starts here. */
function quantityAt(tokens: Token[], i: number, push: Push): number | undefined {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const sameSentence = (j: number) => tokens[j] !== undefined && tokens[j]!.sentence === t.sentence;
  // Multiplier words: "double revenue", "tripling the pipeline"
  const multiplier = MULTIPLIER_WORDS.get(t.norm);
  if (multiplier !== undefined) {
    if (sameSentence(i + 1) && NOT_MULTIPLIED.has(next!.norm)) return undefined;
    return push('multiplier', multiplier, i, i + 1);
  }
  // "tenfold", "ten-fold", "3-fold"
  if (t.kind === 'word' && t.norm.endsWith('fold') && t.norm.length > 4) {
    const head = t.norm.slice(0, t.norm.endsWith('-fold') ? -5 : -4);
    const value = wordValue(head) ?? (Number(head) || undefined);
    if (value !== undefined && value >= 2) return push('multiplier', value, i, i + 1);
  }
  if (t.kind === 'number') {
    const parsed = parseSuffixed(t);
    if (parsed) {
      // A range written "20-30%": the "20" is read with its top.
      if (parsed.suffix === '' && !parsed.sign && tokens[i + 1]?.norm === '-' && tokens[i + 2]?.text.endsWith('%')) {
        const top = parseSuffixed(tokens[i + 2]!);
        if (top) return push('percent', top.value, i, i + 3);
      }
      if (parsed.suffix === '%') return push('percent', parsed.value, i, i + 1);
      if (parsed.suffix === 'x' && !parsed.sign) return push('multiplier', parsed.value, i, i + 1);
      if (parsed.sign || (parsed.suffix && SCALE.get(parsed.suffix) !== undefined && sameSentence(i + 1) && (CURRENCY_WORDS.get(next!.norm) || MONEY_CONTEXT.has(next!.norm)))) {
        let value = parsed.value * (SCALE.get(parsed.suffix) ?? 1);
        let last = i + 1;
        const scale = SCALE.get(tokens[last]?.norm ?? '');
        if (scale !== undefined && sameSentence(last) && parsed.suffix === '') {
          value *= scale;
          last++;
        }
        if (sameSentence(last) && CURRENCY_WORDS.get(tokens[last]!.norm)) last++;
        return push('money', value, i, last, parsed.sign);
      }
    }
  }
  // Numbers in digits or words: percent, "N times more", money words, counts.
  if (t.norm === 'a' || t.norm === 'an') {
    // Only "a million dollars", "a hundred clients": "a" alone is no amount.
    if (!SCALE.get(next?.norm ?? '') && next?.norm !== 'hundred') return undefined;
  }
  const digits = digitValue(t);
  if (digits !== undefined && t.text.length === 4 && digits >= 1950 && digits <= 2100) return undefined; // a year
  const number = readNumber(tokens, i);
  if (!number || !sameSentence(number.next - 1)) return undefined;
  let value = number.high;
  let at = number.next;
  const scale = SCALE.get(tokens[at]?.norm ?? '');
  if (scale !== undefined && sameSentence(at) && (tokens[at]!.norm.length > 1 || digits !== undefined)) {
    value *= scale;
    at++;
  }
  // "a team of 50": the thing counted comes before.
  if (tokens[i - 1]?.norm === 'of' && tokens[i - 2] && sameSentence(i - 2) && ['team', 'group', 'department', 'unit', 'staff', 'org', 'organization'].includes(tokens[i - 2]!.norm)) {
    return push('count', value, i, at + (isCountNoun(tokens[at]) && sameSentence(at) ? 1 : 0), tokens[i - 2]!.norm);
  }
  const after = tokens[at];
  if (!after || !sameSentence(at)) return undefined;
  if (after.norm === 'percent' || after.norm === '%' || after.norm === 'pc') return push('percent', value, i, at + 1);
  if (after.norm === 'per' && tokens[at + 1]?.norm === 'cent') return push('percent', value, i, at + 2);
  if (after.norm === 'times' && COMPARATIVES.has(tokens[at + 1]?.norm ?? '') && sameSentence(at + 1)) return push('multiplier', value, i, at + 1);
  if (CURRENCY_WORDS.get(after.norm)) return push('money', value, i, at + 1, CURRENCY_WORDS.get(after.norm));
  if (scale !== undefined && (MONEY_CONTEXT.has(after.norm) || (after.norm === 'in' && MONEY_CONTEXT.has(tokens[at + 1]?.norm ?? '')))) return push('money', value, i, at);
  // A count: a number before a plural noun that is not a unit of time ("20 clients", "five people").
  if (isCountNoun(after) && t.norm !== 'a' && t.norm !== 'an') {
    return push('count', value, i, at + 1, after.norm);
  }
  return undefined;
}
