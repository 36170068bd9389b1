/**
 * What an interviewer picks up on in an answer: a course, leading people, a long-term horizon,
 * a number set as a target, a company feature, a missed goal, a lesson. Each mention carries the
 * span worth quoting back ("a data engineering certificate", not just "certificate"). Follow-ups
 * and strengths both read these; the vocabulary is packages/core/data/followup-triggers.yml.
 */
import type { Doc, Token } from '../text/tokenize.js';
import { isNegated, memoTable, sharedMatcher, type Matcher } from '../text/helpers.js';
import { PhraseMatcher, phraseTokens, type PhraseMatch } from '../text/phrases.js';
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
  /** The determiner or owner word that opens the span ("a", "my", "your"), lower-cased; null when there is none. */
  opener: string | null;
  /** The trigger words themselves ("in five years" inside a quoted sentence), as offsets. */
  focus: { start: number; end: number };
  /** Leadership the speaker already practises ("I already mentor two juniors"), a course already under way ("I'm doing the CIPP diploma"). */
  already?: boolean;
}

type Group = 'course' | 'leadership' | 'long_term' | 'company_program' | 'company_trait' | 'owner' | 'quantity' | 'missed' | 'lesson';
const GROUPS = VOCAB['followup-triggers'] as Record<Group, string[]>;

const matcher = (...groups: Group[]) => new PhraseMatcher(groups.flatMap((g) => GROUPS[g].map((phrase) => ({ phrase, value: g }))));
const TRIGGERS = matcher('course', 'leadership', 'long_term', 'company_program', 'company_trait', 'quantity', 'missed', 'lesson');
const PROGRAMS = matcher('company_program');
const OWNERS = new Set(GROUPS.owner);
/**
 * The same triggers on the shared scan (one trie walk per document for every vocabulary): one matcher
 * per group as `of` reads them. The shared scan also reads "manager's" as "manager"; TRIGGERS does not,
 * so a document with such a possessive on a trigger word keeps the own walk, and results stay the same.
 */
const sharedOf = (...groups: Group[]) => sharedMatcher(groups.flatMap((g) => GROUPS[g].map((phrase) => ({ phrase, value: g }))));
const SHARED: Record<'features' | 'course' | 'long_term' | 'leadership' | 'quantity' | 'missed' | 'lesson', Matcher<Group>> = {
  features: sharedOf('company_program', 'company_trait'),
  course: sharedOf('course'),
  long_term: sharedOf('long_term'),
  leadership: sharedOf('leadership'),
  quantity: sharedOf('quantity'),
  missed: sharedOf('missed'),
  lesson: sharedOf('lesson'),
};
const TRIGGER_WORDS = new Set(
  (['course', 'leadership', 'long_term', 'company_program', 'company_trait', 'quantity', 'missed', 'lesson'] as Group[]).flatMap((g) => GROUPS[g].flatMap(phraseTokens)),
);
/** Would the shared scan read a possessive here as a trigger word where TRIGGERS would not? */
const possessiveTrigger = (doc: Doc) => doc.tokens.some((t) => t.norm.endsWith("'s") && TRIGGER_WORDS.has(t.norm.slice(0, -2)));

/** Words that end a quoted span: they start a new clause or a time phrase. */
const CLAUSE_WORDS = new Set([
  'and', 'or', 'but', 'so', 'because', 'since', 'which', 'that', 'who', 'where', 'when', 'while', 'if', 'then', 'as',
  'in', 'within', 'by', 'over', 'before', 'after', 'during', 'until', 'at', 'here', 'there', 'to', 'for', 'from', 'with',
  'i', "i'm", "i'd", "i'll", "i've", 'we', 'you', 'it', 'this', 'is', 'are', 'was', 'will', 'would', 'eventually', 'someday',
]);
/** Verbs and pronouns that stop a span growing to the left of a noun ("complete [a data engineering certificate]"). */
const LEFT_STOPS = new Set([
  ...CLAUSE_WORDS, 'want', 'like', 'love', 'plan', 'planning', 'hope', 'aim', 'am', 'be', 'become', 'get', 'getting', 'earn', 'earning',
  'complete', 'completing', 'finish', 'finishing', 'take', 'taking', 'do', 'doing', 'start', 'starting', 'pursue', 'pursuing', 'enroll',
  'enrolled', 'study', 'studying', 'have', 'has', 'had', 'my', 'your', 'our', 'their', 'his', 'her', 'its', 'the', 'a', 'an', 'of', 'on',
  'about', 'also', 'really', 'one',
]);
const DETERMINERS = new Set(['a', 'an', 'the', 'my']);

/** Role nouns take their modifiers ("engineering manager"); the other leadership words are verbs, or either. */
const ROLE_NOUNS = new Set(['leader', 'manager', 'supervisor', 'management', 'leadership', 'head']);
/** Verb or noun by what precedes: "to lead" / "a lead", "I mentor" / "a mentor". */
const EITHER = new Set(['lead', 'mentor', 'coach']);
const NOUN_MARKERS = new Set(['a', 'an', 'the', 'my', 'our', 'your', 'their', 'his', 'her', 'its', 'whose']);
/** A role behind one of these is someone else's: "my manager", "the leadership team", "Dana's mentor". */
const SOMEONE_ELSES = new Set(['my', 'our', 'your', 'their', 'his', 'her', 'its', 'the', 'whose']);
const BECOMING = new Set(['be', 'become', 'becoming']);
/** Before "a"/"an" and a role: moving into it ("become a lead", "work as a mentor", "step into a manager role"). */
const INTO_A_ROLE = new Set([...BECOMING, 'as', 'into', 'to', 'toward', 'towards', 'reach', 'reaching', 'land', 'landing', 'take', 'taking', 'promoted', 'appointed']);
/** "lead", "mentor", "coach" are verbs after these: "to lead", "I mentor", "and coach". */
const VERB_BEFORE = new Set(['to', 'i', "i'd", "i'll", 'we', 'already', 'currently', 'now', 'also', 'and', 'or', 'will', 'would', 'can', 'could', 'help', 'then', 'eventually', 'later']);
/** "mentor me", "coach us": received, not given. */
const OBJECT_ME = new Set(['me', 'us', 'myself']);
/** "manage my time", "lead to better results", "the mentoring scheme": not the speaker leading people. */
const NOT_PEOPLE_AFTER = new Set(['my', 'myself', 'time', 'stress', 'workload', 'priorities', 'expectations', 'deadlines', 'it', 'to', 'scheme', 'program', 'programs', 'session', 'sessions', 'budget', 'accounts']);
/** Before a leadership verb: someone else doing it, or the speaker receiving it. */
const NOT_MINE_BEFORE = new Set(['from', 'under', 'by', 'with', 'time', 'get', 'got', 'getting']);
const ALREADY = new Set(['already', 'currently', 'now', 'i']);

/** A number followed by these is a time, not a target ("in 3 months", "90 days"). */
const TIME_UNITS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'am', 'pm']);
/** A number after these is a label, not an amount: "band 6", "level 3", "phase 2". */
const LABELS = new Set(['band', 'level', 'grade', 'year', 'step', 'phase', 'stage', 'version', 'tier', 'page', 'room', 'chapter', 'section', 'module', 'part', 'key', 'number', 'no', 'unit', 'ward', 'route', 'platform', 'series']);
/** Suffixes that still make an amount: 20%, $80k, 3x, 2m, 1bn. */
const AMOUNT_SUFFIX = /^[$£€]?\d[\d,.]*(%|k|m|bn|x)?$/i;
/** A number is a target only in a sentence about the future. */
const AIM_WORDS = new Set(['want', 'wants', 'will', 'would', "i'd", "i'll", "we'd", "we'll", 'aim', 'aiming', 'goal', 'goals', 'target', 'targets', 'plan', 'planning', 'hope', 'hoping', 'intend', 'going', 'should', 'expect', 'like', 'love']);
const PAST = new Set(['past', 'last', 'previous', 'ago', 'for']);
/** Words before a course that do not name its field. */
const GENERIC_MODIFIERS = new Set(['a', 'an', 'the', 'my', 'whole', 'new', 'further', 'full', 'formal', 'relevant', 'proper', 'good', 'next', 'first', 'online', 'short', 'free', 'own', 'some', 'any', 'more', 'part-time', 'professional', 'recognized', 'accredited', 'internal', 'external', 'extra', 'another', 'few', 'couple', 'two', 'three']);
/** "of course", "off course", "on course to", "in the course of". */
const NOT_A_COURSE_BEFORE = new Set(['of', 'off', 'on']);

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind !== 'punct';
const sameSentence = (doc: Doc, i: number, j: number) => doc.tokens[i]?.sentence === doc.tokens[j]?.sentence;
const normAt = (doc: Doc, i: number) => doc.tokens[i]?.norm ?? '';

/** Whitespace that collapsing would change: anything but a plain space, or two spaces in a row. */
const UNEVEN_SPACE = /[^\S ]| {2}/;

/** Quoted words on one line, single-spaced and trimmed. Most quotes are already single-spaced: one test skips the replace. */
export const oneLine = (text: string): string => (UNEVEN_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();

type MentionContext = Pick<Context, 'company' | 'timeframes'>;

/**
 * Per-token marks, reused from one analysis to the next and zeroed over the first `length` entries: a fresh
 * Uint8Array per analysis is an off-heap allocation (about half a microsecond) plus garbage-collector work.
 * Callers index only tokens [0, length), so what lies beyond is never read.
 */
const SCRATCH = { claimed: new Uint8Array(256), inTimeframe: new Uint8Array(256) };
function zeroedMarks(use: keyof typeof SCRATCH, length: number): Uint8Array {
  if (SCRATCH[use].length < length) SCRATCH[use] = new Uint8Array(2 * length);
  return SCRATCH[use].fill(0, 0, length);
}

/** Follow-ups and strengths both ask for the mentions of one analysis: read them once. */
const MENTIONS = Symbol('mentions');

/** Every mention in the answer, in text order; no trigger word counts for two mentions. */
export function findMentions(doc: Doc, context: MentionContext): Mention[] {
  const memo = memoTable(doc);
  const cached = memo.get(MENTIONS) as { context: MentionContext; mentions: Mention[] } | undefined;
  if (cached && cached.context.company === context.company && cached.context.timeframes === context.timeframes) return cached.mentions;
  const mentions = readMentions(doc, context);
  memo.set(MENTIONS, { context, mentions });
  return mentions;
}

function readMentions(doc: Doc, context: MentionContext): Mention[] {
  const mentions: Mention[] = [];
  // What the company's description names is read only when the answer names a company feature (most do not).
  let offered: Set<string> | undefined;
  const claimed = zeroedMarks('claimed', doc.tokens.length);
  const free = (first: number, last: number) => {
    for (let i = first; i < last; i++) if (claimed[i] !== 0) return false;
    return true;
  };
  // A quoted span claims its tokens; a sentence quoted around a trigger claims only the trigger, so other mentions inside it still count.
  const claim = (m: Mention, trigger: { first: number; last: number } = m) => {
    claimed.fill(1, trigger.first, trigger.last);
    // Every mention claimed is fresh from mention(): set its focus in place rather than copy it (a spread copy that overrides a field is slow in V8).
    if (trigger !== m) m.focus = { start: doc.tokens[trigger.first]!.start, end: doc.tokens[trigger.last - 1]!.end };
    mentions.push(m);
  };

  const own = possessiveTrigger(doc) ? TRIGGERS.matchAll(doc) : null;
  const of = (key: keyof typeof SHARED, ...groups: Group[]) => (own ? longestFirst(own.filter((m) => groups.includes(m.value))) : SHARED[key].match(doc));
  const features = of('features', 'company_program', 'company_trait').filter((m) => m.value === 'company_program' || !modifiesNext(doc, m.last)); // "your product managers" is about people, not the product
  const names = features.length > 0 ? companyNameWords(context.company) : new Set<string>();

  // A feature the speaker ties to the company ("your mentoring program") is about the company, not their own mentoring.
  for (const m of features) {
    const owner = ownerBefore(doc, m.first, names);
    if ((owner === null && !ownedAfter(doc, m.last, names)) || !free(m.first, m.last)) continue;
    claim(mention(doc, 'company_feature', owner ?? withDeterminer(doc, m.first), m.last));
  }
  for (const m of of('course', 'course')) {
    if (!free(m.first, m.last) || NOT_A_COURSE_BEFORE.has(normAt(doc, m.first - 1)) || normAt(doc, m.last) === 'of') continue;
    const first = withDeterminer(doc, growLeft(doc, m.first, 3));
    const last = growRightAfter(doc, m.last, ['in', 'on'], 3);
    // "Why that field?" needs a field: "a data engineering certificate", "a degree in law", "my degree"; not "courses" or "a qualification".
    const named = last > m.last || normAt(doc, first) === 'my' || doc.tokens.slice(first, m.first).some((t) => !GENERIC_MODIFIERS.has(t.norm));
    if (!named) continue;
    const course = mention(doc, 'course', first, last);
    if (UNDER_WAY.has(normAt(doc, first - 1)) || UNDER_WAY.has(normAt(doc, first - 2))) course.already = true;
    claim(course);
  }
  // A program the company's own description names ("its graduate scheme"), even without "your".
  for (const m of features) {
    if (m.value !== 'company_program' || !(offered ??= programsIn(context.company)).has(norms(doc, m.first, m.last)) || !free(m.first, m.last)) continue;
    claim(mention(doc, 'company_feature', withDeterminer(doc, m.first), m.last));
  }
  for (const m of of('long_term', 'long_term')) {
    if (isPastDuration(doc, m.first, m.last) || !free(m.first, m.last)) continue;
    claim(sentenceWindow(doc, 'long_term', m.first, m.last), m);
  }
  // Durations found by the timeframe reader that reach three years or more.
  for (const tf of context.timeframes) {
    if (tf.months < 36) continue;
    const [first, last] = tokensIn(doc, tf.start, tf.end);
    if (first < last && free(first, last)) claim(sentenceWindow(doc, 'long_term', first, last), { first, last });
  }
  for (const m of of('leadership', 'leadership')) {
    if (!free(m.first, m.last)) continue;
    const span = leadershipSpan(doc, m.first, m.last, (i) => claimed[i] === 1);
    if (span) claim(span);
  }
  for (const at of amountTokens(doc, context.timeframes, of('quantity', 'quantity'))) {
    if (free(at, at + 1) && aimedAt(doc, at)) claim(mention(doc, 'number', numberStart(doc, at), growRight(doc, at + 1, 3, true)));
  }
  for (const m of of('missed', 'missed')) {
    // "I've never missed a goal" is not a miss: the evasive rule speaks for it.
    if (free(m.first, m.last) && !isNegated(doc, m.first)) claim(sentenceWindow(doc, 'missed', m.first, m.last), m);
  }
  for (const m of of('lesson', 'lesson')) {
    if (free(m.first, m.last) && !isNegated(doc, m.first)) claim(sentenceWindow(doc, 'lesson', m.first, m.last), m);
  }
  // Kinds are plain lower-case ASCII: comparing them with < orders them as localeCompare did, without its cost.
  return mentions.sort((a, b) => a.start - b.start || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
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
    focus: { start: doc.tokens[first]!.start, end: doc.tokens[last - 1]!.end },
  };
}

/**
 * The speaker's own leading, quoted with its object ("lead a small analytics team",
 * "become a team leader"), or null for someone else's ("my manager", "the leadership team"),
 * leadership received ("want a mentor") or not of people ("manage my time", "lead to").
 */
function leadershipSpan(doc: Doc, first: number, last: number, taken: (i: number) => boolean): Mention | null {
  if (NOT_PEOPLE_AFTER.has(normAt(doc, last))) return null;
  const word = normAt(doc, first);
  const before = normAt(doc, first - 1);
  const isNoun = last - first > 1 || ROLE_NOUNS.has(word) || (EITHER.has(word) && !VERB_BEFORE.has(before));
  let from = first;
  if (isNoun) {
    from = growLeft(doc, first, 3);
    if (doc.tokens.slice(from, first).some((t) => t.norm === 'time' || t.norm === 'self')) return null; // "time management"
    const det = sameSentence(doc, from - 1, first) ? normAt(doc, from - 1) : '';
    const beforeDet = normAt(doc, from - 2);
    if (SOMEONE_ELSES.has(det) || det.endsWith("'s")) {
      if (!BECOMING.has(beforeDet)) return null;
      from -= 2;
    } else if (det === 'a' || det === 'an') {
      // "become a team leader", "work as a mentor": a role to grow into. Not "ask for a mentor", "someone a manager can trust".
      if (!INTO_A_ROLE.has(beforeDet)) return null;
      from -= 2;
    } else if (NOT_MINE_BEFORE.has(det)) return null;
  } else if (NOT_MINE_BEFORE.has(before) || NOUN_MARKERS.has(before) || OBJECT_ME.has(normAt(doc, last)) || isNegated(doc, first)) return null;
  const to = growRight(doc, last, 6, false, taken); // not over "one day", already a long-term mention
  // A bare verb ("I want to coach.") reads better with the words that lead up to it.
  if (to - from === 1) from = clauseStart(doc, from, 6);
  const m = mention(doc, 'leadership', from, to);
  if (!isNoun && ALREADY.has(before) && sameSentence(doc, first - 1, first)) m.already = true;
  return m;
}

/** Right before a course, these say it is under way: "I'm doing the CIPP diploma", "I've started a course on…". */
const UNDER_WAY = new Set(['doing', 'taking', 'studying', 'started', 'starting', 'halfway', 'midway', 'currently', 'enrolled']);

/** Back from `first` to the start of its clause (a comma, a colon, the sentence start), at most `max` tokens. */
function clauseStart(doc: Doc, first: number, max: number): number {
  let a = first;
  while (a > 0 && first - a < max && sameSentence(doc, a - 1, first) && isWord(doc.tokens[a - 1])) a--;
  return a;
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

/** The programs a company's description names ("its graduate scheme"), as their normalized words. */
function programsIn(company: Doc | null): Set<string> {
  return company ? new Set(PROGRAMS.match(company).map((m) => norms(company, m.first, m.last))) : new Set<string>();
}

/** The company's own name words: capitalised words at the start of its description ("Northwind Health, a…"). */
function companyNameWords(company: Doc | null): Set<string> {
  const out = new Set<string>();
  if (!company) return out;
  for (const t of company.tokens.slice(0, 4)) {
    if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.text)) break;
    out.add(possessiveOf(t.norm));
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
  if (next.norm === 'here' || next.norm === 'you') return true;
  return (next.norm === 'at' || next.norm === 'of') && after !== undefined && (names.has(possessiveOf(after.norm)) || after.norm === 'your');
}

/** Is the word before token `next` a modifier of it ("product" in "product managers")? */
function modifiesNext(doc: Doc, next: number): boolean {
  const t = doc.tokens[next];
  return t !== undefined && t.kind === 'word' && sameSentence(doc, next - 1, next) && !CLAUSE_WORDS.has(t.norm) && !LEFT_STOPS.has(t.norm);
}

/** "five years of experience", "the last ten years", "for three years": time already spent, not a goal. */
function isPastDuration(doc: Doc, first: number, last: number): boolean {
  const before = normAt(doc, first - 1);
  const after = normAt(doc, last);
  return after === 'of' || after === 'ago' || PAST.has(before) || (before === 'the' && PAST.has(normAt(doc, first - 2)));
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

/** Grow right over up to `max` words until a clause word or punctuation ("lead [a small analytics team]"). */
function growRight(doc: Doc, last: number, max: number, allowOf = false, taken: (i: number) => boolean = () => false): number {
  let b = last;
  while (b < doc.tokens.length && b - last < max && sameSentence(doc, b, last - 1)) {
    const t = doc.tokens[b]!;
    if (!isWord(t) || (CLAUSE_WORDS.has(t.norm) && !(allowOf && t.norm === 'of')) || taken(b)) break;
    b++;
  }
  // Cut at the limit, a quote must not end mid-phrase: "the huddle twice a" → "the huddle".
  while (b > last && DANGLING.has(doc.tokens[b - 1]!.norm)) b--;
  return b;
}
/** Words that cannot end a quoted phrase: they lead into words that were cut off. */
const DANGLING = new Set(['a', 'an', 'the', 'to', 'of', 'for', 'with', 'in', 'on', 'at', 'by', 'and', 'or', 'my', 'your', 'our', 'their', 'this', 'that', 'once', 'twice']);

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
  const m = mention(doc, kind, a, b);
  m.opener = null;
  return m;
}

/** Token indices [first, last) of the tokens inside offsets [start, end), by binary search. */
function tokensIn(doc: Doc, start: number, end: number): [number, number] {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  let last = lo;
  while (last < doc.tokens.length && doc.tokens[last]!.end <= end) last++;
  return [lo, last];
}

/**
 * Is the amount at `at` a target? Only when an aim word comes shortly before it in the same
 * clause ("I want to cut churn by 20%"), not in a fact about the past ("I saved £1.2m").
 */
function aimedAt(doc: Doc, at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i <= 10 && sameSentence(doc, i, at); i--) {
    const t = doc.tokens[i]!;
    if (t.kind === 'punct' && (t.text === ';' || t.text === ':')) return false;
    if (AIM_WORDS.has(t.norm)) return true;
  }
  return false;
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
 * not durations ("3 months"), not labels ("band 6", "Civil 3D"), not inside a timeframe.
 */
function amountTokens(doc: Doc, timeframes: Context['timeframes'], quantities: PhraseMatch<unknown>[]): number[] {
  const inTimeframe = zeroedMarks('inTimeframe', doc.tokens.length);
  for (const tf of timeframes) {
    const [first, last] = tokensIn(doc, tf.start, tf.end);
    inTimeframe.fill(1, first, last);
  }
  const out: number[] = [];
  doc.tokens.forEach((t, i) => {
    if (t.kind !== 'number' || inTimeframe[i] || !AMOUNT_SUFFIX.test(t.text) || /^(1[89]|20)\d\d$/.test(t.text)) return;
    const next = doc.tokens[i + 1];
    const before = doc.tokens[i - 1];
    const unit = next?.text === '-' ? doc.tokens[i + 2] : next; // "24-month"
    if (unit && sameSentence(doc, i, i + 1) && TIME_UNITS.has(unit.norm)) return;
    if (before && sameSentence(doc, i - 1, i) && LABELS.has(before.norm)) return;
    out.push(i);
  });
  for (const q of quantities) if (!inTimeframe[q.first]) out.push(q.first);
  return out.sort((a, b) => a - b);
}
