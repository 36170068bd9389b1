/**
 * What an interviewer picks up on in an answer: a course, leading people, a long-term horizon,
 * a number, a company feature, a missed goal, a lesson. Each mention carries the span worth
 * quoting back ("a data engineering certificate", not just "certificate"). Follow-ups and
 * strengths both read these; the vocabulary is packages/core/data/followup-triggers.yml.
 */
import type { Doc, Token } from '../text/tokenize.js';
import { PhraseMatcher, type PhraseMatch } from '../text/phrases.js';
import { VOCAB } from '../vocab/generated.js';
import type { Context } from './context.js';

export type MentionKind = 'course' | 'leadership' | 'long_term' | 'number' | 'company_feature' | 'missed' | 'lesson';

export interface Mention {
  kind: MentionKind;
  /** Token indices [first, last) of the span worth quoting. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** For course and company features: the determiner or owner word that opens the span ("a", "my", "your"), lower-cased. */
  opener: string | null;
}

type Group = 'course' | 'leadership' | 'long_term' | 'company_feature' | 'owner' | 'quantity' | 'missed' | 'lesson';
const GROUPS = VOCAB['followup-triggers'] as Record<Group, string[]>;

const matcher = (...groups: Group[]) => new PhraseMatcher(groups.flatMap((g) => GROUPS[g].map((phrase) => ({ phrase, value: g }))));
const TRIGGERS = matcher('course', 'leadership', 'long_term', 'company_feature', 'quantity', 'missed', 'lesson');
const FEATURES = matcher('company_feature');
const OWNERS = new Set(GROUPS.owner);

/** Words that end a quoted span: they start a new clause or a time phrase. */
const CLAUSE_WORDS = new Set([
  'and', 'or', 'but', 'so', 'because', 'since', 'which', 'that', 'who', 'where', 'when', 'while', 'if', 'then', 'as',
  'in', 'within', 'by', 'over', 'before', 'after', 'during', 'until', 'at', 'here', 'there', 'to', 'for', 'from', 'with',
  'i', "i'm", "i'd", "i'll", "i've", 'we', 'you', 'it', 'this', 'is', 'are', 'was', 'will', 'would', 'eventually', 'one', 'someday',
]);
/** Verbs and pronouns that stop a span growing to the left of a noun ("complete [a data engineering certificate]"). */
const LEFT_STOPS = new Set([
  ...CLAUSE_WORDS, 'want', 'like', 'love', 'plan', 'planning', 'hope', 'aim', 'am', 'be', 'become', 'get', 'getting', 'earn', 'earning',
  'complete', 'completing', 'finish', 'finishing', 'take', 'taking', 'do', 'doing', 'start', 'starting', 'pursue', 'pursuing', 'enroll',
  'enrolled', 'study', 'studying', 'have', 'has', 'had', 'my', 'your', 'our', 'the', 'a', 'an', 'of', 'on', 'about', 'also', 'really',
]);
const DETERMINERS = new Set(['a', 'an', 'the', 'my']);
/** Before a leadership word, these make it someone else's leadership or one the speaker receives. */
const NOT_MY_LEADERSHIP = new Set(['my', 'our', 'your', 'their', 'his', 'her', 'the', 'from', 'get', 'getting', 'have', 'having', 'under', 'with', 'time', 'by']);
/** "manage my time", "managing stress": managing oneself, not people. */
const SELF_MANAGED = new Set(['my', 'myself', 'time', 'stress', 'workload', 'priorities', 'expectations', 'deadlines', 'it', 'to']);
/** A number followed by these is a time, not a target ("in 3 months", "90 days"). */
const TIME_UNITS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'am', 'pm']);
const PAST = new Set(['past', 'last', 'previous', 'ago', 'for']);

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind !== 'punct';
const sameSentence = (doc: Doc, i: number, j: number) => doc.tokens[i]?.sentence === doc.tokens[j]?.sentence;

type MentionContext = Pick<Context, 'company' | 'timeframes'>;

/** Follow-ups and strengths both ask for the mentions of one analysis: read them once. */
const cache = new WeakMap<Doc, { context: MentionContext; mentions: Mention[] }>();

/** Every mention in the answer, in text order; no trigger word counts for two mentions. */
export function findMentions(doc: Doc, context: MentionContext): Mention[] {
  const cached = cache.get(doc);
  if (cached && cached.context.company === context.company && cached.context.timeframes === context.timeframes) return cached.mentions;
  const mentions = readMentions(doc, context);
  cache.set(doc, { context, mentions });
  return mentions;
}

function readMentions(doc: Doc, context: MentionContext): Mention[] {
  const mentions: Mention[] = [];
  const names = companyNameWords(context.company);
  const companyFeatures = context.company ? new Set(FEATURES.match(context.company).map((m) => norms(context.company!, m.first, m.last))) : new Set<string>();
  const claimed = new Uint8Array(doc.tokens.length);
  const free = (first: number, last: number) => claimed.subarray(first, last).every((c) => c === 0);
  // A quoted span claims its tokens; a sentence quoted around a trigger claims only the trigger, so other mentions inside it still count.
  const claim = (m: Mention, trigger: { first: number; last: number } = m) => {
    claimed.fill(1, trigger.first, trigger.last);
    mentions.push(m);
  };

  const matches = TRIGGERS.matchAll(doc);
  const of = (group: Group) => longestFirst(matches.filter((m) => m.value === group));
  const features = of('company_feature').map((m) => ({ ...m, owner: ownerBefore(doc, m.first, names), after: ownedAfter(doc, m.last, names) }));

  // A feature the speaker ties to the company ("your mentoring program") is about the company, not their own mentoring.
  for (const m of features) {
    if ((m.owner === null && !m.after) || !free(m.first, m.last)) continue;
    claim(mention(doc, 'company_feature', m.owner ?? withDeterminer(doc, m.first), m.last));
  }
  for (const m of of('course')) {
    if (!free(m.first, m.last) || doc.tokens[m.first - 1]?.norm === 'of') continue; // "of course"
    const first = withDeterminer(doc, growLeft(doc, m.first, 3));
    claim(mention(doc, 'course', first, growRightAfter(doc, m.last, ['in', 'on'], 3)));
  }
  // Unowned, but something the company's own description names ("its graduate scheme").
  for (const m of features) {
    if (!companyFeatures.has(norms(doc, m.first, m.last)) || !free(m.first, m.last)) continue;
    claim(mention(doc, 'company_feature', withDeterminer(doc, m.first), m.last));
  }
  for (const m of of('leadership')) {
    if (!free(m.first, m.last) || !isOwnLeadership(doc, m.first, m.last)) continue;
    // A role noun takes its modifiers ("engineering manager"); a verb starts the span ("lead a small team").
    const first = ROLE_NOUNS.has(doc.tokens[m.first]!.norm) ? withBecoming(doc, growLeft(doc, m.first, 2)) : m.first;
    claim(mention(doc, 'leadership', first, growRight(doc, m.last, 4)));
  }
  for (const m of of('long_term')) {
    if (isPastDuration(doc, m.first, m.last) || !free(m.first, m.last)) continue;
    claim(sentenceWindow(doc, 'long_term', m.first, m.last), m);
  }
  // Durations found by the timeframe reader that reach three years or more.
  for (const tf of context.timeframes) {
    if (tf.months < 36) continue;
    const [first, last] = tokensIn(doc, tf.start, tf.end);
    if (first < last && free(first, last)) claim(sentenceWindow(doc, 'long_term', first, last), { first, last });
  }
  for (const at of amountTokens(doc, context.timeframes, of('quantity'))) {
    if (free(at, at + 1)) claim(mention(doc, 'number', numberStart(doc, at), growRight(doc, at + 1, 3, true)));
  }
  for (const group of ['missed', 'lesson'] as const) {
    for (const m of of(group)) if (free(m.first, m.last)) claim(sentenceWindow(doc, group, m.first, m.last), m);
  }
  return mentions.sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind));
}

/** "I'd like to lead a team", not "my manager", "a leading provider", "that will lead to", "learn from a mentor", "manage my time". */
function isOwnLeadership(doc: Doc, first: number, last: number): boolean {
  const before = doc.tokens[first - 1]?.norm ?? '';
  const beforeThat = doc.tokens[first - 2]?.norm ?? '';
  if (NOT_MY_LEADERSHIP.has(before) || SELF_MANAGED.has(doc.tokens[last]?.norm ?? '')) return false;
  if (before === 'a' || before === 'an') return doc.tokens[first]!.norm !== 'leading' && !NOT_MY_LEADERSHIP.has(beforeThat);
  return true;
}

/** "five years of experience", "the last ten years", "for three years": time already spent, not a goal. */
function isPastDuration(doc: Doc, first: number, last: number): boolean {
  const before = doc.tokens[first - 1]?.norm ?? '';
  const after = doc.tokens[last]?.norm ?? '';
  return after === 'of' || after === 'ago' || PAST.has(before) || (before === 'the' && PAST.has(doc.tokens[first - 2]?.norm ?? ''));
}

/** Token indices [first, last) of the tokens inside offsets [start, end), by binary search. */
function tokensIn(doc: Doc, start: number, end: number): [number, number] {
  const first = firstTokenFrom(doc, start);
  let last = first;
  while (last < doc.tokens.length && doc.tokens[last]!.end <= end) last++;
  return [first, last];
}

function firstTokenFrom(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function mention(doc: Doc, kind: MentionKind, first: number, last: number): Mention {
  const opener = doc.tokens[first]!.norm;
  return {
    kind,
    first,
    last,
    start: doc.tokens[first]!.start,
    end: doc.tokens[last - 1]!.end,
    opener: DETERMINERS.has(opener) || OWNERS.has(opener) ? opener : null,
  };
}

/** Longest match first at each place, and no two matches of one group on the same tokens. */
function longestFirst<T>(matches: PhraseMatch<T>[]): PhraseMatch<T>[] {
  const out: PhraseMatch<T>[] = [];
  let covered = -1;
  for (const m of matches) {
    if (m.first < covered) continue;
    out.push(m);
    covered = m.last;
  }
  return out;
}

const norms = (doc: Doc, first: number, last: number) =>
  doc.tokens
    .slice(first, last)
    .map((t) => t.norm)
    .join(' ');

/** The company's own name words: capitalised words at the start of its description ("Northwind Health, a…"). */
function companyNameWords(company: Doc | null): Set<string> {
  const out = new Set<string>();
  if (!company) return out;
  for (const t of company.tokens.slice(0, 4)) {
    if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.text)) break;
    out.add(t.norm);
  }
  return out;
}

const possessiveOf = (norm: string) => (norm.endsWith("'s") ? norm.slice(0, -2) : norm);

/** The index of an owner word ("your", "Northwind's") up to three words before `first`, or null. */
function ownerBefore(doc: Doc, first: number, names: Set<string>): number | null {
  for (let i = first - 1; i >= 0 && i >= first - 3 && sameSentence(doc, i, first); i--) {
    const t = doc.tokens[i]!;
    if (t.kind === 'punct') return null;
    if (OWNERS.has(t.norm) || (t.norm.endsWith("'s") && names.has(possessiveOf(t.norm)))) return i;
  }
  return null;
}

/** Owned by what follows: "the mentoring here", "the training you offer", "the academy at Northwind". */
function ownedAfter(doc: Doc, last: number, names: Set<string>): boolean {
  const next = doc.tokens[last];
  const after = doc.tokens[last + 1];
  if (!next || !sameSentence(doc, last, last - 1)) return false;
  if (next.norm === 'here' || next.norm === 'you') return true; // "the mentoring here", "the training you offer"
  return (next.norm === 'at' || next.norm === 'of') && after !== undefined && (names.has(after.norm) || after.norm === 'your');
}

/** Grow left over up to `max` modifier words ("data engineering" certificate). */
function growLeft(doc: Doc, first: number, max: number, stops: Set<string> = LEFT_STOPS, allowNumbers = false): number {
  let a = first;
  while (a > 0 && first - a < max && sameSentence(doc, a - 1, first)) {
    const t = doc.tokens[a - 1]!;
    if (t.kind === 'punct' || stops.has(t.norm) || (!allowNumbers && t.kind === 'number')) break;
    a--;
  }
  return a;
}

/** Take a determiner just before `first` into the span: "a certificate", "my degree". */
function withDeterminer(doc: Doc, first: number): number {
  const before = doc.tokens[first - 1];
  return before && sameSentence(doc, first - 1, first) && (DETERMINERS.has(before.norm) || OWNERS.has(before.norm)) ? first - 1 : first;
}

const ROLE_NOUNS = new Set(['leader', 'manager', 'supervisor', 'management', 'leadership', 'lead', 'head']);
const BECOMING = new Set(['be', 'become', 'becoming']);

/** A role noun with its verb: "become a team leader", not just "team leader". */
function withBecoming(doc: Doc, first: number): number {
  const det = doc.tokens[first - 1];
  if (det?.norm !== 'a' && det?.norm !== 'an') return first;
  const verb = doc.tokens[first - 2];
  return verb && BECOMING.has(verb.norm) && sameSentence(doc, first - 2, first) ? first - 2 : first - 1;
}

/** Grow right over up to `max` words until a clause word or punctuation ("lead [a small analytics team]"). */
function growRight(doc: Doc, last: number, max: number, allowOf = false): number {
  let b = last;
  while (b < doc.tokens.length && b - last < max && sameSentence(doc, b, last - 1)) {
    const t = doc.tokens[b]!;
    if (!isWord(t) || (CLAUSE_WORDS.has(t.norm) && !(allowOf && t.norm === 'of'))) break;
    b++;
  }
  return b;
}

/** After a noun, take "in data science" / "on cloud security": a linking word and up to `max` words. */
function growRightAfter(doc: Doc, last: number, links: string[], max: number): number {
  const next = doc.tokens[last];
  if (!next || !sameSentence(doc, last, last - 1) || !links.includes(next.norm)) return last;
  const end = growRight(doc, last + 1, max);
  return end > last + 1 ? end : last;
}

/** The sentence around a trigger, at most 20 tokens, without its closing punctuation. */
function sentenceWindow(doc: Doc, kind: MentionKind, first: number, last: number): Mention {
  const s = doc.sentences[doc.tokens[first]!.sentence]!;
  let a = s.first;
  let b = s.last;
  if (b - a > 20) {
    a = Math.max(s.first, first - 6);
    b = Math.min(s.last, Math.max(last, a + 20));
  }
  while (a < first && !isWord(doc.tokens[a])) a++;
  while (b > last && !isWord(doc.tokens[b - 1])) b--;
  return { ...mention(doc, kind, a, b), opener: null };
}

const NUMBER_LINKS = new Set(['by', 'to', 'of', 'at', 'over', 'around', 'about', 'under', 'than']);

/** Where a quoted amount starts: back over its linking word and the few words before ("cut handling time by 20%"). */
function numberStart(doc: Doc, at: number): number {
  const before = doc.tokens[at - 1];
  const from = before && sameSentence(doc, at - 1, at) && NUMBER_LINKS.has(before.norm) ? at - 1 : at;
  return growLeft(doc, from, 4, CLAUSE_WORDS, true);
}

/**
 * Amounts and targets ("20%", "$2m", "50 clients", "double"): not years, not ordinals,
 * not durations ("3 months"), not inside a timeframe.
 */
function amountTokens(doc: Doc, timeframes: Context['timeframes'], quantities: PhraseMatch<unknown>[]): number[] {
  const inTimeframe = new Uint8Array(doc.tokens.length);
  for (const tf of timeframes) {
    const [first, last] = tokensIn(doc, tf.start, tf.end);
    inTimeframe.fill(1, first, last);
  }
  const out: number[] = [];
  doc.tokens.forEach((t, i) => {
    if (t.kind !== 'number' || inTimeframe[i]) return;
    const next = doc.tokens[i + 1];
    if (next && sameSentence(doc, i, i + 1) && TIME_UNITS.has(next.norm)) return;
    if (/^(1[89]|20)\d\d$/.test(t.text) || /\d(st|nd|rd|th|s)$/i.test(t.text)) return;
    out.push(i);
  });
  for (const q of quantities) if (!inTimeframe[q.first]) out.push(q.first);
  return out.sort((a, b) => a - b);
}
