/**
 * Durations and dates in an answer that point forward: "within three months", "in my first
 * month", "first 90 days", "over the next two to three years", "by March 2027", "next year",
 * "long term", "down the line". Past spans ("two years ago", "the last three years",
 * "five years of experience") are left out: they are not goals.
 *
 * One pass over the tokens; each token is looked at a bounded number of times.
 */
import type { Doc, Token } from './tokenize.js';
import { memo, wordPositions } from './helpers.js';
import { phraseMatcherOf } from './tagged.js';
import { digitValue, readNumber, wordValue, table } from './numbers.js';

export interface Timeframe {
  start: number;
  end: number;
  /** Months from now the phrase points to (a best estimate). */
  months: number;
  /** 'duration': "in two years"; 'date': "by March 2027"; 'relative': "next year", "long term". */
  kind: 'duration' | 'date' | 'relative';
  /** True when a month or a day is named ("by March 2027", "on 1 June", "by June"): a date that exact can sound rigid. */
  exactDate: boolean;
  /** The nearest and farthest months a range or vague amount allows ("two to three years": 24–36). */
  minMonths?: number;
  maxMonths?: number;
}

/** The month the answer is judged from. The core reads no clock: callers that know today pass it. */
export interface Today {
  year: number;
  /** 1–12. */
  month: number;
}

/** Used when no date is given: the middle of the year the corpus and docs were written in. */
export const DEFAULT_TODAY: Today = { year: 2026, month: 6 };

const UNIT_MONTHS = table<number>({
  day: 1 / 30, days: 1 / 30,
  week: 12 / 52, weeks: 12 / 52,
  month: 1, months: 1, mo: 1, mos: 1,
  quarter: 3, quarters: 3,
  year: 12, years: 12, yr: 12, yrs: 12,
  decade: 120, decades: 120,
});

const MONTHS = table<number>({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
});
/** Month names that are also everyday words: only months when written with a capital and a date around them. */
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'jan', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'feb', 'apr']);

/** Ordinals before a unit count it: "my second year" ends two years on. ("first" is a forward word of its own.) */
const ORDINALS = table<number>({ second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 });
/** Words before a span that make it forward-looking. */
const FORWARD = new Set(['next', 'coming', 'following', 'upcoming', 'first', 'initial', 'opening']);
const PAST = new Set(['past', 'last', 'previous', 'prior', 'recent', 'preceding', 'those', 'these']);
/** Words that may sit between the lead-in and the number. */
const FILLERS = new Set(['the', 'end', 'start', 'beginning', 'middle', 'close', 'whole', 'entire', 'full', 'single', 'my', 'our', 'a', 'an', 'about', 'around', 'roughly', 'approximately', 'maybe', 'perhaps', 'just', 'another', 'further', 'additional', 'extra', 'more', 'than', 'less', 'under', 'at', 'least', 'most', 'max', 'only', 'probably', 'say', 'some', 'of']);
/** Words that make a bare duration a guess about the future: "probably ten years". */
const APPROXIMATORS = new Set(['probably', 'maybe', 'perhaps', 'roughly', 'likely', 'approximately']);
/** Fillers that only ever sit inside a lead-in, never at its start. */
const INNER = new Set(['of', 'than', 'more', 'least', 'most', 'max', 'say', 'end', 'start', 'beginning', 'middle', 'close', 'whole', 'entire', 'full', 'single']);
/** Lead-ins that point a duration forward on their own ("in two years", "within a year"). */
const LEADS_FORWARD = new Set(['in', 'within', 'inside', 'by', 'over', 'during', 'throughout', 'across']);
/** Lead-ins that do only in a sentence about the future ("after two years here I'd like…"). */
const LEADS_IF_FUTURE = new Set(['after', 'before', 'until', 'till', 'through', 'around']);

/** Words that mark a sentence as being about the future. */
const FUTURE = new Set([
  'will', "i'll", "we'll", "it'll", "that'll", "you'll", "i'd", "we'd", 'would', 'want', 'wants', 'hope', 'hoping', 'plan', 'plans', 'planning',
  'aim', 'aiming', 'aims', 'intend', 'intending', 'going', 'gonna', 'expect', 'expecting', 'envision', 'envisage', 'goal', 'goals',
  'aspire', 'aspiring', 'target', 'ambition', 'become', 'should', 'wish', 'picture', 'imagine', 'shall', 'eventually', 'could',
]);
const PAST_VERBS = new Set(['was', 'were', 'did', 'had', "i've", "we've", 'ago', 'spent', 'learnt', 'led', 'began', 'took', 'went', 'got', 'grew', 'made', 'became']);
/** Subjects after which a word ending in -ed is a past verb: "I moved", "we launched". */
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'he', 'she', 'they']);

/** Nouns after "five-year …" or "long-term …" that make it a horizon rather than a description. */
const HORIZON_NOUNS = new Set([
  'goal', 'goals', 'aim', 'aims', 'plan', 'plans', 'vision', 'horizon', 'ambition', 'ambitions', 'target', 'targets', 'objective',
  'objectives', 'aspiration', 'aspirations', 'career', 'view', 'future', 'direction', 'mark', 'point', 'picture', 'dream', 'hope', 'hopes',
  'path', 'trajectory', 'focus', 'priority', 'priorities', 'outlook', 'perspective', 'milestone',
]);

/** Routes of a fixed length, and the lead words that make their length a timeframe: "within my two-year training contract". */
const ROUTE_NOUNS = new Set(['contract', 'programme', 'program', 'scheme', 'apprenticeship', 'training', 'course', 'degree', 'rotation', 'placement', 'residency', 'fellowship', 'secondment', 'internship']);
const ROUTE_LEADS = new Set(['within', 'during', 'over', 'throughout', 'inside']);

interface RelativeValue {
  months: number;
  /** Where the phrase is an adjective ("long-term"), it must be used as a horizon. */
  horizon?: boolean;
}

const phrases = (list: string[], value: RelativeValue) => list.map((phrase) => ({ phrase, value }));

const RELATIVE = phraseMatcherOf<RelativeValue>([
  ...phrases(['long term', 'long-term', 'longer term', 'longer-term'], { months: 60, horizon: true }),
  ...phrases(['in the long run', 'over the long run', 'in the longer run'], { months: 60 }),
  ...phrases(['short term', 'short-term', 'shorter term', 'shorter-term', 'near term', 'near-term'], { months: 12, horizon: true }),
  ...phrases(['medium term', 'medium-term', 'mid term', 'mid-term', 'midterm'], { months: 36, horizon: true }),
  ...phrases(['in the near future', 'in the immediate future', 'in the short run'], { months: 12 }),
  ...phrases(['in the future', 'in future', 'in the years ahead', 'in years to come', 'in the years to come', 'at some point'], { months: 48 }),
  ...phrases(
    ['down the line', 'down the road', 'down the track', 'further down the line', 'further down the road', 'further down the track', 'later down the line', 'further out', 'further ahead', 'later on', 'later in my career', 'later in the career'],
    { months: 60 },
  ),
  ...phrases(['eventually', 'one day', 'someday', 'some day', 'one of these days'], { months: 72 }),
]);

export interface TimeframeOptions {
  today?: Today;
}

/**
 * Every forward-pointing duration and date in the document, in text order, none overlapping,
 * measured from `options.today`, else the document's own today, else DEFAULT_TODAY.
 */
export function findTimeframes(doc: Doc, options: TimeframeOptions = {}): Timeframe[] {
  // Several checks ask for the same document's timeframes: read them once (a copy each time, so no caller can spoil another's).
  if (!options.today) return timeframesOf(doc).map((t) => ({ ...t }));
  return scanTimeframes(doc, options.today);
}

const timeframesOf = memo((doc: Doc) => scanTimeframes(doc, doc.today ?? DEFAULT_TODAY));

function scanTimeframes(doc: Doc, today: Today): Timeframe[] {
  const { tokens } = doc;
  const tense = new SentenceTense(doc);
  const found: Span[] = [];
  let covered = 0; // tokens before this index are already part of a found span
  // Where the next unit word is ("years", "five-year"), so tokens far from any unit skip the duration check;
  // and which tokens may anchor a date. The shared scan found the time words; one table lookup each answers both.
  const { nextUnit, dateStarts, inside } = scratch(tokens.length);
  nextUnit[tokens.length] = -1;
  const timeWords = TIME_WORDS_AT(doc);
  for (let i = tokens.length - 1, w = timeWords.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    while (w >= 0 && timeWords[w]! > i) w--;
    const kind = timeWords[w] === i ? TIME_WORDS.get(t.norm)! : 0;
    nextUnit[i] = isUnit(t, kind) ? i : nextUnit[i + 1]!;
    dateStarts[i] = mayStartDate(t, kind) ? 1 : 0;
  }
  for (let i = 0; i < tokens.length; i++) {
    if (i < covered) continue;
    const unitNear = nextUnit[i]! >= 0 && nextUnit[i]! - i <= LEAD_IN_REACH;
    const span = (dateStarts[i] ? dateAt(tokens, i, today) : null) ?? (unitNear ? durationAt(tokens, i, tense) : null);
    if (span) {
      // A span found from a later anchor may start before `covered`: drop the overlap.
      if (found.length > 0 && span.first < covered) {
        if (span.first <= found[found.length - 1]!.first) found.pop();
        else continue;
      }
      found.push(span);
      covered = span.last;
      i = span.last - 1;
    }
  }
  // Tokens already inside a duration or date, so a relative phrase inside one is skipped in constant time.
  inside.fill(0, 0, tokens.length);
  for (const f of found) inside.fill(1, f.first, f.last);
  const isInside = (first: number, last: number) => {
    for (let j = first; j < last; j++) if (inside[j]) return true;
    return false;
  };
  const relative = RELATIVE.match(doc).filter((m) => !isInside(m.first, m.last) && relativeUse(tokens, m.first, m.last, m.value));
  for (const m of relative) found.push({ start: m.start, end: m.end, first: m.first, last: m.last, months: m.value.months, kind: 'relative', exactDate: false });
  found.sort((a, b) => a.start - b.start);
  return found.map(({ first: _f, last: _l, ...t }) => t);
}

type Span = Timeframe & { first: number; last: number };

/**
 * Per-token scratch arrays for one scan, reused (grown as needed) rather than allocated per answer:
 * three typed arrays per scan cost more than the loop that fills them. A scan never runs inside another.
 */
let SCRATCH = { nextUnit: new Int32Array(257), dateStarts: new Uint8Array(256), inside: new Uint8Array(256) };
function scratch(tokens: number): typeof SCRATCH {
  if (SCRATCH.dateStarts.length < tokens) {
    const size = tokens * 2;
    SCRATCH = { nextUnit: new Int32Array(size + 1), dateStarts: new Uint8Array(size), inside: new Uint8Array(size) };
  }
  return SCRATCH;
}

/** The farthest a unit word sits from where its phrase starts: "[within] the next two to three [years]". */
const LEAD_IN_REACH = 10;

/** The month each season is read as ending in ("by the summer": by July). */
const SEASONS = table<number>({ spring: 5, summer: 8, autumn: 11, fall: 11, winter: 2 });

/** What a word may be to a timeframe, as bits of TIME_WORDS: a unit ("years"), a month or season that may anchor a date. */
const UNIT_WORD = 1;
const DATE_WORD = 2;
const TIME_WORDS = new Map<string, number>();
for (const word of UNIT_MONTHS.keys()) TIME_WORDS.set(word, UNIT_WORD);
for (const word of [...MONTHS.keys(), ...SEASONS.keys()]) TIME_WORDS.set(word, (TIME_WORDS.get(word) ?? 0) | DATE_WORD);
const TIME_WORDS_AT = wordPositions(TIME_WORDS.keys());

/** Only a month, a season, a year or a quarter can anchor a date. `kind` is the word's TIME_WORDS bits. */
function mayStartDate(t: Token, kind: number): boolean {
  if (t.kind === 'number') return t.text.length === 4;
  return t.kind === 'word' && ((kind & DATE_WORD) !== 0 || (t.norm.length === 2 && t.norm.charCodeAt(0) === 113));
}

/** Is this token a unit word, as unitAt reads it? Only a word with a dash needs unitAt's closer look. */
function isUnit(t: Token, kind: number): boolean {
  return t.kind === 'word' && ((kind & UNIT_WORD) !== 0 || (t.norm.includes('-') && unitAt(t) !== undefined));
}
/** Words before a season that make it a date: "by next spring", "this autumn", "in the summer". */
const SEASON_LEADS = new Set(['by', 'this', 'next', 'the', 'in', 'until', 'before', 'over', 'during', 'coming']);

/** After "…, and long term", the aim itself: "to become…", "a sous chef post", "an agency of my own". */
const AIM_STARTS = new Set(['to', 'a', 'an']);
const SUBJECTS = new Set(['i', "i'd", "i'll", "i'm", 'my', 'we', "we'll", 'though', 'however', 'that', 'this', 'is', 'would', 'will', 'what']);
/** "one day" that is not "some day": "one day a week", "in one day". */
const ONE_DAY_AFTER = new Set(['a', 'per', 'each', 'every', 'off', 'of', 'or', 'to']);
const ONE_DAY_BEFORE = new Set(['in', 'on', 'from', 'since', 'first', 'that', 'the', 'every', 'each', 'for', 'than', 'within']);

/** Is this "long-term" a horizon ("my long-term goal", "long term, I want…") rather than "long-term clients"? */
function relativeUse(tokens: Token[], first: number, last: number, value: RelativeValue): boolean {
  const before = tokens[first - 1];
  const next = tokens[last];
  const sameSentence = (t: Token | undefined) => t !== undefined && t.sentence === tokens[first]!.sentence;
  if (sameSentence(before) && PAST.has(before!.norm)) return false;
  if (tokens[first]!.norm === 'one') {
    if (sameSentence(next) && ONE_DAY_AFTER.has(next!.norm)) return false;
    if (sameSentence(before) && ONE_DAY_BEFORE.has(before!.norm)) return false;
  }
  if (!value.horizon) return true;
  if (!sameSentence(next) || next!.kind === 'punct') return true;
  if (HORIZON_NOUNS.has(next!.norm)) return true;
  // "in the long term", "over the short term", "for the long term"
  const twoBefore = tokens[first - 2];
  if (sameSentence(before) && before!.norm === 'the' && sameSentence(twoBefore) && ['in', 'over', 'for', 'across'].includes(twoBefore!.norm)) return true;
  // "long term I want…": only at the head of a clause.
  // "…, and longer term to become engineering manager": the horizon heads an aim that shares the sentence's lead.
  const head = !sameSentence(before) || before!.kind === 'punct' || ['and', 'but', 'so', 'then', 'more'].includes(before!.norm);
  return head && (SUBJECTS.has(next!.norm) || (AIM_STARTS.has(next!.norm) && before?.norm === 'and'));
}

/** Whether sentences talk about the future or the past, decided once per sentence. */
class SentenceTense {
  private readonly cache = new Map<number, 'future' | 'past' | 'neutral'>();
  constructor(private readonly doc: Doc) {}

  firstToken(sentence: number): number {
    return this.doc.sentences[sentence]?.first ?? -1;
  }

  of(sentence: number): 'future' | 'past' | 'neutral' {
    let tense = this.cache.get(sentence);
    if (tense) return tense;
    const s = this.doc.sentences[sentence];
    let future = false;
    let past = false;
    for (let i = s?.first ?? 0; i < (s?.last ?? 0); i++) {
      const token = this.doc.tokens[i]!;
      if (FUTURE.has(token.norm)) future = true;
      else if (PAST_VERBS.has(token.norm)) past = true;
      else if (token.norm.endsWith('ed') && SUBJECT_PRONOUNS.has(this.doc.tokens[i - 1]?.norm ?? '')) past = true;
    }
    tense = future ? 'future' : past ? 'past' : 'neutral';
    this.cache.set(sentence, tense);
    return tense;
  }
}

const isYear = (token: Token | undefined): number | undefined => {
  const value = digitValue(token);
  return value !== undefined && token!.text.length === 4 && value >= 1950 && value <= 2100 ? value : undefined;
};

const monthAt = (token: Token | undefined): number | undefined => {
  if (!token || token.kind !== 'word') return undefined;
  const month = MONTHS.get(token.norm);
  if (month === undefined) return undefined;
  if (AMBIGUOUS_MONTHS.has(token.norm) || token.norm.length <= 3) {
    const code = token.text.charCodeAt(0);
    if (code < 65 || code > 90) return undefined;
  }
  return month;
};

const dayNumber = (token: Token | undefined): number | undefined => {
  if (!token || token.kind !== 'number') return undefined;
  const digits = ORDINAL_SUFFIXES.has(token.text.slice(-2).toLowerCase()) ? token.text.slice(0, -2) : token.text;
  if (digits.length === 0 || digits.length > 2) return undefined;
  const value = Number(digits);
  return Number.isInteger(value) && value >= 1 && value <= 31 ? value : undefined;
};

const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
const QUARTERS = table<number>({ q1: 1, q2: 2, q3: 3, q4: 4 });
const DATE_LEADS = new Set(['on', 'by', 'in', 'before', 'until', 'till', 'around', 'from', 'of', 'early', 'mid', 'late', 'during', 'end', 'start', 'through', 'within']);

/** Words that point a bare month name forward: "next April", "this September", "the coming May". */
const MONTH_POINTERS = new Set(['next', 'this', 'coming']);

/** "by March 2027", "1 June 2028", "June 1st, 2028", "by 2030", "in Q3 2027", "by June". */
function dateAt(tokens: Token[], i: number, today: Today): Span | null {
  const t = tokens[i]!;
  let first = i;
  let last = i + 1;
  let month: number | undefined;
  let year: number | undefined;
  let day = false;
  const season = SEASONS.get(t.norm);
  if (season !== undefined) {
    // "fall" is a season only after a date word: "by fall", not "fall into place".
    if (!SEASON_LEADS.has(tokens[i - 1]?.norm ?? '') || tokens[i - 1]!.sentence !== t.sentence) return null;
    const yearAfter = isYear(tokens[i + 1]);
    const seasonYear = yearAfter ?? (season <= today.month ? today.year + 1 : today.year);
    first = leadIn(tokens, i);
    if (['this', 'next', 'coming'].includes(tokens[i - 1]!.norm)) first = Math.min(first, leadIn(tokens, i - 1));
    last = yearAfter !== undefined ? i + 2 : i + 1;
    return { start: tokens[first]!.start, end: tokens[last - 1]!.end, first, last, months: Math.max(1, (seasonYear - today.year) * 12 + (season - today.month)), kind: 'date', exactDate: false };
  }
  const quarter = QUARTERS.get(t.norm);
  if (quarter !== undefined) {
    month = quarter * 3;
    year = isYear(tokens[i + 1]);
    if (year !== undefined) last = i + 2;
    else if (!DATE_LEADS.has(tokens[i - 1]?.norm ?? '')) return null;
  } else if ((month = monthAt(t)) !== undefined) {
    // Day before: "1 March", "the 1st of March"
    if (tokens[i - 1]?.norm === 'of' && dayNumber(tokens[i - 2]) !== undefined) {
      first = tokens[i - 3]?.norm === 'the' ? i - 3 : i - 2;
      day = true;
    } else if (dayNumber(tokens[i - 1]) !== undefined) {
      first = i - 1;
      day = true;
    }
    // Day after: "March 1st", "March 1, 2027"
    if (!day && dayNumber(tokens[last]) !== undefined && isYear(tokens[last]) === undefined) {
      last++;
      day = true;
    }
    if (tokens[last]?.norm === ',' && isYear(tokens[last + 1]) !== undefined) last++;
    if (tokens[last]?.norm === 'of' && isYear(tokens[last + 1]) !== undefined) last++;
    year = isYear(tokens[last]);
    if (year !== undefined) last++;
    // "by next April", "this September": a month pointed at by "next" or "this" is a date of its own.
    else if (!day && !DATE_LEADS.has(tokens[first - 1]?.norm ?? '') && !MONTH_POINTERS.has(tokens[first - 1]?.norm ?? '')) return null;
  } else {
    year = isYear(t);
    if (year === undefined) return null;
    const lead = tokens[i - 1]?.norm ?? '';
    if (!DATE_LEADS.has(lead) && lead !== '-') return null;
    if (year < today.year - (lead === 'by' ? 1 : 0)) return null;
  }
  if (year !== undefined && year < today.year - 1) return null;
  // Pull in the lead words: "by the end of", "in early", "before".
  first = leadIn(tokens, first);
  const y = year ?? (month !== undefined && month < today.month ? today.year + 1 : today.year);
  const m = month ?? 12;
  const months = Math.max(0, (y - today.year) * 12 + (m - today.month));
  return {
    start: tokens[first]!.start,
    end: tokens[last - 1]!.end,
    first,
    last,
    months,
    kind: 'date',
    exactDate: quarter === undefined && month !== undefined,
  };
}

/** Step back over "by the end of", "in early", "sometime before" to where a date phrase begins. */
function leadIn(tokens: Token[], first: number): number {
  const sentence = tokens[first]!.sentence;
  let at = first;
  for (let steps = 0; steps < 5 && at > 0; steps++) {
    const prev = tokens[at - 1]!;
    if (prev.sentence !== sentence) break;
    if (['end', 'start', 'beginning', 'middle', 'of', 'the', 'early', 'mid', 'late', '-', 'this', 'next', 'coming'].includes(prev.norm)) at--;
    else if (['on', 'by', 'in', 'before', 'until', 'till', 'around', 'during', 'within', 'from'].includes(prev.norm)) {
      at--;
      break;
    } else break;
  }
  // Never start on a bare "of" or "the" that leads nowhere.
  while (at < first && ['of', 'the', '-'].includes(tokens[at]!.norm)) at++;
  return at;
}

/** A unit word ("years") or a compound ("five-year", "90-day" split as 90 - day) and what it counts. */
function unitAt(token: Token | undefined): { months: number; count?: number; plural: boolean } | undefined {
  if (!token || token.kind !== 'word') return undefined;
  const months = UNIT_MONTHS.get(token.norm);
  if (months !== undefined) return { months, plural: token.norm.endsWith('s') };
  // "five-year", "two-year", "18-month" is split by the tokenizer; "year-and-a-half" is one word
  if (token.norm === 'year-and-a-half') return { months: 18, count: 1, plural: false };
  // Most words have no dash: indexOf is a fast builtin, lastIndexOf a much slower runtime call.
  const dash = token.norm.indexOf('-') < 0 ? -1 : token.norm.lastIndexOf('-');
  if (dash > 0) {
    const unit = UNIT_MONTHS.get(token.norm.slice(dash + 1));
    const count = wordValue(token.norm.slice(0, dash));
    if (unit !== undefined && count !== undefined) return { months: unit, count, plural: false };
  }
  return undefined;
}

/** Words after a duration that point it forward: "five years from now", "two years' time", "a year out". */
function forwardTail(tokens: Token[], at: number): number {
  const tail = tokens[at]?.norm;
  if (tail === 'from' && tokens[at + 1]?.norm === 'now') return 2;
  if ((tail === "'" || tail === '\u2019' || tail === "'s") && tokens[at + 1]?.norm === 'time') return 2;
  if (tail === 'time' || tail === 'ahead' || tail === 'out' || tail === 'hence' || tail === 'away') return 1;
  if (tail === 'down' && tokens[at + 1]?.norm === 'the' && ['line', 'road', 'track'].includes(tokens[at + 2]?.norm ?? '')) return 3;
  return 0;
}

const STRICT_FORWARD = ['next', 'coming', 'following', 'upcoming'];

/**
 * A duration that starts at token `i`: "in two years", "within the next 18 months", "first 90 days",
 * "a year or two", "five years from now", "next year", "by year three", "my five-year goal".
 */
function durationAt(tokens: Token[], i: number, tense: SentenceTense): Span | null {
  const sentence = tokens[i]!.sentence;
  const same = (j: number) => tokens[j] !== undefined && tokens[j]!.sentence === sentence;
  let lead: string | undefined;
  let forward = false;
  let strictForward = false;
  let number: ReturnType<typeof readNumber> = null;
  let thisPeriod = false;
  let approximate = false;
  let endOf = false;
  // The lead-in: a lead word, fillers, forward or past words, then a number; then the unit.
  let k = i;
  for (let steps = 0; steps < 7 && same(k); steps++) {
    const norm = tokens[k]!.norm;
    if (unitAt(tokens[k])) break;
    if (k === i && (LEADS_FORWARD.has(norm) || LEADS_IF_FUTURE.has(norm))) lead = norm;
    else if (FORWARD.has(norm)) {
      forward = true;
      if (STRICT_FORWARD.includes(norm)) strictForward = true;
    } else if (PAST.has(norm)) return null;
    else if (norm === 'this') thisPeriod = true;
    else if (APPROXIMATORS.has(norm)) approximate = true;
    else if (norm === 'end' || norm === 'close' || norm === 'middle') {
      endOf = true;
      k++;
      continue;
    }
    else if (ORDINALS.get(norm) !== undefined && unitAt(tokens[k + 1])) {
      // "by the end of my second year": the second year ends 24 months on.
      const value = ORDINALS.get(norm)!;
      number = { value, low: value, high: value, next: k + 1 };
      forward = true;
      k++;
      break;
    }
    else if (!FILLERS.has(norm) || norm === 'a' || norm === 'an' || norm === 'some') {
      number = readNumber(tokens, k);
      if (!number) return null;
      k = number.next;
      // "5+ years", "five or more years": at least that many.
      if (tokens[k]?.norm === '+') k++;
      else if (tokens[k]?.norm === 'or' && tokens[k + 1]?.norm === 'more') k += 2;
      // "18-month", "90-day"
      if (tokens[k]?.norm === '-' && unitAt(tokens[k + 1])) k++;
      break;
    }
    k++;
  }
  const unit = unitAt(tokens[k]);
  if (!unit || !same(k)) return null;
  // A phrase never starts inside a lead-in: "of my first year" is part of "by the end of my first year".
  if (k > i && INNER.has(tokens[i]!.norm)) return null;
  let count = unit.count ?? number?.value;
  let low = unit.count ?? number?.low;
  let high = unit.count ?? number?.high;
  let last = k + 1;
  // "by year three", "in month six"
  if (count === undefined && !unit.plural && lead) {
    const ordinal = yearOrdinal(tokens, k);
    if (ordinal) {
      count = low = high = ordinal.value;
      last = ordinal.next;
      forward = true;
    }
  }
  const after = tokens[last]?.norm;
  if (after === 'ago' || after === 'old' || after === 'running' || after === 'later') return null;
  if (after === 'of' && ['experience', 'work', 'working', 'study', 'studying', 'service', 'practice', 'being', 'it', 'university', 'college', 'school'].includes(tokens[last + 1]?.norm ?? '')) return null;
  if (after === 'and' && tokens[last + 1]?.norm === 'a' && tokens[last + 2]?.norm === 'half') {
    count = (count ?? 1) + 0.5;
    low = (low ?? 1) + 0.5;
    high = (high ?? 1) + 0.5;
    last += 3;
  } else if (after === 'or' && same(last + 1)) {
    // "a year or two", "six months or so"
    const more = tokens[last + 1]!.norm === 'so' ? null : readNumber(tokens, last + 1);
    if (more && more.value > (count ?? 1) && tokens[last + 1]!.norm !== 'a') {
      high = more.high;
      low = low ?? 1;
      last = more.next;
      if (unitAt(tokens[last])) last++;
    } else if (tokens[last + 1]!.norm === 'so') last += 2;
  }
  const tail = forwardTail(tokens, last);
  if (tail > 0) {
    forward = strictForward = true;
    last += tail;
  }
  // A compound "five-year" is a horizon only before a horizon noun: "my five-year goal", not "a two-year scheme".
  if (unit.count !== undefined && !number) {
    // "within my two-year training contract", "during the three-year programme": a route of that length bounds what is in it.
    const route = lead !== undefined && ROUTE_LEADS.has(lead) && [last, last + 1].some((j) => same(j) && ROUTE_NOUNS.has(tokens[j]!.norm));
    if (!HORIZON_NOUNS.has(tokens[last]?.norm ?? '') && !route) return null;
    forward = strictForward = true;
  }
  if (count === undefined) {
    // No number: "next year", "this year", "the first year", "the coming years", "within the year"
    // "by the end of the year", "by the end of the decade": a lead that counts to the end of one unit.
    if (!forward && lead !== 'within' && !(lead === 'by' && endOf) && !thisPeriod) return null;
    if (thisPeriod) count = low = high = 0.5;
    else if (unit.plural) [count, low, high] = [3, 2, 5];
    else count = low = high = 1;
  }
  const future = tense.of(sentence);
  const forwardByLead = lead !== undefined && LEADS_FORWARD.has(lead);
  // "Ten years is a long way off, but…": a horizon named as the subject of its sentence.
  // "I'm a graduate, so five years is a long way to see": the same at the head of a clause.
  const clauseHead = i === tense.firstToken(sentence) || (CLAUSE_HEADS.has(tokens[i - 1]?.norm ?? '') && tokens[i - 1]!.sentence === sentence);
  if (!lead && !forward && number && clauseHead && HORIZON_VERBS.has(tokens[last]?.norm ?? '')) forward = true;
  // "That's a long road, probably ten years": a guessed duration looks ahead unless the sentence is history.
  if (approximate && number && future !== 'past') forward = true;
  if (!forward && !thisPeriod && !forwardByLead && !(lead && future === 'future')) return null;
  // "in my first year at university I learned…": a sentence about the past is history unless it says "next".
  if (future === 'past' && !strictForward) return null;
  const span: Span = {
    start: tokens[i]!.start,
    end: tokens[last - 1]!.end,
    first: i,
    last,
    months: round(count * unit.months),
    kind: 'duration',
    exactDate: false,
  };
  if (low !== undefined && high !== undefined && (low !== count || high !== count)) {
    span.minMonths = round(low * unit.months);
    span.maxMonths = round(high * unit.months);
  }
  return span;
}

/** Verbs after a sentence-opening duration that make it the horizon being talked about. */
const HORIZON_VERBS = new Set(['is', "'s", 'feels', 'seems', 'sounds', 'would', 'will']);
const CLAUSE_HEADS = new Set(['so', 'but', 'and', ',', 'though', 'although']);

const round = (n: number) => Math.round(n * 100) / 100;

/** "year three", "year 2", "month six" after a unit word. */
function yearOrdinal(tokens: Token[], unitIndex: number): { value: number; next: number } | null {
  const unit = tokens[unitIndex];
  const next = tokens[unitIndex + 1];
  if (!unit || !next || next.sentence !== unit.sentence || !['year', 'month', 'week', 'quarter', 'day'].includes(unit.norm)) return null;
  const value = digitValue(next) ?? wordValue(next.norm);
  if (value === undefined || value < 1 || value > 12) return null;
  const lead = tokens[unitIndex - 1]?.norm;
  if (!lead || !['by', 'in', 'until', 'during', 'before', 'after', 'from', 'of', 'through', 'around'].includes(lead)) return null;
  return { value, next: unitIndex + 2 };
}
