/** Small questions rules ask of a document. Every word list here is built once, at module load. */
import type { Doc, Token } from './tokenize.js';
import { PhraseMatcher, phraseTokens, type PhraseMatch } from './phrases.js';
import { VOCAB } from '../vocab/generated.js';
import { american } from './normalize.js';

/** The document's memo table (see Doc.memo): answers kept under keys of their own; `memo()` functions use slots instead. */
export const memoTable = (doc: Doc): Map<unknown, unknown> => (doc.memo ??= new Map());

/** How many memo() functions exist: each owns one slot of Doc.memoSlots. */
let memoCount = 0;
/** What a slot holds for an answer that was undefined (an empty slot means "not yet asked"). */
const UNDEFINED = Symbol('undefined');

/**
 * Per-document memo: several rules ask the same question of one answer; it is answered once.
 * Answers sit in an array slot per memo, not in the memo Map: memoized questions are asked
 * hundreds of times per analysis, and an array read is much cheaper than Map get + has.
 */
export function memo<T>(fn: (doc: Doc) => T): (doc: Doc) => T {
  const slot = memoCount++;
  return (doc) => {
    const slots = (doc.memoSlots ??= new Array<unknown>(memoCount));
    const held = slots[slot];
    if (held !== undefined) return (held === UNDEFINED ? undefined : held) as T;
    const value = fn(doc);
    slots[slot] = value === undefined ? UNDEFINED : value;
    return value;
  };
}

const NEGATORS = new Set(['not', 'no', 'never', 'nor', 'without', 'neither', 'hardly', 'rather', 'instead']);
/** Negators that may follow what they deny: "money isn't what drives me", "pay was never the point". */
const AFTER_NEGATORS = new Set(['not', 'never', 'no', 'hardly', 'less']);

const isNegator = (t: Token) => NEGATORS.has(t.norm) || t.norm.endsWith("n't") || t.norm === 'cannot';

/** Is the token at `index` negated by a negator shortly before it in the same sentence? */
export function isNegated(doc: Doc, index: number, window = 4): boolean {
  const token = doc.tokens[index];
  if (!token) return false;
  for (let i = index - 1; i >= 0 && i >= index - window; i--) {
    const t = doc.tokens[i]!;
    if (t.sentence !== token.sentence) break;
    // A clause break ends the negator's reach: "I don't mind, the salary matters".
    if (t.kind === 'punct' && (t.text === ',' || t.text === ';' || t.text === ':')) break;
    if (isNegator(t)) return true;
  }
  return false;
}

/**
 * Is the phrase at tokens [first, last) denied, before it ("not for the money") or right after it,
 * as the subject of a negated verb ("money isn't what drives me", "the salary is not the reason")?
 */
export function isDenied(doc: Doc, first: number, last: number, window = 4): boolean {
  if (isNegated(doc, first, window)) return true;
  const sentence = doc.tokens[first]?.sentence;
  for (let i = last; i < doc.tokens.length && i < last + window; i++) {
    const t = doc.tokens[i]!;
    if (t.sentence !== sentence || (t.kind === 'punct' && t.text !== "'")) break;
    if (t.norm.endsWith("n't") || t.norm === 'cannot' || AFTER_NEGATORS.has(t.norm)) return true;
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

/** The offsets of tokens [first, last). */
export function tokenSpan(doc: Doc, first: number, last: number): { start: number; end: number } {
  const a = doc.tokens[first];
  const b = doc.tokens[Math.max(first, last - 1)];
  return a && b ? { start: a.start, end: b.end } : { start: 0, end: 0 };
}

/** The clause around tokens [first, last): out to the nearest comma, semicolon, dash or sentence edge, at most `reach` tokens each way. */
export function clauseSpan(doc: Doc, first: number, last: number, reach = 8): { start: number; end: number } {
  const sentence = doc.tokens[first]?.sentence;
  const s = doc.sentences[sentence ?? -1];
  if (!s) return tokenSpan(doc, first, last);
  let a = first;
  while (a > s.first && first - a < reach && !isClauseBreak(doc.tokens[a - 1]!)) a--;
  let b = last;
  while (b < s.last && b - last < reach && !isClauseBreak(doc.tokens[b]!)) b++;
  return tokenSpan(doc, a, b);
}

const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '-', '(', ')', '.', '!', '?']);
function isClauseBreak(t: Token): boolean {
  return t.kind === 'punct' && CLAUSE_BREAKS.has(t.text);
}

/** Does any token of sentence `s` (or of tokens [from, to)) have a norm in `words`? */
export function sentenceHas(doc: Doc, s: number, words: ReadonlySet<string>): boolean {
  const sentence = doc.sentences[s];
  if (!sentence) return false;
  return rangeHas(doc, sentence.first, sentence.last, words);
}

export function rangeHas(doc: Doc, from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let i = Math.max(0, from); i < to && i < doc.tokens.length; i++) if (words.has(doc.tokens[i]!.norm)) return true;
  return false;
}

/** Matches of `matcher` grouped by sentence index. */
export function bySentence<T>(matches: PhraseMatch<T>[], doc: Doc): Map<number, PhraseMatch<T>[]> {
  const out = new Map<number, PhraseMatch<T>[]>();
  for (const m of matches) {
    const s = doc.tokens[m.first]!.sentence;
    const list = out.get(s);
    if (list) list.push(m);
    else out.set(s, [m]);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Shared phrase matching: every vocabulary registered here goes into one trie, and each document
// is scanned once for all of them; each matcher then takes its own matches from that scan.

/** What a rule needs of a matcher: its matches in a document, longest first, none overlapping. */
export interface Matcher<T> {
  match(doc: Doc, from?: number, to?: number): PhraseMatch<T>[];
}

interface Tagged {
  tag: number;
  value: unknown;
  /** Its place in VALUES, so a scan stores numbers, not objects. */
  index: number;
}

/**
 * A plain token trie: shared vocabularies have no wildcard, so each start token is one deterministic walk.
 * It is packed into typed arrays rather than built of Maps: a Map per node spread ~10k small hash tables over
 * megabytes, and the walk was bound by cache misses (a child lookup cost twice a root lookup). Words are
 * numbered; each token's number is looked up once, and the walk then only reads small contiguous arrays.
 */
interface Trie {
  /** Every word of every phrase, numbered. */
  wordIds: Map<string, number>;
  /** The node a phrase starting with word w goes to, or -1. */
  rootChild: Int32Array;
  /** Node n's children are edges [childStart[n], childStart[n + 1]), sorted by word. */
  childStart: Int32Array;
  edgeWord: Int32Array;
  edgeNode: Int32Array;
  /** Node n's values are [valueStart[n], valueStart[n + 1]) of valueTag/valueIndex, in registration order. */
  valueStart: Int32Array;
  valueTag: Int32Array;
  valueIndex: Int32Array;
  /** Word w starts the positions of the start-word lists [listStart[w], listStart[w + 1]) of listIds (see wordPositions). */
  listStart: Int32Array;
  listIds: Int32Array;
}

/** Scratch space for one start token's walk: the nodes with values met, and where each ends. */
const ENDS: number[] = [];
const LASTS: number[] = [];
const registered: { words: string[]; value: Tagged }[] = [];
/** The start-word lists registered by wordPositions, each its words. */
const positionLists: string[][] = [];
const VALUES: Tagged[] = [];
let root: Trie | null = null;
let tags = 0;

function buildTrie(): Trie {
  // First as plain nodes (node 0 is the root), then packed.
  const wordIds = new Map<string, number>();
  const children: Map<number, number>[] = [new Map()];
  const values: Tagged[][] = [[]];
  for (const { words, value } of registered) {
    let at = 0;
    for (const word of words) {
      let id = wordIds.get(word);
      if (id === undefined) wordIds.set(word, (id = wordIds.size));
      let child = children[at]!.get(id);
      if (child === undefined) {
        child = children.length;
        children.push(new Map());
        values.push([]);
        children[at]!.set(id, child);
      }
      at = child;
    }
    if (at !== 0) values[at]!.push(value);
  }
  // Start words get numbers too, and each number the lists that hold it.
  const listsOf = new Map<number, number[]>();
  positionLists.forEach((words, list) => {
    for (const word of words) {
      let id = wordIds.get(word);
      if (id === undefined) wordIds.set(word, (id = wordIds.size));
      const lists = listsOf.get(id);
      if (lists) lists.push(list);
      else listsOf.set(id, [list]);
    }
  });
  const listStart = new Int32Array(wordIds.size + 1);
  const listIds = new Int32Array([...listsOf.values()].reduce((sum, l) => sum + l.length, 0));
  for (let w = 0, at = 0; w < wordIds.size; w++) {
    listStart[w] = at;
    for (const list of listsOf.get(w) ?? []) listIds[at++] = list;
    listStart[w + 1] = at;
  }
  const nodes = children.length;
  const rootChild = new Int32Array(wordIds.size).fill(-1);
  for (const [word, child] of children[0]!) rootChild[word] = child;
  const childStart = new Int32Array(nodes + 1);
  const edgeWord = new Int32Array(nodes);
  const edgeNode = new Int32Array(nodes);
  const valueStart = new Int32Array(nodes + 1);
  const valueTag = new Int32Array(registered.length);
  const valueIndex = new Int32Array(registered.length);
  let edges = 0;
  let vals = 0;
  for (let n = 0; n < nodes; n++) {
    childStart[n] = edges;
    if (n > 0) {
      for (const [word, child] of [...children[n]!].sort((a, b) => a[0] - b[0])) {
        edgeWord[edges] = word;
        edgeNode[edges++] = child;
      }
    }
    valueStart[n] = vals;
    for (const value of values[n]!) {
      valueTag[vals] = value.tag;
      valueIndex[vals++] = value.index;
    }
  }
  childStart[nodes] = edges;
  valueStart[nodes] = vals;
  return { wordIds, rootChild, childStart, edgeWord, edgeNode, valueStart, valueTag, valueIndex, listStart, listIds };
}

/** The child of non-root node `at` by word `word`, or -1: a binary search of its sorted edges. */
function childOf(trie: Trie, at: number, word: number): number {
  if (word < 0) return -1;
  const { edgeWord } = trie;
  let lo = trie.childStart[at]!;
  let hi = trie.childStart[at + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const w = edgeWord[mid]!;
    if (w === word) return trie.edgeNode[mid]!;
    if (w < word) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

/** Per-scan word numbers of the tokens, and of their words without a possessive 's (-1: none). Grown as needed. */
let WORDS = new Int32Array(256);
let BARE_WORDS = new Int32Array(256);

interface Scan {
  /** Per vocabulary, flat [first, last, value index] triples (absent when the vocabulary has no match). */
  buckets: (number[] | undefined)[];
  /** Per start-word list, the token positions of its words in text order (absent when none occurs). */
  positions: (number[] | undefined)[];
}

/**
 * Every match of every registered vocabulary in `doc`, bucketed by vocabulary, longest first at each
 * start and never across a sentence, and where each start-word list's words occur: one pass over the
 * tokens per document, whatever the number of vocabularies and lists.
 */
function scan(doc: Doc): Scan {
  const trie = (root ??= buildTrie());
  // Memoized under the trie itself: a scan by an older trie (before more vocabularies registered) is never reused.
  const memo = memoTable(doc);
  const done = memo.get(trie) as Scan | undefined;
  if (done) return done;
  const buckets = new Array<number[] | undefined>(tags);
  const positions = new Array<number[] | undefined>(positionLists.length);
  const { tokens } = doc;
  const n = tokens.length;
  if (WORDS.length < n) {
    WORDS = new Int32Array(n * 2);
    BARE_WORDS = new Int32Array(n * 2);
  }
  const { wordIds, rootChild, valueStart, valueTag, valueIndex, listStart, listIds } = trie;
  for (let i = 0; i < n; i++) {
    const token = tokens[i]!;
    // Phrases hold no punctuation: a mark needs no lookup.
    if (token.kind === 'punct') {
      WORDS[i] = BARE_WORDS[i] = -1;
      continue;
    }
    const norm = token.norm;
    const word = wordIds.get(norm) ?? -1;
    WORDS[i] = word;
    if (word >= 0) {
      for (let l = listStart[word]!; l < listStart[word + 1]!; l++) {
        const at = positions[listIds[l]!];
        if (at) at.push(i);
        else positions[listIds[l]!] = [i];
      }
    }
    // A possessive matches its word too, in either spelling: "the school's" finds "school", "the programme's" "program".
    BARE_WORDS[i] = norm.endsWith("'s") ? (wordIds.get(american(norm.slice(0, -2))) ?? -1) : -1;
  }
  for (let first = 0; first < n; first++) {
    let at = WORDS[first]! >= 0 ? rootChild[WORDS[first]!]! : -1;
    if (at < 0 && BARE_WORDS[first]! >= 0) at = rootChild[BARE_WORDS[first]!]!;
    if (at < 0) continue;
    const sentence = tokens[first]!.sentence;
    let found = 0;
    let i = first + 1;
    for (;;) {
      if (valueStart[at + 1]! > valueStart[at]!) {
        ENDS[found] = at;
        LASTS[found++] = i;
      }
      if (i >= n || tokens[i]!.sentence !== sentence) break;
      let child = childOf(trie, at, WORDS[i]!);
      if (child < 0) child = childOf(trie, at, BARE_WORDS[i]!);
      if (child < 0) break;
      at = child;
      i++;
    }
    for (let k = found - 1; k >= 0; k--) {
      const last = LASTS[k]!;
      const end = valueStart[ENDS[k]! + 1]!;
      for (let v = valueStart[ENDS[k]!]!; v < end; v++) {
        const bucket = buckets[valueTag[v]!];
        if (bucket) bucket.push(first, last, valueIndex[v]!);
        else buckets[valueTag[v]!] = [first, last, valueIndex[v]!];
      }
    }
  }
  const result = { buckets, positions };
  memo.set(trie, result);
  return result;
}

/** Register a vocabulary in the shared trie. Call at module load, never per analysis. */
export function sharedMatcher<T>(entries: Iterable<{ phrase: string; value: T }>): Matcher<T> {
  const tag = tags++;
  for (const { phrase, value } of entries) {
    const tagged = { tag, value, index: VALUES.length };
    VALUES.push(tagged);
    registered.push({ words: phraseTokens(phrase), value: tagged });
  }
  root = null;
  return {
    match(doc, from = 0, to = doc.tokens.length) {
      const out: PhraseMatch<T>[] = [];
      const found = scan(doc).buckets[tag];
      if (!found) return out;
      const { tokens } = doc;
      let covered = -1;
      for (let i = 0; i < found.length; i += 3) {
        const first = found[i]!;
        const last = found[i + 1]!;
        if (first < from || last > to || first < covered) continue;
        out.push({ first, last, start: tokens[first]!.start, end: tokens[last - 1]!.end, value: VALUES[found[i + 2]!]!.value as T });
        covered = last;
      }
      return out;
    },
  };
}

const NO_POSITIONS: readonly number[] = Object.freeze([]);

/**
 * Where a finder's start words occur. Many finders look at every token for one of a handful of words ("until", "own",
 * "fluent") and then read the few tokens around it; registered here, the words are found by the shared scan's one
 * lookup per token, and each finder visits only the positions of its own words (exact words: no possessive reading).
 * Register at module load, never per analysis.
 */
export function wordPositions(words: Iterable<string>): (doc: Doc) => readonly number[] {
  const list = positionLists.length;
  positionLists.push([...new Set(words)]);
  root = null;
  return (doc) => scan(doc).positions[list] ?? NO_POSITIONS;
}

/**
 * A matcher of its own, outside the shared scan, for lists a rule needs only now and then (the frames
 * around a money word, the lesson in a missed-goal answer): it scans a document only when asked, once.
 */
export function onDemandMatcher<T>(entries: Iterable<{ phrase: string; value: T }>): Matcher<T> {
  const matcher = new PhraseMatcher([...entries]);
  const matchAll = memo((doc) => matcher.match(doc));
  return {
    match(doc, from = 0, to = doc.tokens.length) {
      const all = matchAll(doc);
      return from === 0 && to >= doc.tokens.length ? all : all.filter((m) => m.first >= from && m.last <= to);
    },
  };
}

/** An on-demand matcher over a plain phrase list. */
export function onDemandPhrases(phrases: Iterable<string>): Matcher<string> {
  return onDemandMatcher([...phrases].map((phrase) => ({ phrase, value: phrase })));
}

/** A matcher over a plain phrase list, each phrase its own value. */
export function phraseMatcher(phrases: Iterable<string>): Matcher<string> {
  return sharedMatcher([...phrases].map((phrase) => ({ phrase, value: phrase })));
}

/** A matcher over vocabulary entries, each entry its own value. */
export function entryMatcher<E extends { phrase: string }>(entries: readonly E[]): Matcher<E> {
  return sharedMatcher(entries.map((e) => ({ phrase: e.phrase, value: e })));
}

// ---------------------------------------------------------------------------
// Aims: does a sentence point at the future the candidate wants?

const AIM_PHRASES = [
  'want to', 'wants to', 'i want', 'i really want', "i'd like", 'would like', 'i wish', 'would like to', "i'd like to", 'would love to', "i'd love to", 'love to', 'like to',
  'hope to', 'hoping to', 'i hope', 'plan to', 'planning to', 'my plan', 'the plan is', 'aim to', 'aiming to', 'aim is', 'my aim', 'aims',
  'goal', 'goals', 'objective', 'objectives', 'ambition', 'ambitions', 'aspiration', 'aspirations', 'aspire', 'aspiring', 'dream', 'dreams',
  'intend to', 'intention', 'see myself', 'picture myself', 'envision', 'envisage', 'imagine myself', 'will', "i'll", "we'll", "i'm going to", 'going to be',
  'looking to', 'keen to', 'eager to', 'working towards', 'working toward', 'work towards', 'work toward', 'next step', 'next steps',
  'long term', 'long-term', 'longer term', 'short term', 'short-term', 'eventually', 'one day', 'someday', 'some day', 'ultimately',
  'down the line', 'down the road', 'in the future', 'grow into', 'move into', 'move up', 'step up', 'progress to', 'progress into',
  'build toward', 'build towards', 'next few years', 'coming years', 'over the next', 'from there', "i'd", 'would', 'should like to',
  'plan is to', 'plan is', 'five-year plan', 'hopefully', 'ideally', 'ten-year plan', 'seeking', 'looking for', 'interested in', 'interests me', 'appeals to me', 'excited to', 'ready to', 'my focus', 'end up',
  // Wanting something in other words: "I'm after the lead role", "I've set my sights on chartership".
  "i'm after", 'i am after', "what i'm after", 'aiming for', 'aim for', 'set my sights on', 'my sights on', 'gunning for',
  // Expecting or resolving: "I expect to lead the team", "I'm determined to qualify", "I'm set on chartership", "I mean to".
  'expect to', 'expecting to', 'determined to', 'set on', 'mean to', 'my target', 'shooting for', 'strive to', 'striving to',
];
const AIMS = phraseMatcher(AIM_PHRASES);

/** The first token of the first aim word in each sentence that has one. */
export const aimStarts: (doc: Doc) => Map<number, number> = memo((doc) => {
  const out = new Map<number, number>();
  for (const m of AIMS.match(doc)) {
    const s = doc.tokens[m.first]!.sentence;
    if (!out.has(s)) out.set(s, m.first);
  }
  return out;
});

/** The sentences that hold an aim word (want to, will, goal, in five years…). One scan per document. */
export const aimSentences: (doc: Doc) => Set<number> = memo((doc) => new Set(aimStarts(doc).keys()));

// ---------------------------------------------------------------------------
// Substance: does a sentence name something concrete (a number, a tool, a result, a project)?

const CONCRETE = new Set([
  // results and actions already taken
  'built', 'launched', 'led', 'shipped', 'reduced', 'increased', 'cut', 'grew', 'raised', 'saved', 'delivered', 'completed', 'finished',
  'passed', 'earned', 'won', 'published', 'designed', 'migrated', 'automated', 'redesigned', 'introduced', 'trained', 'mentored', 'organized',
  'presented', 'created', 'managed', 'ran', 'fixed', 'solved', 'improved', 'rolled', 'implemented', 'coached', 'negotiated',
  'audited', 'streamlined', 'doubled', 'halved', 'closed', 'onboarded', 'resolved', 'handled', 'supervised', 'volunteered', 'certified',
  'wrote', 'written', 'cutting', 'writing', 'building', 'example', 'instance', 'series', 'template', 'checklist', 'spreadsheet', 'model', 'models',
  // concrete things
  'certification', 'certificate', 'qualification', 'course', 'module', 'degree', 'diploma', 'masters', "master's", 'mba', 'bootcamp',
  'project', 'projects', 'prototype', 'pilot', 'dashboard', 'dashboards', 'report', 'reports', 'pipeline', 'pipelines', 'audit', 'rota',
  'backlog', 'roadmap', 'portfolio', 'rollout', 'release', 'migration', 'workflow', 'process', 'tool', 'tools', 'system', 'framework',
  'excel', 'sql', 'python', 'tableau', 'salesforce', 'jira', 'figma', 'aws', 'azure', 'kubernetes', 'javascript', 'typescript', 'react',
  'budget', 'revenue', 'churn', 'errors', 'complaints', 'percent', 'kpi', 'kpis', 'nps', 'sla', 'slas', 'deadline', 'deadlines',
]);
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'fifteen', 'twenty', 'thirty', 'fifty', 'hundred', 'dozen', 'half', 'third', 'quarter', 'fifth', 'tenth']);

/**
 * How much concrete substance tokens [from, to) carry: numbers, named things (capitalised words
 * inside a sentence), actions and results, tools and courses. 0 means none at all.
 * Tokens in `skip` (say, the stock phrase itself: "give 110%") do not count.
 */
export function substanceIn(doc: Doc, from: number, to: number, skip?: ReadonlySet<number>): number {
  let score = 0;
  for (let i = from; i < to; i++) {
    if (skip?.has(i)) continue;
    const t = doc.tokens[i]!;
    if (t.kind === 'number') score += 2;
    else if (t.kind === 'word') {
      if (CONCRETE.has(t.norm) || NUMBER_WORDS.has(t.norm)) score += 1;
      else if (i > doc.sentences[t.sentence]!.first && isProperNoun(doc, i)) score += 1;
    }
  }
  return score;
}

/** The substance of sentence `s` (see substanceIn). */
export function substance(doc: Doc, s: number, skip?: ReadonlySet<number>): number {
  const sentence = doc.sentences[s];
  return sentence ? substanceIn(doc, sentence.first, sentence.last, skip) : 0;
}

const NOT_NAMES = new Set(['i', "i'm", "i've", "i'd", "i'll", 'ok', 'okay']);
function isProperNoun(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const c = t.text.charCodeAt(0);
  if (c < 65 || c > 90 || NOT_NAMES.has(t.norm)) return false;
  // After a colon, a quote or a dash a capital may just start a clause.
  const before = doc.tokens[i - 1];
  return !(before && before.kind === 'punct' && before.text !== ',' && before.text !== '(');
}

// ---------------------------------------------------------------------------
// First person: who a sentence is about.

const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd", "i'll"]);
export function isFirstPerson(t: Token | undefined): boolean {
  return t !== undefined && FIRST_PERSON.has(t.norm);
}

/** Does a sentence say something about the speaker (I, me, my…)? */
export function sentenceIsAboutMe(doc: Doc, s: number): boolean {
  return sentenceHas(doc, s, FIRST_PERSON);
}

// ---------------------------------------------------------------------------
// Value: does the answer say what the candidate will do for the company?

const VALUE_PHRASES = [
  "i'd bring", 'i would bring', 'i will bring', "i'll bring", 'i can bring', 'i could bring', 'i bring', 'bring to', 'bring my', 'bring that', 'bring the',
  'contribute', 'contributing', 'contribution', 'add value', 'i can add', "i'd add", 'i would add', 'what i add', 'add to your', 'add to the',
  "you'd get", 'you would get', "you'll get", 'you will get', 'in return', 'give back', 'paying it back', 'pay it back', 'pay you back',
  'help the team', 'help your', 'help you', 'helping your', 'support the team', 'support your', 'for the team', 'for your team', 'for the company',
  'for your company', 'for the business', 'for your business', 'for your clients', 'for your customers', 'for the trust', 'for the firm',
  "i'd be useful", 'be useful', 'make an impact', 'have an impact', 'from day one', 'from week one', 'from the first', 'straight away',
  'hit the ground running', 'take on', 'take over', 'i could support', 'i can support', "i'd support", 'i could help', 'i can help', "i'd help",
  'i could take', 'i can take', 'improve your', 'improve the', 'reduce', 'cut your', 'increase your', 'raise your', 'fix', 'solve', 'deliver',
  'productive quickly', 'be productive', 'dependable', 'reliable', 'keep your', 'run your', 'run a', 'would benefit', 'benefit the', 'benefit your',
  'value i', 'the value', "i'd mentor", 'i would mentor', 'i could mentor', 'mentor the', 'mentor new', 'mentor junior', 'mentor juniors', 'coach the',
];
const VALUE = phraseMatcher(VALUE_PHRASES);

/** The first tokens of every value statement ("I'd bring…", "you'd get…", "for your team…"). */
export const valueMatches: (doc: Doc) => PhraseMatch<string>[] = memo((doc) => VALUE.match(doc));

// ---------------------------------------------------------------------------
// Durations: "eighteen months", "a year or two", "a couple of years", "12-month".

const UNIT = new Map<string, number>([
  ['week', 0.25], ['weeks', 0.25], ['month', 1], ['months', 1], ['year', 12], ['years', 12],
  // "a year's work", "six months' experience"
  ["week's", 0.25], ["month's", 1], ["year's", 12],
]);
const UNIT_AT = wordPositions(UNIT.keys());
/** Between the amount and the unit: "two solid years", "a full year". */
const DURATION_FILLERS = new Set(['of', 'solid', 'full', 'good', 'whole', 'straight']);
const AMOUNT = new Map<string, number>([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['fifteen', 15], ['eighteen', 18], ['twenty', 20], ['twenty-four', 24], ['thirty', 30],
  ['couple', 2], ['few', 3], ['several', 4],
]);

export interface Duration {
  /** Token indices [first, last). */
  first: number;
  last: number;
  months: number;
}

/** Every stretch of time named in the document ("a year or two" counts as two years). */
export const durations: (doc: Doc) => Duration[] = memo(findDurations);

function findDurations(doc: Doc): Duration[] {
  const out: Duration[] = [];
  const { tokens } = doc;
  const units = UNIT_AT(doc);
  for (let i = 0, u = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    while (u < units.length && units[u]! < i) u++;
    if (units[u] !== i) {
      // "eighteen-month", "two-year": one token.
      const dash = t.norm.indexOf('-');
      if (dash > 0) {
        const u = UNIT.get(t.norm.slice(dash + 1));
        const amount = u === undefined ? undefined : AMOUNT.get(t.norm.slice(0, dash));
        if (u !== undefined && amount !== undefined) out.push({ first: i, last: i + 1, months: amount * u });
      }
      continue;
    }
    const unit = UNIT.get(t.norm)!;
    // Look back for the amount: "a couple of years", "about 18 months", "12-month" (12, -, month).
    let amount: number | undefined;
    let first = i;
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      const b = tokens[j]!;
      if (b.sentence !== t.sentence) break;
      if (DURATION_FILLERS.has(b.norm) || b.text === '-') continue;
      const value = b.kind === 'number' ? Number(b.norm.replace(',', '')) : AMOUNT.get(b.norm);
      if (value !== undefined && Number.isFinite(value)) {
        amount = value;
        first = j;
        if ((b.norm === 'couple' || b.norm === 'few') && tokens[j - 1]?.norm === 'a') first = j - 1;
      }
      break;
    }
    if (amount === undefined) continue;
    let last = i + 1;
    // "a year or two", "a year or so"
    const next = tokens[last + 1]?.norm ?? '';
    if (tokens[last]?.norm === 'or' && (AMOUNT.has(next) || next === 'so')) {
      if (next !== 'so') amount = AMOUNT.get(next)!;
      last += 2;
    }
    out.push({ first, last, months: amount * unit });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Career goals: "I want to lead…", "my goal is to qualify…", "in five years I'd like to be running…".

const GOAL_LEADS = new Set([
  'want', 'wants', 'like', 'love', 'hope', 'hoping', 'plan', 'planning', 'aim', 'aiming', 'intend', 'goal', 'goals', 'ambition', 'aspire', 'aspiration',
  'dream', 'see', 'picture', 'looking', 'keen', 'eager', 'towards', 'toward', 'will', "i'll", 'target', 'objective', 'next', 'focus',
]);
const GOAL_LEAD_AT = wordPositions(GOAL_LEADS);
const GOAL_VERBS = new Set([
  'become', 'be', 'lead', 'leading', 'manage', 'managing', 'run', 'running', 'move', 'moving', 'qualify', 'learn', 'learning', 'get', 'specialize',
  'specializing', 'own', 'owning', 'build', 'building', 'develop', 'complete', 'finish', 'pass', 'earn', 'progress', 'step',
  'grow', 'master', 'deepen', 'broaden', 'strengthen', 'improve', 'achieve', 'reach', 'open', 'start', 'launch', 'set', 'work', 'working', 'join',
  'head', 'heading', 'mentor', 'mentoring', 'train', 'study', 'studying', 'do', 'doing', 'design', 'deliver', 'establish', 'create', 'expand',
  'specialist', 'senior', 'chartered', 'certified', 'promoted', 'responsible', 'promotion', 'title',
  'qualification', 'certification', 'chartership', 'management', 'leadership', 'head', 'director', 'manager', 'lead', 'partner', 'sitting',
]);
/** Verbs too light to make a goal by themselves: "to be doing what I do", "I'll do the work". The word after them decides. */
const WEAK_VERBS = new Set(['be', 'do', 'doing', 'work', 'working', 'get', 'keep', 'stay', 'just', 'really', 'to', 'the', 'a', 'an', 'more', 'on', 'with']);
/** "whether I want to…", "if I'd like…": someone else's question, not an aim. */
const REPORTED = new Set(['whether', 'if', 'asked']);
/** "My goal is just to keep my job": what follows decides, not the naming of a goal. */
const MERELY = new Set(['just', 'simply', 'only', 'mainly', 'really']);
const NAMED_AIMS = new Set(['goal', 'aim', 'ambition', 'objective', 'target', 'plan', 'focus', 'priority']);
const IS = new Set(['is', "'s", 'remains']);
const WOULD = new Set(['would', "i'd", "we'd", 'really', 'definitely']);
/** Goal objects that are really no goal: "still be doing this", "be happy", "like a steady job". */
const TAKE_ON = new Set(['on', 'over', 'charge', 'ownership', 'responsibility']);
const NOT_GOALS = new Set(['see', 'where', 'still', 'happy', 'content', 'fine', 'comfortable', 'same', 'roughly', 'steady', 'pretty', 'exactly', 'what', 'whatever']);

const MY = new Set(['i', 'my', "i'd", "i'll", "i'm", 'me', 'myself']);
/** Is the aim word at `i` the speaker's own ("I want", "my goal", "I'd like"), not "we'd like" or "life will take me"? */
function spokenByMe(doc: Doc, i: number): boolean {
  if (MY.has(doc.tokens[i]!.norm)) return true;
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const t = doc.tokens[j]!;
    if (t.sentence !== doc.tokens[i]!.sentence) break;
    if (MY.has(t.norm)) return true;
  }
  return false;
}

/** Sentences that state a career goal: the speaker's aim word followed closely by a goal verb. */
export const goalSentences: (doc: Doc) => Set<number> = memo(findGoalSentences);

function findGoalSentences(doc: Doc): Set<number> {
  const out = new Set<number>();
  const { tokens } = doc;
  for (const i of GOAL_LEAD_AT(doc)) {
    // "like" and "love" are aims only as "I'd like", "would love", "like to": "I like my job" is not.
    if ((tokens[i]!.norm === 'like' || tokens[i]!.norm === 'love') && !WOULD.has(tokens[i - 1]?.norm ?? '') && tokens[i + 1]?.norm !== 'to') continue;
    const s = tokens[i]!.sentence;
    if (out.has(s)) continue;
    if (!spokenByMe(doc, i) || REPORTED.has(tokens[i - 1]?.norm ?? '') || REPORTED.has(tokens[i - 2]?.norm ?? '')) continue;
    // "My current goal is an HNC": a named aim.
    if (NAMED_AIMS.has(tokens[i]!.norm) && IS.has(tokens[i + 1]?.norm ?? '') && !NOT_GOALS.has(tokens[i + 2]?.norm ?? '') && !MERELY.has(tokens[i + 2]?.norm ?? '') && !isNegated(doc, i + 2, 1)) {
      out.add(s);
      continue;
    }
    for (let j = i + 1; j < tokens.length && j <= i + 6; j++) {
      const t = tokens[j]!;
      if (t.sentence !== s || NOT_GOALS.has(t.norm)) break;
      if (WEAK_VERBS.has(t.norm)) continue;
      if ((t.norm === 'take' || t.norm === 'taking') && TAKE_ON.has(tokens[j + 1]?.norm ?? '')) {
        if (!isNegated(doc, i, 3)) out.add(s);
        break;
      }
      if (GOAL_VERBS.has(t.norm) && !NOT_GOALS.has(tokens[j + 1]?.norm ?? '')) {
        if (!isNegated(doc, i, 3)) out.add(s);
        break;
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Ownership: "that was on me", "I learned", "what I changed".

const LESSONS = onDemandPhrases(VOCAB.lessons.filter((e) => e.kind !== 'miss').map((e) => e.phrase));
const MISSES = onDemandPhrases(VOCAB.lessons.filter((e) => e.kind === 'miss').map((e) => e.phrase));

/** "None of that was on me", "nothing I should have done": a lesson phrase denied by the pronoun before it. */
const NONE = new Set(['none', 'nothing', 'neither']);
function deniedByNone(doc: Doc, first: number): boolean {
  const s = doc.tokens[first]!.sentence;
  for (let i = first - 1; i >= 0 && i >= first - 3; i--) {
    const t = doc.tokens[i]!;
    if (t.sentence !== s) break;
    if (NONE.has(t.norm)) return true;
  }
  return false;
}

/** Whose a lesson is, after "for": "the lesson for the organisation was…" is someone else's. */
const OTHERS_LESSON = new Set(['organisation', 'organization', 'company', 'business', 'them', 'management', 'leadership', 'board', 'firm', 'trust', 'department', 'team', 'everyone', 'others']);
/** "The lesson for the organisation was that it needed a stronger vendor": a lesson drawn for others, not owned. */
function lessonForOthers(doc: Doc, last: number): boolean {
  const { tokens } = doc;
  if (tokens[last]?.norm !== 'for') return false;
  const whose = tokens[last + 1]?.norm === 'the' ? tokens[last + 2] : tokens[last + 1];
  return whose !== undefined && OTHERS_LESSON.has(whose.norm);
}

/** Openers of reflection, which own something only when the speaker is the one looking back at themselves. */
const REFLECTION_OPENERS = new Set(['looking back', 'in hindsight', 'with hindsight']);
/** The speaker as one of a team: "looking back, we should have…" owns a part too. */
const WE = new Set(['we', "we'd", 'our']);
/** "Looking back, I should have…" owns a part; "Looking back, it was always going to be hard" does not. */
function reflectsOnSelf(doc: Doc, m: PhraseMatch<string>): boolean {
  if (!REFLECTION_OPENERS.has(m.value)) return true;
  const { tokens } = doc;
  for (let i = m.last; i < m.last + 6 && i < tokens.length && tokens[i]!.sentence === tokens[m.first]!.sentence; i++) if (isFirstPerson(tokens[i]) || WE.has(tokens[i]!.norm)) return true;
  return false;
}

/** Taking a part back in the same breath: "partly my fault, but mostly not". */
const RETRACTS = onDemandPhrases(['but mostly', 'mostly not', 'but largely', 'largely not', 'but not really']);

/**
 * Does the answer own a part of a miss or draw a lesson from it? A lesson followed in its own sentence by one of
 * `blame` (token indices where the answer blames others) is no lesson of one's own: "the lesson is you can't trust anyone".
 */
export function ownsLesson(doc: Doc, blame: readonly number[] = []): boolean {
  const { tokens } = doc;
  const blamedLater = (m: PhraseMatch<string>) => blame.some((b) => b >= m.last && tokens[b]!.sentence === tokens[m.first]!.sentence);
  const lessons = LESSONS.match(doc).filter((m) => !isNegated(doc, m.first, 3) && !deniedByNone(doc, m.first) && !blamedLater(m) && !lessonForOthers(doc, m.last) && reflectsOnSelf(doc, m));
  if (lessons.length === 0) return false;
  const retracts = RETRACTS.match(doc);
  if (retracts.length === 0) return true;
  return lessons.some((m) => !retracts.some((r) => r.first >= m.last && tokens[r.first]!.sentence === tokens[m.first]!.sentence));
}

/** Does the answer name a goal it actually missed ("I didn't make it", "it slipped to June")? */
export function namesMiss(doc: Doc): boolean {
  return MISSES.match(doc).some((m) => !isNegated(doc, m.first, 3));
}

/** Questions about a goal not reached or a career so far: where dodging and blaming are judged. */
export function asksAboutMisses(kind: string, questionId: string | undefined): boolean {
  return kind === 'missed_goal' || questionId === 'career-progressed';
}
