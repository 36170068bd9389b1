/**
 * Vague aims ("something in management maybe", "move up somehow", "do more interesting stuff",
 * "see where it goes") and concrete ones (a role, a skill, a credential, a result).
 * One implementation, used by the `unclear` rule and by the goals' SMART check.
 */
import type { Doc, Token } from '../text/tokenize.js';
import { isNegated } from '../text/helpers.js';
import { TaggedMatcher, memoize } from '../text/tagged.js';
import { aimsOf } from './memo.js';
import { findTimeframes } from '../text/timeframes.js';
import { VOCAB } from '../vocab/generated.js';
import { isCredentialAcronym, planEvidence } from './elements.js';

export interface VagueAim {
  start: number;
  end: number;
  reason: string;
}

type VagueKind = 'objects' | 'drift' | 'hedges';
const VAGUE = VOCAB['vague-aims'] as Record<VagueKind, string[]>;

const REASONS: Record<VagueKind, string> = {
  objects: 'The aim has no content: it does not say which role, skill or result you mean.',
  drift: 'The direction is left to chance rather than chosen.',
  hedges: 'Several hedges in one breath make the aim sound undecided.',
};

/** Vague words about when, not what: with a timeframe after them ("somewhere in the next three years") they are a range. */
const VAGUE_TIME_WORDS = new Set(['at', 'somewhere', 'sometime', 'some']);

/** Two hedges in one sentence ("maybe brand, maybe strategy") read as indecision; one is ordinary caution. */
const STACKED_HEDGES = 2;

/** Every vague aim in the document, one span per sentence, in text order. */
export function vagueAims(doc: Doc): VagueAim[] {
  const { tokens } = doc;
  const aims = aimsOf(doc);
  // A document that states no aim in aim words ("Lots of things, really.") is judged sentence by sentence anyway.
  const everySentence = aims.size === 0;
  const bySentence = new Map<number, { first: number; last: number; firstStrong: number; kinds: Set<VagueKind>; hedges: number }>();
  const vague = [...matches(doc, 'objects'), ...matches(doc, 'drift'), ...matches(doc, 'hedges')].sort((a, b) => a.first - b.first || b.last - a.last);
  // "somewhere in the next three to five years", "at some point in the next year": a time given, not a shrug.
  const timeStarts = new Set(findTimeframes(doc).map((t) => t.start));
  let covered = -1;
  for (const m of vague) {
    const timeNext = timeStarts.has(tokens[m.last]?.start ?? -1) || timeStarts.has(tokens[m.last - 1]?.start ?? -1);
    if (timeNext && VAGUE_TIME_WORDS.has(tokens[m.first]!.norm)) continue;
    // One reading per words, as a single list would give: the longest phrase wins.
    if (m.first < covered) continue;
    covered = m.last;
    const sentence = tokens[m.first]!.sentence;
    if (!everySentence && m.value === 'objects' && !aims.has(sentence)) continue;
    const kind = m.value as VagueKind;
    if (!usedVaguely(tokens, m.first, m.last, kind)) continue;
    if (kind !== 'hedges' && isNegated(doc, m.first, 2)) continue;
    const entry = bySentence.get(sentence) ?? { first: m.first, last: m.last, firstStrong: Infinity, kinds: new Set<VagueKind>(), hedges: 0 };
    entry.first = Math.min(entry.first, m.first);
    if (kind !== 'hedges') entry.firstStrong = Math.min(entry.firstStrong, m.first);
    entry.last = Math.max(entry.last, m.last);
    entry.kinds.add(kind);
    if (kind === 'hedges') entry.hedges++;
    bySentence.set(sentence, entry);
  }
  const out: VagueAim[] = [];
  for (const [sentence, entry] of [...bySentence].sort((a, b) => a[0] - b[0])) {
    const onlyHedges = entry.kinds.size === 1 && entry.kinds.has('hedges');
    if (onlyHedges && (entry.hedges < STACKED_HEDGES || !(aims.has(sentence) || everySentence))) continue;
    const last = clauseEnd(tokens, entry.last);
    const kind: VagueKind = entry.kinds.has('objects') ? 'objects' : entry.kinds.has('drift') ? 'drift' : 'hedges';
    // The span starts at the first vague word ("something in…"), not at a hedge before it ("I guess").
    const first = onlyHedges ? entry.first : entry.firstStrong;
    out.push({ start: tokens[first]!.start, end: tokens[last - 1]!.end, reason: REASONS[kind] });
  }
  return out;
}

/** "depending" only when it dangles ("…and other bits too, depending."), not "depending on the client". */
function usedVaguely(tokens: Token[], first: number, last: number, kind: VagueKind): boolean {
  const word = tokens[first]!.norm;
  const next = tokens[last];
  const sameSentence = next !== undefined && next.sentence === tokens[first]!.sentence;
  if (word === 'depending') return !sameSentence || next.kind === 'punct';
  // "see where" is drift only as the speaker's way forward: "see where it goes", "see where I fit".
  if (word === 'see' && tokens[first + 1]?.norm === 'where') return true;
  // "hard to say no" is about workload, not an aim.
  if (word === 'hard') return !sameSentence || next.kind === 'punct';
  // "who knows the system best" is a relative clause, not a shrug.
  if (word === 'who') return first === 0 || tokens[first - 1]!.sentence !== tokens[first]!.sentence || tokens[first - 1]!.kind === 'punct';
  // "move on to something bigger" is about leaving (leaving_soon), not a vague aim.
  if (kind === 'objects' && word === 'something' && ['to', 'for'].includes(tokens[first - 1]?.norm ?? '') && ['on', 'off', 'leave', 'leaving'].includes(tokens[first - 2]?.norm ?? '')) return false;
  // "kind of" / "sort of" after a determiner names a kind: "the kind of team".
  if (kind === 'hedges' && (word === 'kind' || word === 'sort')) {
    const before = tokens[first - 1]?.norm ?? '';
    return !['a', 'the', 'this', 'that', 'what', 'which', 'any', 'some', 'every', 'same', 'one', 'different'].includes(before);
  }
  // "I think" before a concrete claim is common and harmless; it counts only with other hedges (handled by the caller).
  return true;
}

const CLAUSE_END = new Set([',', ';', ':', '.', '!', '?', '—', '–', '(', ')']);
/** Extend a span to the end of its clause, at most a few words, so "something in management" is whole. */
function clauseEnd(tokens: Token[], last: number): number {
  const sentence = tokens[last - 1]!.sentence;
  let end = last;
  while (end < tokens.length && end < last + 6 && tokens[end]!.sentence === sentence && !(tokens[end]!.kind === 'punct' && CLAUSE_END.has(tokens[end]!.text))) end++;
  return end;
}

// ---------------------------------------------------------------------------
// Concrete aims

type ConcreteGroup = 'credentials' | 'results' | 'skill_leads';
const CONCRETE = VOCAB['concrete-aims'] as Record<ConcreteGroup, string[]>;
const STOP = new Set(VOCAB['stop-words'].map((e) => e.phrase));

type Tag = VagueKind | ConcreteGroup | 'role' | 'seat';
/** Every phrase list of this module, matched in one scan. A seat ("your job") is a (wrong) role, but a concrete one. */
const PHRASES = new TaggedMatcher<Tag>({
  ...VAGUE,
  ...CONCRETE,
  role: [...VOCAB['role-nouns'].map((e) => e.phrase), ...VOCAB['job-titles'].map((e) => e.phrase)],
  seat: VOCAB['interviewer-job'].map((e) => e.phrase),
});
const matchesOf = memoize((doc: Doc) => PHRASES.match(doc));
const matches = (doc: Doc, tag: Tag) => matchesOf(doc).get(tag) ?? [];
/** Objects that do not make an aim concrete: "grow myself", "learn more", "improve things". */
const EMPTY_OBJECTS = new Set([
  'myself', 'things', 'thing', 'stuff', 'something', 'everything', 'anything', 'more', 'new', 'better', 'lot', 'lots', 'as', 'and', 'grow',
  'learn', 'develop', 'improve', 'difference', 'career', 'professionally', 'personally', 'person', 'skills', 'knowledge', 'experience',
]);
/** Owners that make a role someone else's: "your director", "my manager", "the CEO". */
const OTHER_OWNERS = new Set(['your', 'our', 'their', 'his', 'her', 'the', "company's", "team's"]);

/** Does the text name a concrete aim: a role, a skill, a credential or a result? */
export function hasConcreteAim(doc: Doc): boolean {
  const { tokens } = doc;
  const aims = aimsOf(doc);
  const inScope = (i: number) => aims.size === 0 || aims.has(tokens[i]!.sentence);
  for (const m of matches(doc, 'role')) {
    if (!inScope(m.first) || isNegated(doc, m.first)) continue;
    if (OTHER_OWNERS.has(tokens[m.first - 1]?.norm ?? '') && !becomingBefore(tokens, m.first - 1)) continue;
    return true;
  }
  if (matches(doc, 'seat').some((m) => inScope(m.first))) return true;
  // A concrete step ("complete the CIPD course", "I'd run usability sessions") or a named credential ("my CCNA") is a concrete aim.
  if (planEvidence(doc).length > 0) return true;
  for (let i = 0; i < tokens.length; i++) if (inScope(i) && isCredentialAcronym(tokens[i])) return true;
  for (const m of [...matches(doc, 'credentials'), ...matches(doc, 'results'), ...matches(doc, 'skill_leads')]) {
    if (!inScope(m.first) || isNegated(doc, m.first)) continue;
    if (m.value === 'credentials') return true;
    if (hasContentObject(tokens, m.last)) return true;
  }
  return false;
}

/** "be the lead", "become the manager": a determiner after a becoming verb is still the speaker's aim. */
function becomingBefore(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1]?.norm ?? '';
  return ['be', 'become', 'becoming', 'as', 'into', 'to'].includes(before) && tokens[at]?.norm === 'the';
}

/** A word with content within three words after a verb: "improve [onboarding]", "learn [SQL]". */
function hasContentObject(tokens: Token[], from: number): boolean {
  const sentence = tokens[from - 1]?.sentence;
  for (let i = from; i < from + 3 && i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence || t.kind === 'punct') return false;
    if (EMPTY_OBJECTS.has(t.norm)) return false;
    if (t.kind === 'number' || !STOP.has(t.norm)) return true;
  }
  return false;
}
