/**
 * Is a claim within reach for its timeframe and the speaker's level? One implementation,
 * used by the `unrealistic` rule and by the goals' SMART check. The limits are data
 * (realism-table.ts, shown in docs/realism.md); this module finds the claims and their timeframes.
 */
import { tokenIndexAt, type Doc, type Token } from '../text/tokenize.js';
import type { Timeframe } from '../text/timeframes.js';
import type { ExperienceLevel } from '../types.js';
import type { PhraseMatch } from '../text/phrases.js';
import { TaggedMatcher } from '../text/tagged.js';
import { quantitiesOf } from './memo.js';
import type { Quantity } from '../text/quantities.js';
import { readNumber, table, withoutCommas } from '../text/numbers.js';
import { durations, isNegated, memo, memoTable, wordPositions } from '../text/helpers.js';
import { VOCAB } from '../vocab/generated.js';
import {
  ABSOLUTE_CLAIM_MAX_MONTHS,
  CREDENTIAL_MIN_MONTHS,
  DOMAIN_LADDERS,
  LANGUAGE_MONTHS,
  ANNUAL_EARNINGS,
  CHANGE_LIMITS,
  LEVEL_LABELS,
  MARKET_CLAIM_MIN_MONTHS,
  MONEY_PER_MONTH,
  TEAM_SIZE,
  TITLE_MIN_MONTHS,
  TOP_CLAIM_MAX_MONTHS,
  type TitleLevel,
} from './realism-table.js';

export interface UnrealisticClaim {
  start: number;
  end: number;
  /** Why it is out of reach, in plain words. */
  reason: string;
  suggestion: string;
}

type ClaimGroup = 'grow' | 'reduce' | 'money_earning' | 'whole_unit_verbs' | 'whole_unit_scopes' | 'grand_claims' | 'fast_claims' | 'absolute_claims' | 'top_claims';
const CLAIMS = VOCAB['realism-claims'] as Record<ClaimGroup, string[]>;
type Tag = ClaimGroup | 'title';
/** Job titles by level, and the titles of a profession's own ladder (a consultant cardiologist, a professor) on the same levels. */
const TITLE_LEVELS = new Map<string, TitleLevel>([
  ...VOCAB['job-titles'].map((e) => [e.phrase, Number(e.level) as TitleLevel] as const),
  ...DOMAIN_LADDERS.flatMap((l) => l.rungs.flatMap((r) => r.titles.map((t) => [t, r.level] as const))),
]);
/** Every phrase list of the realism check, matched in one scan. A title carries its level. */
const PHRASES = new TaggedMatcher<Tag, TitleLevel | null>(
  { ...CLAIMS, title: [...TITLE_LEVELS.keys()] },
  (tag, phrase) => (tag === 'title' ? TITLE_LEVELS.get(phrase)! : null),
);
const matchesOf = memo((doc: Doc) => PHRASES.match(doc));
const matches = (doc: Doc, tag: Tag) => matchesOf(doc).get(tag) ?? [];
const GROW = new Set(CLAIMS.grow);
const REDUCE = new Set(CLAIMS.reduce);

/** Words within a few tokens before a title that make it the speaker's aim: "I'll be", "promoted to", "make partner". */
const BECOMING = new Set([
  'be', 'become', 'becoming', 'promoted', 'promotion', 'make', 'making', 'reach', 'reaching', 'step', 'stepping', 'move', 'moving', 'land',
  'landing', 'appointed', 'title', 'hold', 'holding', 'as', 'into', 'join', 'joining', 'myself', 'rise', 'progress',
  'progressing', "i'll", 'will',
]);
/** Words that may stand between a becoming word and a title: "be [a full] partner", "promoted to [the] board". */
const TITLE_FILLERS = new Set(['a', 'an', 'the', 'full', 'new', 'permanent', 'proper', 'deputy', 'assistant', 'acting', 'actual', 'real', 'official', 'to', 'of', 'our', 'your', 'this', 'group', 'regional', 'global']);
/** Words that never start a compound title: "someone", "person". */
const NOT_TITLE_WORDS = new Set(['someone', 'somebody', 'person', 'people', 'one', 'anyone', 'everyone', 'kind', 'type', 'sort']);
const STOP_WORDS = new Set(VOCAB['stop-words'].map((e) => e.phrase));
/** Role nouns that "senior" must come before to be a title: "senior analyst", not "for the senior team". */
const ROLE_NOUNS = new Set(VOCAB['role-nouns'].map((e) => e.phrase));
/** Owners that make a title someone else's: "your marketing director", "our CEO". */
const OTHER_OWNER = new Set(['your', 'our', 'their', 'his', 'her', 'my', "company's", 'with', 'to']);
/** The size of a unit run "whole": a team is a manager's, an office a director's, the company the C-suite's. */
const UNIT_LEVEL = table<TitleLevel>({
  team: 2, desk: 2, shift: 2, squad: 2, class: 4, store: 4, stores: 4, office: 4, branch: 4, department: 4, function: 4, division: 4,
  region: 4, practice: 4, unit: 4, site: 4, sites: 4, brand: 4, operation: 4, operations: 4, country: 5, business: 6, company: 6,
  organization: 6, firm: 6, group: 6, fund: 4, kitchen: 4, restaurant: 4, ward: 2,
});
/** Words after a percentage that make it a change: "40% growth", "20% fewer errors". */
const CHANGE_NOUNS = new Set(['growth', 'increase', 'more', 'higher', 'uplift', 'rise', 'boost', 'improvement', 'gain', 'reduction', 'cut', 'fewer', 'less', 'lower', 'decrease', 'faster', 'drop', 'saving', 'savings']);
const PEOPLE = new Set(['people', 'staff', 'engineers', 'developers', 'reports', 'employees', 'analysts', 'consultants', 'nurses', 'agents', 'people', 'team', 'headcount', 'designers', 'salespeople', 'reps']);
const RATE_UNITS = table<number>({ year: 12, annum: 12, annually: 12, month: 1 });

export interface RealismOptions {
  /** The role applied for: a title inside it is the job on offer, not an aim out of reach ("Head of mathematics"). */
  role?: Doc | null;
}

/** Every claim in the document that is out of reach for its timeframe and the speaker's level. */
export function unrealisticClaims(doc: Doc, timeframes: Timeframe[], experience: ExperienceLevel, options: RealismOptions = {}): UnrealisticClaim[] {
  if (doc.tokens.length === 0) return [];
  const level: ExperienceLevel = experience in TITLE_MIN_MONTHS[1] ? experience : 'early';
  const spans = locateTimeframes(doc, timeframes);
  const claims: UnrealisticClaim[] = [];
  const roleWords = new Set((options.role?.tokens ?? []).map((t) => t.norm));
  // A role that is itself on a title's track ("Graduate management trainee", "Head of marketing") puts titles up to its level within reach.
  const roleLevel = options.role ? Math.max(0, ...(matches(options.role, 'title') as PhraseMatch<TitleLevel>[]).map((m) => m.value)) : 0;
  const measured = spans.filter((s) => s.timeframe.kind !== 'relative');
  claims.push(...titleClaims(doc, measured, level, roleWords, roleLevel));
  claims.push(...wholeUnitClaims(doc, measured, level));
  const quantities = amountsOutsideTimeframes(doc, spans);
  claims.push(...changeClaims(doc, spans, quantities));
  claims.push(...fromToClaims(doc, spans));
  claims.push(...moneyClaims(doc, spans, quantities, level));
  // A role that itself leads people ("Harvest supervisor", "Store manager") is hired to run a team: its size is judged a level up.
  claims.push(...teamClaims(doc, spans, quantities, level, roleLevel > 0 ? LEVEL_ABOVE[level] : level));
  claims.push(...outcomeClaims(doc, spans));
  claims.push(...credentialClaims(doc, measured, level));
  claims.push(...superlativeClaims(doc, spans));
  claims.push(...cureClaims(doc));
  claims.push(...compressedRouteClaims(doc, measured));
  // A goal set in the past ("Last year I set a goal to…") is a story, not a claim about the future.
  const past = pastAimSentences(doc);
  return dedupe(claims.filter((c) => !past.has(doc.tokens[tokenIndexAt(doc.tokens, c.start)]?.sentence ?? -1)));
}

/**
 * The amounts that are not part of a timeframe. Amounts count only beside a timeframe: with none in the answer they are not
 * read at all, and the token flags are built only when there are amounts to test.
 */
function amountsOutsideTimeframes(doc: Doc, spans: TimeSpan[]): Quantity[] {
  const all = spans.length === 0 ? [] : quantitiesOf(doc);
  if (all.length === 0) return all;
  const inTimeframe = new Uint8Array(doc.tokens.length);
  for (const s of spans) inTimeframe.fill(1, s.first, s.last);
  return all.filter((q) => {
    for (let i = q.first; i < q.last; i++) if (inTimeframe[i] === 1) return false;
    return true;
  });
}

/** Superlatives that rank the speaker or the company against everyone: "the most famous…", "the best-known…". */
const SUPERLATIVES = new Set(['best', 'best-known', 'biggest', 'largest', 'leading', 'greatest', 'top', 'richest', 'first']);
const MOST_WHAT = new Set(['famous', 'celebrated', 'admired', 'prestigious', 'successful', 'respected', 'recognized', 'recognizable', 'influential', 'known', 'awarded', 'followed', 'popular']);
/** What the ranking is over: the whole world is beyond any job; a country, a market or an industry takes years. */
const WORLD_SCOPES = new Set(['world', 'planet', 'worldwide', 'globally', 'globe']);
const MARKET_SCOPES = new Set(['country', 'uk', 'us', 'usa', 'britain', 'america', 'europe', 'industry', 'sector', 'market', 'nation', 'business']);
/** Words that make the ranking the speaker's aim: "be the most famous…", "make us the biggest…", "build the best team in…". */
const RANKING_LEADS = new Set(['be', 'become', 'becoming', 'make', 'making', 'turn', 'into', 'as', 'have', 'build', 'building', 'create', 'creating']);
const RANKINGS = wordPositions([...SUPERLATIVES, 'most', 'number']);
/** A ranking over the speaker's own employer ("the best analyst in the company", "number one across all the branches") is topping its table. */
const EMPLOYER_SCOPES = new Set(['company', 'firm', 'organization', 'business', 'branches', 'branch', 'offices', 'office', 'stores', 'shops', 'sites', 'department', 'team', 'region', 'company-wide', 'firm-wide']);
/** The ranks that top a table: not "the first", "the biggest" or "the leading", which may say something else of an employer. */
const TABLE_RANKS = new Set(['best', 'top', 'number']);
/** Words that set an employer's unit as the scope: "in the company", "across all eighty-five branches", "on the team". */
const SCOPE_PREPOSITIONS = new Set(['in', 'across', 'on', 'at', 'of', 'throughout']);

/**
 * "the most famous graphic designer in the world", "the best-known skincare brand in the UK":
 * a ranking over the whole world is out of reach at any time, over a market within a few years.
 */
function superlativeClaims(doc: Doc, spans: TimeSpan[]): UnrealisticClaim[] {
  const { tokens } = doc;
  const out: UnrealisticClaim[] = [];
  for (const i of RANKINGS(doc)) {
    if (i < 1) continue;
    const t = tokens[i]!;
    // "the number one negotiator": "number one" ranks like "top".
    const word = SUPERLATIVES.has(t.norm) ? i + 1 : (t.norm === 'most' && MOST_WHAT.has(tokens[i + 1]?.norm ?? '')) || (t.norm === 'number' && tokens[i + 1]?.norm === 'one') ? i + 2 : -1;
    if (word < 0 || tokens[i - 1]!.norm !== 'the') continue;
    let led = false;
    for (let k = i - 2; k >= 0 && k >= i - 4 && tokens[k]!.sentence === t.sentence; k--) if (RANKING_LEADS.has(tokens[k]!.norm)) led = true;
    if (!led || isNegated(doc, i, 6)) continue;
    // The scope within a few words: "the most famous [graphic designer] in the world".
    let scope: 'world' | 'market' | 'employer' | null = null;
    let end = word;
    for (let k = word; k < word + 8 && tokens[k]?.sentence === t.sentence; k++) {
      const n = tokens[k]!.norm;
      if (WORLD_SCOPES.has(n)) scope = 'world';
      else if (MARKET_SCOPES.has(n) && ['the', 'in', 'of'].includes(tokens[k - 1]!.norm)) scope = 'market';
      else if (EMPLOYER_SCOPES.has(n) && TABLE_RANKS.has(t.norm) && (n.endsWith('-wide') || scopeLed(tokens, word, k))) scope = 'employer';
      if (scope) {
        end = k + 1;
        break;
      }
    }
    if (!scope) continue;
    const time = nearestTimeframe(doc, spans, i, end);
    if (scope === 'market' && (!time || time.months >= MARKET_CLAIM_MIN_MONTHS)) continue;
    if (scope === 'employer' && (!time || time.months >= OUTCOME_MONTHS.top_claims)) continue;
    out.push({
      ...claimRange(doc, i - 1, end, scope === 'world' ? null : time),
      reason: scope === 'world' ? OUTCOME_REASONS.grand_claims : scope === 'employer' ? OUTCOME_REASONS.top_claims : OUTCOME_REASONS.fast_claims,
      suggestion: 'Describe the part of it you would own and a result you could measure and defend.',
    });
  }
  return out;
}

/** Is the employer's unit at `k` the scope of the rank, set by a preposition just before it: "in the company", "across all the branches"? */
function scopeLed(tokens: Token[], word: number, k: number): boolean {
  for (let j = k - 1; j >= word && j >= k - 4; j--) if (SCOPE_PREPOSITIONS.has(tokens[j]!.norm)) return true;
  return false;
}

const CURES = wordPositions(['cure', 'cures', 'cured', 'curing', 'eradicate', 'eradicated', 'eradicating', 'eliminate', 'eliminated']);
/** Diseases no one can promise to cure in a job: a cure of one is beyond any timeframe. */
const DISEASES = new Set([
  'cancer', 'cancers', 'dementia', "alzheimer's", 'alzheimers', "parkinson's", 'parkinsons', 'diabetes', 'hiv', 'aids', 'malaria',
  'tuberculosis', 'leukemia', 'leukaemia', 'lymphoma', 'melanoma', 'sclerosis', 'epilepsy', 'autism', 'schizophrenia', 'obesity', 'sepsis', 'stroke',
]);

/**
 * "to have cured pancreatic cancer", "cure childhood leukaemia": a cure verb whose object, within a few words, is a disease.
 * Out of reach at any time, like the phrases of grand_claims, but read from the verb and its object.
 */
function cureClaims(doc: Doc): UnrealisticClaim[] {
  const { tokens } = doc;
  const out: UnrealisticClaim[] = [];
  for (const i of CURES(doc)) {
    for (let k = i + 1; k <= i + 4 && k < tokens.length && tokens[k]!.sentence === tokens[i]!.sentence && tokens[k]!.kind === 'word'; k++) {
      if (!DISEASES.has(tokens[k]!.norm)) continue;
      if (!isNegated(doc, i, 6)) out.push({ ...claimRange(doc, i, k + 1, null), reason: OUTCOME_REASONS.grand_claims, suggestion: 'Describe the part of it you would own and a result you could measure and defend.' });
      break;
    }
  }
  return out;
}

/** Routes whose length is part of their name: "the four-year apprenticeship", "a three-year degree". */
const ROUTES = new Set(['apprenticeship', 'degree', 'course', 'program', 'programme', 'scheme', 'training', 'qualification', 'diploma', 'residency', 'rotation', 'contract']);
const FINISH = new Set(['finish', 'finishing', 'complete', 'completing', 'through', 'pass', 'passing', 'do', 'doing', 'fast-track', 'compress']);

/** "finish the four-year apprenticeship in eighteen months": a fixed route squeezed into a fraction of its length. */
function compressedRouteClaims(doc: Doc, spans: TimeSpan[]): UnrealisticClaim[] {
  const { tokens } = doc;
  const out: UnrealisticClaim[] = [];
  for (const d of durations(doc)) {
    const route = [d.last, d.last + 1].find((k) => ROUTES.has(tokens[k]?.norm ?? '') && tokens[k]!.sentence === tokens[d.first]!.sentence);
    if (route === undefined) continue;
    let verb = -1;
    for (let k = d.first - 1; k >= 0 && k >= d.first - 4 && tokens[k]!.sentence === tokens[d.first]!.sentence; k--) if (FINISH.has(tokens[k]!.norm)) verb = k;
    if (verb < 0 || isNegated(doc, verb, 4)) continue;
    const time = nearestTimeframe(doc, spans, verb, route + 1, true);
    // Much faster than the route allows; a little faster (accelerated study) is believable.
    if (!time || time.months >= d.months * 0.75) continue;
    out.push({
      ...claimRange(doc, verb, route + 1, time),
      reason: `Finishing ${doc.text.slice(tokens[d.first]!.start, tokens[route]!.end)} within ${inWords(time.months)} is far faster than the route allows.`,
      suggestion: 'Give the route its real length and name the stage you can reach in that time.',
    });
  }
  return out;
}

/** Past-tense framings of an aim: "set a goal", "wanted to", "the target was". */
const PAST_AIMS = new Set(['wanted', 'aimed', 'planned', 'hoped', 'intended', 'tried', 'ago', 'committed', 'promised', 'pledged']);
/** After a past aim, these tell the future as it was then: "I committed to the board that we would…". */
const REPORTED_FUTURE = new Set(['would', "i'd"]);
/** "set" is past only as setting an aim: "I set a goal", "we set ourselves", "I set out". */
const SET_OBJECTS = new Set(['a', 'an', 'the', 'myself', 'ourselves', 'out', 'my', 'our']);
/** Words that keep a sentence about the future whatever else it holds. */
const FUTURE_AIMS = new Set(['will', "i'll", "i'd", "we'll", 'would', 'want', 'wants', 'going', 'hope', 'plan', 'aim', 'intend', 'next', 'future']);
const AIM_TENSES = wordPositions([...FUTURE_AIMS, ...PAST_AIMS, 'set', 'last']);
/**
 * Sentences that recount an aim of the past ("Two years ago I set a goal to…", "I tried
 * to…", "I wanted to make manager within a year") and say nothing of the future. One pass.
 */
const pastAimSentences = memo((doc: Doc): Set<number> => {
  const past = new Set<number>();
  const future = new Set<number>();
  const { tokens } = doc;
  for (const i of AIM_TENSES(doc)) {
    const t = tokens[i]!;
    const next = tokens[i + 1]?.norm ?? '';
    if (REPORTED_FUTURE.has(t.norm) && past.has(t.sentence) && next !== 'like' && next !== 'love') continue;
    if (FUTURE_AIMS.has(t.norm)) future.add(t.sentence);
    else if (PAST_AIMS.has(t.norm) || (t.norm === 'set' && SET_OBJECTS.has(next))) past.add(t.sentence);
    // "last year", "last quarter": a time already gone.
    else if (t.norm === 'last' && ['year', 'quarter', 'month', 'spring', 'summer', 'autumn', 'winter', 'time'].includes(next)) past.add(t.sentence);
  }
  for (const s of future) past.delete(s);
  return past;
});

interface TimeSpan {
  first: number;
  last: number;
  sentence: number;
  /** The most lenient reading: the far end of a range. */
  months: number;
  timeframe: Timeframe;
}

/** Token positions of each timeframe, found by binary search over token starts. */
function locateTimeframes(doc: Doc, timeframes: Timeframe[]): TimeSpan[] {
  const out: TimeSpan[] = [];
  for (const t of timeframes) {
    const first = tokenIndexAt(doc.tokens, t.start);
    let last = first;
    while (last < doc.tokens.length && doc.tokens[last]!.start < t.end) last++;
    if (first >= doc.tokens.length || last === first) continue;
    out.push({ first, last, sentence: doc.tokens[first]!.sentence, months: t.maxMonths ?? t.months, timeframe: t });
  }
  return out;
}

/**
 * The timeframe nearest to tokens [first, last) in the same sentence, or null: a binary search in
 * that sentence's timeframes. With `outside`, timeframes inside the claim itself are passed over.
 */
function nearestTimeframe(doc: Doc, spans: TimeSpan[], first: number, last: number, outside = false): TimeSpan | null {
  const sentence = doc.tokens[first]!.sentence;
  const inSentence = bySentence(doc, spans).get(sentence);
  if (!inSentence) return null;
  // The first timeframe that ends after the claim starts, and the one before it, are the only candidates.
  let lo = 0;
  let hi = inSentence.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (inSentence[mid]!.last <= first) lo = mid + 1;
    else hi = mid;
  }
  let after = lo;
  if (outside) while (after < inSentence.length && inSentence[after]!.first < last) after++;
  const distance = (s: TimeSpan) => (s.last <= first ? first - s.last : s.first >= last ? s.first - last : 0);
  const candidates = [inSentence[lo - 1], inSentence[after]].filter((s): s is TimeSpan => s !== undefined && bounds(doc, s, first, last));
  // "senior crew within six months and head of cabin services within two years": a claim joined on by "and" takes its own timeframe.
  if (candidates.length === 2 && COORDINATED.has(doc.tokens[first - 1]?.norm ?? '')) return candidates[1]!;
  return candidates.sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

/** Words that put a step after the one a timeframe bounds: "within a year, and then a manager". */
const SEQUELS = new Set(['then', 'afterwards', 'afterward', 'later', 'thereafter']);
/** Words of a far horizon: a claim after one of them is not bounded by an earlier, nearer timeframe. */
const FAR_HORIZONS = new Set(['eventually', 'ultimately', 'long-term', 'longer-term']);
/** Coordinators that open a clause of its own after a comma: "…, and to get there I'll … next year". */
const COORDINATORS = new Set(['and', 'but', 'so', 'then']);
/** Words that make such a clause about the claim again: "get there", "have it", "do that". */
const BACK_REFERENCES = new Set(['it', 'there', 'that', 'this']);
/** Subjects or purpose words that start that clause. */
const CLAUSE_OPENERS = new Set(['i', "i'll", "i'd", "i'm", 'we', "we'll", "we'd", 'to', 'after', 'once']);

/**
 * Does a timeframe in the claim's sentence bound the claim? Not when the claim is a later step
 * ("top seller in my first year, then a sales manager"), nor when the timeframe sits in a clause
 * of its own after the claim ("be a project manager, and to get there I'll take the exam next year"),
 * unless that clause points back at the claim just before it ("…, and I could get there within a year").
 * Looks only at the few tokens between the two.
 */
function bounds(doc: Doc, span: TimeSpan, first: number, last: number): boolean {
  const { tokens } = doc;
  if (span.last <= first) {
    for (let k = span.last; k < first; k++) {
      const n = tokens[k]!.norm;
      if (SEQUELS.has(n) || (n === 'after' && tokens[k + 1]?.norm === 'that')) return false;
      // "By the end of year one I'd like to own one fix; at my current job I cut latency from 900 to 300 ms": a clause of its own.
      if (tokens[k]!.text === ';') return false;
      // "pass the exam by June, and long term be a finance manager": a far horizon between them takes the claim.
      if (FAR_HORIZONS.has(n) || (n === 'term' && (tokens[k - 1]?.norm === 'long' || tokens[k - 1]?.norm === 'longer'))) return false;
    }
    return true;
  }
  // "…, and I reckon I could have it within a year": the clause points back at the claim right before its timeframe.
  if (span.first >= last && !BACK_REFERENCES.has(tokens[span.first - 1]!.norm)) {
    for (let k = last; k < span.first - 1; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'punct' || (t.text !== ',' && t.text !== ';')) continue;
      const next = COORDINATORS.has(tokens[k + 1]!.norm) ? k + 2 : k + 1;
      if (next < span.first && CLAUSE_OPENERS.has(tokens[next]!.norm)) return false;
    }
  }
  return true;
}

/** Timeframes grouped by sentence, in text order; built once per list of spans (memoized on the document, under the list). */
function bySentence(doc: Doc, spans: TimeSpan[]): Map<number, TimeSpan[]> {
  const memo = memoTable(doc);
  let index = memo.get(spans) as Map<number, TimeSpan[]> | undefined;
  if (!index) {
    index = new Map();
    for (const s of [...spans].sort((a, b) => a.first - b.first)) {
      const list = index.get(s.sentence);
      if (list) list.push(s);
      else index.set(s.sentence, [s]);
    }
    memo.set(spans, index);
  }
  return index;
}

const claimRange = (doc: Doc, first: number, last: number, time: TimeSpan | null) => ({
  start: Math.min(doc.tokens[first]!.start, time ? doc.tokens[time.first]!.start : Infinity),
  end: Math.max(doc.tokens[last - 1]!.end, time ? doc.tokens[time.last - 1]!.end : 0),
});

const inWords = (months: number) =>
  months < 1 ? 'a few weeks' : months < 12 ? `${Math.round(months)} month${Math.round(months) === 1 ? '' : 's'}` : `${Math.round((months / 12) * 10) / 10} year${months === 12 ? '' : 's'}`;

/** Is a title the speaker's own aim (a becoming word shortly before), not someone else's ("your director")? */
function isAimedTitle(doc: Doc, m: PhraseMatch<TitleLevel>): boolean {
  const { tokens } = doc;
  const before = tokens[m.first - 1];
  const head = tokens[m.first]!.norm;
  const after = tokens[m.last];
  // Words that are titles only in some company: "into management", "senior analyst", "join the board".
  if (head === 'management' || (head === 'senior' && tokens[m.last - 1]!.norm === 'management')) return before?.norm === 'into' || before?.norm === 'in';
  if (head === 'senior' && m.last - m.first === 1 && !(after && (ROLE_NOUNS.has(after.norm) || capitalWord(after)))) return false;
  if (head === 'board') return before?.norm === 'the' && ['join', 'on', 'onto', 'to'].includes(tokens[m.first - 2]?.norm ?? '');
  // "your marketing director" is someone else; "be your Chief Pilot" is the speaker's aim for your company.
  const ownerBecoming = ['be', 'become', 'becoming', 'as'].includes(tokens[m.first - 2]?.norm ?? '') && (before?.norm === 'your' || before?.norm === 'our');
  if (before && before.sentence === tokens[m.first]!.sentence && OTHER_OWNER.has(before.norm) && !ownerBecoming) return false;
  if (tokens[m.last]?.norm === "'s" || tokens[m.last]?.norm === 'to') return false;
  // The becoming word must lead straight to the title: "be [a] director", "promoted to [Senior] Manager".
  for (let i = m.first - 1; i >= 0 && i >= m.first - 4; i--) {
    const t = tokens[i]!;
    if (t.sentence !== tokens[m.first]!.sentence) break;
    if (BECOMING.has(t.norm)) return !(t.norm === 'as' && standsIn(tokens, i));
    // Between them only determiners, names, or a noun or two of the title itself right before it: "be [site] manager".
    // Up to two such nouns: "be [executive creative] director", "become [senior clinical] lead".
    const compound = i >= m.first - 2 && t.kind === 'word' && !STOP_WORDS.has(t.norm) && !NOT_TITLE_WORDS.has(t.norm) && !BECOMING.has(t.norm);
    if (!TITLE_FILLERS.has(t.norm) && !capitalWord(t) && !compound) break;
  }
  // "be senior cabin crew within six months and head of cabin services…": a second title joined to an aimed one.
  if (before && COORDINATED.has(before.norm)) {
    for (let i = m.first - 2; i >= 0 && i >= m.first - 12 && tokens[i]!.sentence === tokens[m.first]!.sentence; i--) if (BECOMING.has(tokens[i]!.norm)) return true;
  }
  // "In five years, Finance Director." or a title that opens its clause after the timeframe.
  return before === undefined || before.kind === 'punct';
}
const COORDINATED = new Set(['and', 'then']);

/** Verbs of covering for someone: "cover as night shift lead", "step in as acting manager" is not holding the title. */
const STAND_IN = new Set(['cover', 'covering', 'covered', 'act', 'acting', 'deputise', 'deputising', 'deputize', 'deputizing', 'stand', 'standing', 'step', 'stepping', 'fill', 'filling']);

/** Is the "as" at `i` the end of a standing-in phrase: "cover as", "stand in as", "fill in as"? */
function standsIn(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.norm === 'in' ? tokens[i - 2] : tokens[i - 1];
  return before !== undefined && STAND_IN.has(before.norm);
}

const capitalWord = (t: Token) => t.kind === 'word' && t.text.charCodeAt(0) >= 65 && t.text.charCodeAt(0) <= 90;

/** Extend a title over the words that complete it: "Head of [Engineering]", "Director[, North]". */
function titleEnd(tokens: Token[], last: number): number {
  let end = last;
  const sentence = tokens[last - 1]!.sentence;
  const capital = (t: Token | undefined) => t !== undefined && t.kind === 'word' && t.text.charCodeAt(0) >= 65 && t.text.charCodeAt(0) <= 90 && t.sentence === sentence;
  if (tokens[end - 1]!.norm === 'of' && tokens[end] && tokens[end]!.sentence === sentence && tokens[end]!.kind === 'word') end++;
  while (end < last + 4 && capital(tokens[end])) end++;
  return end;
}

function titleClaims(doc: Doc, spans: TimeSpan[], experience: ExperienceLevel, roleWords: Set<string>, roleLevel: number): UnrealisticClaim[] {
  const out: UnrealisticClaim[] = [];
  for (const m of matches(doc, 'title') as PhraseMatch<TitleLevel>[]) {
    if (m.value <= roleLevel || !isAimedTitle(doc, m) || isNegated(doc, m.first, 6)) continue;
    // The job on offer is within reach by definition: "a head of maths" for the Head of mathematics role.
    if (roleWords.size > 0 && doc.tokens.slice(m.first, m.last).every((t) => roleWords.has(t.norm) || t.norm === 'of')) continue;
    const time = nearestTimeframe(doc, spans, m.first, m.last);
    if (!time) continue;
    const needed = TITLE_MIN_MONTHS[m.value][experience];
    if (time.months >= needed) continue;
    const end = titleEnd(doc.tokens, m.last);
    const title = doc.text.slice(doc.tokens[m.first]!.start, doc.tokens[end - 1]!.end);
    out.push({
      ...claimRange(doc, m.first, end, time),
      reason: `"${title}" within ${inWords(time.months)} is out of reach for ${LEVEL_LABELS[experience]}: it usually takes ${inWords(needed)} or more.`,
      suggestion: 'Name the next step you can reach in that time and keep the senior title as a direction for later.',
    });
  }
  return out;
}

/** "run the whole Leeds office", "head the entire department": running a unit is a title by another name. */
function wholeUnitClaims(doc: Doc, spans: TimeSpan[], experience: ExperienceLevel): UnrealisticClaim[] {
  const { tokens } = doc;
  const out: UnrealisticClaim[] = [];
  for (const unit of wholeUnits(doc)) {
    const time = nearestTimeframe(doc, spans, unit.first, unit.end);
    if (!time) continue;
    const needed = TITLE_MIN_MONTHS[unit.level][experience];
    if (time.months >= needed) continue;
    out.push({
      ...claimRange(doc, unit.first, unit.end, time),
      reason: `Running ${doc.text.slice(tokens[unit.scope - 1]!.start, tokens[unit.end - 1]!.end)} within ${inWords(time.months)} is out of reach for ${LEVEL_LABELS[experience]}.`,
      suggestion: 'Aim at the part you could own in that time (a project, a small team) and describe the bigger role as where it leads.',
    });
  }
  return out;
}

/** Each "run the whole X" in the document: where it starts, where its scope ends, where it ends, and the title level it amounts to. */
const wholeUnits = memo((doc: Doc): { first: number; scope: number; end: number; level: TitleLevel }[] => {
  const { tokens } = doc;
  const out: { first: number; scope: number; end: number; level: TitleLevel }[] = [];
  const scopeAt = new Map(matches(doc, 'whole_unit_scopes').map((m) => [m.first, m.last] as const));
  for (const m of matches(doc, 'whole_unit_verbs')) {
    // "head the London office": a unit named by its place is a whole one too.
    const place = tokens[m.last + 1];
    const named = tokens[m.last]?.norm === 'the' && place !== undefined && capitalWord(place) && place.sentence === tokens[m.first]!.sentence ? m.last + 1 : undefined;
    const at = scopeAt.get(m.last) ?? named ?? theWholeFirm(tokens, m.last);
    if (at === undefined) continue;
    // The unit noun within three words: "the whole [Leeds] office", "the entire [marketing] function".
    let level: TitleLevel | undefined;
    let end = at;
    for (let i = at; i < at + 3 && i < tokens.length && tokens[i]!.sentence === tokens[m.first]!.sentence; i++) {
      level = UNIT_LEVEL.get(tokens[i]!.norm);
      if (level) {
        end = i + 1;
        break;
      }
    }
    if (!level || isNegated(doc, m.first, 5)) continue;
    // A unit named by its place is whole only at an office's size: "the Sunday shift", "the Leeds team" are a slice.
    if (at === named && !scopeAt.has(m.last) && level < 4) continue;
    // "run my own group" is one's own lab or desk, not the whole company: a head's job at most.
    if (tokens[at - 1]!.norm === 'own' && level > 4) level = 4;
    out.push({ first: m.first, scope: at, end, level });
  }
  return out;
});

/** Units that "the" alone makes whole: there is one company to run ("run the firm"), but many teams to lead. */
const WHOLE_WITH_THE = new Set(['company', 'firm', 'business', 'organization']);
/** "running the firm", "run the business within five years": the one company, not "the business side" or "the firm's audit team". */
function theWholeFirm(tokens: Token[], at: number): number | undefined {
  const unit = tokens[at + 1];
  if (tokens[at]?.norm !== 'the' || !unit || unit.sentence !== tokens[at]!.sentence || !WHOLE_WITH_THE.has(unit.norm)) return undefined;
  const after = tokens[at + 2];
  return !after || after.sentence !== unit.sentence || after.kind !== 'word' || AFTER_WHOLE_FIRM.has(after.norm) ? at + 1 : undefined;
}
/** Words that may follow "the firm" and leave it whole: a time, a joint, a manner ("run the firm by forty", "…and the board"). */
const AFTER_WHOLE_FIRM = new Set(['and', 'or', 'but', 'so', 'then', 'by', 'within', 'in', 'before', 'after', 'when', 'once', 'one', 'someday', 'eventually', 'myself', 'on', 'as', 'for', 'from', 'with', 'day', 'someday', 'together', 'alone', 'outright', 'full', 'one']);

/** Words that aim at a title without claiming it yet: "moving up toward the VP role", "working towards director". */
const TOWARD = new Set(['toward', 'towards', 'into', 'up', 'for']);
/** A title takes this long at least, from the speaker's level, before it is a far aim. */
const FAR_MONTHS = 36;

/**
 * Aims at a title or a unit that the speaker's level puts years away ("Regional Director" for a
 * graduate, "running my own fund"), whatever date they give it: the far horizon of a career.
 */
export function farTitleAims(doc: Doc, experience: ExperienceLevel, options: RealismOptions = {}): { start: number; end: number }[] {
  if (doc.tokens.length === 0) return [];
  const level: ExperienceLevel = experience in TITLE_MIN_MONTHS[1] ? experience : 'early';
  const roleLevel = options.role ? Math.max(0, ...(matches(options.role, 'title') as PhraseMatch<TitleLevel>[]).map((m) => m.value)) : 0;
  const { tokens } = doc;
  const out: { start: number; end: number }[] = [];
  for (const m of matches(doc, 'title') as PhraseMatch<TitleLevel>[]) {
    if (m.value <= roleLevel || TITLE_MIN_MONTHS[m.value][level] < FAR_MONTHS || isNegated(doc, m.first, 6)) continue;
    let toward = false;
    for (let k = m.first - 1; k >= 0 && k >= m.first - 3 && tokens[k]!.sentence === tokens[m.first]!.sentence; k--) if (TOWARD.has(tokens[k]!.norm)) toward = true;
    if (toward || isAimedTitle(doc, m)) out.push({ start: m.start, end: m.end });
  }
  for (const unit of wholeUnits(doc)) {
    if (unit.level > roleLevel && TITLE_MIN_MONTHS[unit.level][level] >= FAR_MONTHS) out.push({ start: tokens[unit.first]!.start, end: tokens[unit.end - 1]!.end });
  }
  return out;
}

function changeLimit(months: number) {
  return CHANGE_LIMITS.find((l) => months <= l.withinMonths) ?? null;
}

/** Growth or reduction measured by a percentage or a multiplier: "grow the portfolio by 50% in my first month". */
function changeClaims(doc: Doc, spans: TimeSpan[], quantities: Quantity[]): UnrealisticClaim[] {
  const { tokens } = doc;
  const out: UnrealisticClaim[] = [];
  for (const q of quantities) {
    if (q.kind !== 'percent' && q.kind !== 'multiplier') continue;
    const direction = changeDirection(tokens, q);
    if (!direction || isNegated(doc, q.first, 6)) continue;
    const time = nearestTimeframe(doc, spans, q.first, q.last);
    if (!time) continue;
    const limit = changeLimit(time.months);
    if (!limit) continue;
    const percent = q.kind === 'multiplier' ? (q.value - 1) * 100 : q.value;
    const max = direction.kind === 'increase' ? limit.maxIncreasePercent : limit.maxReductionPercent;
    if (percent <= max) continue;
    const verb = direction.verbAt ?? q.first;
    out.push({
      ...claimRange(doc, Math.min(verb, q.first), Math.max(q.last, direction.objectEnd ?? q.last), time),
      reason: `A ${direction.kind === 'increase' ? 'rise' : 'cut'} of ${Math.round(percent)}% within ${inWords(time.months)} is far beyond what one person can plausibly deliver (about ${max}% at most).`,
      suggestion: 'Use a target you could defend in that time, or a longer timeframe, and say how you would measure it.',
    });
  }
  return out;
}

interface Direction {
  kind: 'increase' | 'reduce';
  verbAt?: number;
  objectEnd?: number;
}

/** Is a quantity a change, and which way? Looks for a growth or reduction verb shortly before it. */
function changeDirection(tokens: Token[], q: Quantity): Direction | null {
  const sentence = tokens[q.first]!.sentence;
  const word = tokens[q.first]!.norm;
  // The multiplier word is itself the verb: "double revenue", "tripling the pipeline".
  if (q.kind === 'multiplier' && GROW.has(word)) return { kind: 'increase', verbAt: q.first, objectEnd: objectEnd(tokens, q.last) };
  const before = tokens[q.first - 1]?.norm;
  // A level, not a change: "to 95%", "at 40%", "of 20%".
  if (q.kind === 'percent' && before && ['to', 'at', 'of', 'above', 'below', 'under', 'over', 'than', 'around', 'about'].includes(before)) return null;
  const after = tokens[q.last]?.norm ?? '';
  for (let i = q.first - 1; i >= 0 && i >= q.first - 10; i--) {
    const t = tokens[i]!;
    if (t.sentence !== sentence || (t.kind === 'punct' && t.text !== ',' && t.text !== "'")) break;
    if (GROW.has(t.norm)) return { kind: 'increase', verbAt: i };
    if (REDUCE.has(t.norm)) return { kind: 'reduce', verbAt: i };
  }
  if (CHANGE_NOUNS.has(after)) return { kind: ['reduction', 'cut', 'fewer', 'less', 'lower', 'decrease', 'drop', 'saving', 'savings'].includes(after) ? 'reduce' : 'increase', objectEnd: q.last + 1 };
  return null;
}

/** The object after a verb like "double": "double [annual revenue]". */
function objectEnd(tokens: Token[], from: number): number {
  let end = from;
  while (end < from + 3 && tokens[end] && tokens[end]!.kind === 'word' && tokens[end]!.sentence === tokens[from - 1]!.sentence && !['in', 'by', 'within', 'over', 'and', 'before'].includes(tokens[end]!.norm)) end++;
  return end;
}

const FROMS = wordPositions(['from']);

/** "grow the following from 40,000 to two million in my first year". */
function fromToClaims(doc: Doc, spans: TimeSpan[]): UnrealisticClaim[] {
  const { tokens } = doc;
  const out: UnrealisticClaim[] = [];
  for (const i of FROMS(doc)) {
    const from = readAmount(tokens, i + 1);
    if (!from || from.value <= 0) continue;
    // "from 40 clinics to 1,000": a word may name what is counted before "to".
    const toAt = tokens[from.next]?.norm === 'to' ? from.next : tokens[from.next + 1]?.norm === 'to' && tokens[from.next]!.kind === 'word' ? from.next + 1 : -1;
    if (toAt < 0) continue;
    from.next = toAt;
    const to = readAmount(tokens, from.next + 1);
    if (!to || tokens[to.next - 1]!.sentence !== tokens[i]!.sentence) continue;
    // The durations being compared ("from five days to three") are not the time the change takes.
    const time = nearestTimeframe(doc, spans, i, to.next, true);
    const limit = time ? changeLimit(time.months) : null;
    if (!time || !limit || isNegated(doc, i, 6)) continue;
    // Is it about the future? A past achievement ("I lifted it from 2% to 3%") has no forward timeframe.
    const increase = to.value > from.value;
    const percent = increase ? (to.value / from.value - 1) * 100 : (1 - to.value / from.value) * 100;
    const max = increase ? limit.maxIncreasePercent : limit.maxReductionPercent;
    if (percent <= max) continue;
    let verb = i;
    for (let k = i - 1; k >= 0 && k >= i - 5 && tokens[k]!.sentence === tokens[i]!.sentence; k--) if (GROW.has(tokens[k]!.norm) || REDUCE.has(tokens[k]!.norm)) verb = k;
    out.push({
      ...claimRange(doc, verb, to.next, time),
      reason: `Going from ${tokens[i + 1]!.text} to ${doc.text.slice(tokens[from.next + 1]!.start, tokens[to.next - 1]!.end)} within ${inWords(time.months)} is a change of ${Math.round(percent)}%, far beyond what is plausible (about ${max}% at most).`,
      suggestion: 'Pick a target you could defend in that time and say how you would get there.',
    });
  }
  return out;
}

const SCALE = table<number>({ thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9 });

/** A number with its scale ("two million", "40,000", "£60k"), or null. */
function readAmount(tokens: Token[], i: number): { value: number; next: number } | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'number') {
    let text = t.text;
    const c = text.charCodeAt(0);
    if (c < 48 || c > 57) text = text.slice(1);
    let digits = 0;
    while (digits < text.length && ((text.charCodeAt(digits) >= 48 && text.charCodeAt(digits) <= 57) || text[digits] === ',' || text[digits] === '.')) digits++;
    let value = Number(withoutCommas(text.slice(0, digits)));
    const suffix = text.slice(digits).toLowerCase();
    if (suffix === '%') return null;
    value *= SCALE.get(suffix) ?? 1;
    const scale = SCALE.get(tokens[i + 1]?.norm ?? '');
    return Number.isFinite(value) ? { value: value * (scale ?? 1), next: i + (scale ? 2 : 1) } : null;
  }
  // "half a million": a share of a scale word.
  const share = t.norm === 'half' ? 0.5 : t.norm === 'quarter' ? 0.25 : 0;
  const shareScale = share && tokens[i + 1]?.norm === 'a' ? SCALE.get(tokens[i + 2]?.norm ?? '') : undefined;
  if (shareScale) return { value: share * shareScale, next: i + 3 };
  const n = readNumber(tokens, i);
  if (!n || (tokens[i]!.norm === 'a' && !SCALE.get(tokens[i + 1]?.norm ?? ''))) return null;
  const scale = SCALE.get(tokens[n.next]?.norm ?? '');
  return { value: n.high * (scale ?? 1), next: n.next + (scale ? 1 : 0) };
}

/** Money one person brings in or earns: "billing £60,000 in my first month", "making £250,000 a year by year two". */
function moneyClaims(doc: Doc, spans: TimeSpan[], quantities: Quantity[], experience: ExperienceLevel): UnrealisticClaim[] {
  const { tokens } = doc;
  const out: UnrealisticClaim[] = [];
  const earnEnds = new Map<number, PhraseMatch<unknown>>();
  for (const m of matches(doc, 'money_earning')) earnEnds.set(m.last, m);
  for (const q of quantities) {
    if (q.kind !== 'money') continue;
    // The earning verb within four words before: "billing [around] £60,000", "find five million pounds".
    let verb: PhraseMatch<unknown> | undefined;
    for (let k = q.first; k >= q.first - 4 && k > 0 && !verb; k--) {
      if (tokens[k - 1]!.sentence !== tokens[q.first]!.sentence) break;
      verb = earnEnds.get(k);
    }
    const savings = ['savings', 'revenue', 'sales', 'fees', 'business', 'pipeline'].some((w) => rangeHasNorm(tokens, q.last, q.last + 4, w));
    if (!verb && !savings) continue;
    if (isNegated(doc, q.first, 6)) continue;
    const time = nearestTimeframe(doc, spans, q.first, q.last);
    // A rate: "£250,000 a year", "per annum".
    const rateWord = tokens[q.last]?.norm === 'a' || tokens[q.last]?.norm === 'per' ? tokens[q.last + 1]?.norm : tokens[q.last]?.norm;
    const rate = rateWord ? RATE_UNITS.get(rateWord) : undefined;
    const first = verb ? verb.first : q.first;
    if (rate !== undefined && verb && ['making', 'make', 'earning', 'earn', 'on', 'salary'].includes(tokens[verb.first]!.norm)) {
      const yearly = (q.value * 12) / rate;
      if (!time || time.months > 60 || yearly <= ANNUAL_EARNINGS[experience]) continue;
      out.push({
        ...claimRange(doc, first, q.last + (tokens[q.last]?.norm === 'a' || tokens[q.last]?.norm === 'per' ? 2 : 1), time),
        reason: `Earning that much within ${inWords(time.months)} is out of reach for ${LEVEL_LABELS[experience]}.`,
        suggestion: 'Talk about the responsibility and results you are aiming for rather than an income figure.',
      });
      continue;
    }
    if (!time) continue;
    const perMonth = rate !== undefined ? q.value / rate : q.value / Math.max(1, time.months);
    if (perMonth <= MONEY_PER_MONTH[experience]) continue;
    out.push({
      ...claimRange(doc, first, q.last, time),
      reason: `Bringing in ${q.unit ? '' : 'about '}${doc.text.slice(q.start, q.end)} within ${inWords(time.months)} is far more than ${LEVEL_LABELS[experience]} could plausibly deliver.`,
      suggestion: 'Give a figure you could defend for that time, or describe the result without a number and say how you would measure it.',
    });
  }
  return out;
}

function rangeHasNorm(tokens: Token[], from: number, to: number, norm: string): boolean {
  for (let i = from; i < to && i < tokens.length; i++) if (tokens[i]!.norm === norm) return true;
  return false;
}

const LEVEL_ABOVE: Record<ExperienceLevel, ExperienceLevel> = { graduate: 'early', early: 'experienced', experienced: 'senior', senior: 'senior' };

/** Leading a team far larger than the level allows in the time: "manage a team of 40 within a year" as a graduate. */
function teamClaims(doc: Doc, spans: TimeSpan[], quantities: Quantity[], experience: ExperienceLevel, limitLevel: ExperienceLevel): UnrealisticClaim[] {
  const { tokens } = doc;
  const out: UnrealisticClaim[] = [];
  for (const q of quantities) {
    if (q.kind !== 'count' || !q.unit || !PEOPLE.has(q.unit)) continue;
    let verb = -1;
    for (let k = q.first - 1; k >= 0 && k >= q.first - 5 && tokens[k]!.sentence === tokens[q.first]!.sentence; k--) {
      if (['lead', 'leading', 'manage', 'managing', 'run', 'running', 'head', 'heading', 'oversee', 'overseeing'].includes(tokens[k]!.norm)) verb = k;
    }
    if (verb < 0 || isNegated(doc, verb, 5)) continue;
    const time = nearestTimeframe(doc, spans, verb, q.last);
    const row = time ? TEAM_SIZE.find((r) => time.months <= r.withinMonths) : undefined;
    if (!time || !row || q.value <= row.max[limitLevel]) continue;
    out.push({
      ...claimRange(doc, verb, q.last, time),
      reason: `Leading ${Math.round(q.value)} people within ${inWords(time.months)} is out of reach for ${LEVEL_LABELS[experience]}.`,
      suggestion: 'Start from leading a piece of work or a small group, and say how that grows.',
    });
  }
  return out;
}

/** Credentials with a long minimum route ("chartered by the end of my second year") and fluency in several new languages at once. */
function credentialClaims(doc: Doc, spans: TimeSpan[], experience: ExperienceLevel): UnrealisticClaim[] {
  const { tokens } = doc;
  const out: UnrealisticClaim[] = [];
  for (const i of CREDENTIAL_WORDS(doc)) {
    const norm = tokens[i]!.norm;
    let needed: number | undefined;
    let last = i + 1;
    let what = '';
    const credential = CREDENTIAL_BY_WORD.get(norm);
    if (credential) {
      needed = credential.months[experience];
      what = credential.name;
    } else if (norm === 'fluent' && tokens[i + 1]?.norm === 'in') {
      // "fluent in Japanese, Mandarin and Korean": count the languages in the list. Other names are tools or systems
      // ("fluent in Articulate Storyline"): being fluent in them is knowing them well, which has no fixed route.
      let languages = 0;
      let k = i + 2;
      while (k < tokens.length && k < i + 12 && tokens[k]!.sentence === tokens[i]!.sentence) {
        const t = tokens[k]!;
        if (LANGUAGES.has(t.norm)) languages++;
        else if (!(t.kind === 'word' && t.text.charCodeAt(0) >= 65 && t.text.charCodeAt(0) <= 90) && t.norm !== ',' && t.norm !== 'and') break;
        k++;
      }
      if (languages === 0) continue;
      needed = languages * LANGUAGE_MONTHS;
      last = k;
      what = languages === 1 ? 'fluency in a new language' : `fluency in ${languages} new languages`;
    }
    if (needed === undefined || isNegated(doc, i, 5)) continue;
    // Only as the speaker's aim: "be chartered", "become fluent", not "a chartered engineer mentors me".
    if (!['be', 'become', 'becoming', 'get', 'getting', 'achieve', 'reach', 'gain', 'earn', 'complete', 'finish', 'make', 'my', 'fully'].includes(tokens[i - 1]?.norm ?? '')) continue;
    // "finish my chartership", "complete my PhD": a route already under way; what is left of it is the speaker's to know.
    // "start my PhD next October": beginning a route is not reaching its end.
    // "work towards my chartership": the route worked along, with no date claimed for its end.
    if (tokens[i - 1]!.norm === 'my' && (UNDER_WAY.has(tokens[i - 2]?.norm ?? '') || STARTING.has(tokens[i - 2]?.norm ?? '') || tokens[i - 2]?.norm === 'towards' || tokens[i - 2]?.norm === 'toward')) continue;
    const time = nearestTimeframe(doc, spans, i, last);
    if (!time || time.months >= needed) continue;
    out.push({
      ...claimRange(doc, i - 1, last, time),
      reason: `Reaching ${what} within ${inWords(time.months)} is out of reach for ${LEVEL_LABELS[experience]}: the route usually takes ${inWords(needed)} or more.`,
      suggestion: 'Name the stage you can reach in that time (an exam, a module, a review) and give the full route its real length.',
    });
  }
  return out;
}

/** Verbs that, before "my", make a credential one already under way. */
const UNDER_WAY = new Set(['finish', 'finishing', 'complete', 'completing', 'submit', 'submitting', 'wrap', 'finalise', 'finalize']);

/** Languages one may learn to fluency: the list a "fluent in" is read against. */
const LANGUAGES = new Set([
  'arabic', 'bengali', 'bulgarian', 'cantonese', 'croatian', 'czech', 'danish', 'dutch', 'english', 'farsi', 'finnish', 'french', 'german',
  'greek', 'gujarati', 'hebrew', 'hindi', 'hungarian', 'icelandic', 'indonesian', 'irish', 'italian', 'japanese', 'korean', 'latvian',
  'lithuanian', 'malay', 'mandarin', 'norwegian', 'persian', 'polish', 'portuguese', 'punjabi', 'romanian', 'russian', 'serbian', 'slovak',
  'slovenian', 'somali', 'spanish', 'swahili', 'swedish', 'tagalog', 'tamil', 'thai', 'turkish', 'ukrainian', 'urdu', 'vietnamese', 'welsh',
  'yoruba', 'chinese', 'gaelic', 'estonian', 'albanian', 'amharic', 'catalan', 'basque', 'mongolian', 'nepali', 'pashto', 'sinhala', 'telugu',
]);

/** Verbs that, before "my", begin a credential's route. */
const STARTING = new Set(['start', 'starting', 'begin', 'beginning', 'enrol', 'enrolling', 'enroll', 'embark', 'embarking']);

const CREDENTIAL_BY_WORD = new Map(CREDENTIAL_MIN_MONTHS.flatMap((c) => c.phrases.map((p) => [p, c] as const)));
const CREDENTIAL_WORDS = wordPositions([...CREDENTIAL_BY_WORD.keys(), 'fluent']);

type OutcomeKind = 'grand_claims' | 'fast_claims' | 'absolute_claims' | 'top_claims';
/** Within how many months each kind of outcome is out of reach (grand ones at any time). */
const OUTCOME_MONTHS: Record<OutcomeKind, number> = {
  grand_claims: Infinity,
  fast_claims: MARKET_CLAIM_MIN_MONTHS,
  absolute_claims: ABSOLUTE_CLAIM_MAX_MONTHS + 0.5,
  top_claims: TOP_CLAIM_MAX_MONTHS + 0.5,
};
const OUTCOME_REASONS: Record<OutcomeKind, string> = {
  grand_claims: 'This outcome is far beyond what one person can promise in a job, whatever the timeframe.',
  fast_claims: 'An outcome this wide (a whole market, a whole field) in that time is beyond what one hire can deliver.',
  absolute_claims: 'An absolute result (zero, every, number one) in that time is not something anyone can promise.',
  top_claims: 'Topping the table so soon after joining, while still learning the systems, is not something you can promise.',
};

/**
 * Outcomes out of reach whatever the time ("a drug that cures Alzheimer's"), in a few years
 * ("market leader within six months") or in a year ("zero complaints within my first month").
 */
function outcomeClaims(doc: Doc, spans: TimeSpan[]): UnrealisticClaim[] {
  const out: UnrealisticClaim[] = [];
  for (const kind of ['grand_claims', 'fast_claims', 'absolute_claims', 'top_claims'] as const) {
    for (const m of matches(doc, kind)) {
      if (isNegated(doc, m.first, 6)) continue;
      // "net zero" is a company's long-range commitment, "zero-hours" a contract: not a personal promise.
      if (tokens(doc)[m.first]!.norm === 'zero' && tokens(doc)[m.first - 1]?.norm === 'net') continue;
      // "keep net retention above a hundred percent": a level to stay past, not a result with no exception.
      if (kind === 'absolute_claims' && THRESHOLDS.has(tokens(doc)[m.first - 1]?.norm ?? '')) continue;
      const time = nearestTimeframe(doc, spans, m.first, m.last);
      if (kind !== 'grand_claims' && (!time || time.months >= OUTCOME_MONTHS[kind])) continue;
      const { first, last } = kind === 'absolute_claims' || kind === 'top_claims' ? outcomeClause(doc, m.first, m.last) : m;
      out.push({
        ...claimRange(doc, first, last, kind === 'grand_claims' ? null : time),
        reason: OUTCOME_REASONS[kind],
        suggestion: 'Describe the part of it you would own and a result you could measure and defend.',
      });
    }
  }
  return out;
}

const tokens = (doc: Doc) => doc.tokens;
/** Words that make an absolute figure a threshold: "above 100%", "over a hundred percent". */
const THRESHOLDS = new Set(['above', 'over', 'beyond', 'past', 'exceeding', 'below', 'under']);

/** The words around an absolute outcome that say what it is: "[complaints on the ward down to] zero". */
function outcomeClause(doc: Doc, first: number, last: number): { first: number; last: number } {
  const t = doc.tokens;
  const sentence = t[first]!.sentence;
  let a = first;
  while (a > 0 && first - a < 6 && t[a - 1]!.sentence === sentence && t[a - 1]!.kind !== 'punct' && !['want', 'is', 'to', 'would', "i'd", 'aim', 'be'].includes(t[a - 1]!.norm)) a--;
  let b = last;
  while (b < t.length && b - last < 3 && t[b]!.sentence === sentence && t[b]!.kind === 'word' && !['in', 'within', 'by', 'over', 'and', 'before', 'for'].includes(t[b]!.norm)) b++;
  return { first: a, last: b };
}

/** One claim per place: overlapping claims keep the first found. */
function dedupe(claims: UnrealisticClaim[]): UnrealisticClaim[] {
  const out: UnrealisticClaim[] = [];
  let reach = -1;
  for (const c of claims.sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (c.start < reach) continue;
    out.push(c);
    reach = c.end;
  }
  return out;
}
