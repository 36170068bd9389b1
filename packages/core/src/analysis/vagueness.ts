/**
 * Vague aims ("something in management maybe", "move up somehow", "do more interesting stuff",
 * "see where it goes") and concrete ones (a role, a skill, a credential, a result).
 * One implementation, used by the `unclear` rule and by the goals' SMART check.
 */
import type { Doc, Token } from '../text/tokenize.js';
import { isNegated, memo, wordPositions } from '../text/helpers.js';
import { TaggedMatcher } from '../text/tagged.js';
import { aimsOf, quantitiesOf } from './memo.js';
import { findTimeframes } from '../text/timeframes.js';
import { VOCAB } from '../vocab/generated.js';
import { isCredentialAcronym, planEvidence } from './elements.js';
import { fieldHits } from './fields.js';

export interface VagueAim {
  start: number;
  end: number;
  reason: string;
  /** What makes it vague: an aim with no content, a direction left to chance, or stacked hedges. */
  kind: VagueKind;
  /** Index of the sentence holding it. */
  sentence: number;
  /** A not-knowing that weighs named options ("not sure yet whether structures or drainage"), not a shrug. */
  choice?: boolean;
  /** A not-knowing about when or how only ("not sure yet when or how"): the plan is open, not the aim. */
  timing?: boolean;
}

export type VagueKind = 'objects' | 'drift' | 'hedges';
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

/** Every vague aim in the document, one span per sentence, in text order. Asked by several rules, computed once. */
export const vagueAims: (doc: Doc) => VagueAim[] = memo(findVagueAims);

function findVagueAims(doc: Doc): VagueAim[] {
  const { tokens } = doc;
  const aims = aimsOf(doc);
  // A document that states no aim in aim words ("Lots of things, really.") is judged sentence by sentence anyway.
  const everySentence = aims.size === 0;
  const bySentence = new Map<number, { first: number; last: number; firstStrong: number; kinds: Set<VagueKind>; hedges: number; hedgeWords: Set<string>; repeated: boolean }>();
  const vague = [...matches(doc, 'objects'), ...matches(doc, 'drift'), ...matches(doc, 'hedges')].sort((a, b) => a.first - b.first || b.last - a.last);
  // "somewhere in the next three to five years", "at some point in the next year": a time given, not a shrug.
  const timeStarts = new Set(findTimeframes(doc).map((t) => t.start));
  const hedged = new Set(matches(doc, 'hedges').map((m) => tokens[m.first]!.sentence));
  let covered = -1;
  for (const m of vague) {
    const timeNext = timeStarts.has(tokens[m.last]?.start ?? -1) || timeStarts.has(tokens[m.last - 1]?.start ?? -1);
    if (timeNext && VAGUE_TIME_WORDS.has(tokens[m.first]!.norm)) continue;
    // "the assessor course at some point": the aim is named, only its time is loose.
    if (isLooseTime(tokens, m) && concreteSentences(doc).has(tokens[m.first]!.sentence)) continue;
    // "an MBA or something similar": the named thing or its like, not a shrug.
    if (isEquivalent(tokens, m) && concreteSentences(doc).has(tokens[m.first]!.sentence)) continue;
    // "leading a maths department somewhere in the trust": the aim is named, only its place is loose.
    if (isLoosePlace(tokens, m) && (concreteSentences(doc).has(tokens[m.first]!.sentence) || hasConcreteAim(doc))) continue;
    // One reading per words, as a single list would give: the longest phrase wins.
    if (m.first < covered) continue;
    covered = m.last;
    const sentence = tokens[m.first]!.sentence;
    if (!everySentence && m.value === 'objects' && !aims.has(sentence)) continue;
    const kind = m.value as VagueKind;
    if (!usedVaguely(tokens, m.first, m.last, kind)) continue;
    if (kind === 'drift' && someoneElses(tokens, m.first)) continue;
    // "…a regional lead or training pharmacists, wherever the business needs me": the employer's need, beside a named aim.
    if (kind === 'drift' && employerNeeds(tokens, m.first) && hasConcreteAim(doc)) continue;
    if (kind === 'objects' && namesItsArea(doc, m.first, m.last, hedged)) continue;
    if (kind !== 'hedges' && isNegated(doc, m.first, 2)) continue;
    const entry = bySentence.get(sentence) ?? { first: m.first, last: m.last, firstStrong: Infinity, kinds: new Set<VagueKind>(), hedges: 0, hedgeWords: new Set<string>(), repeated: false };
    entry.first = Math.min(entry.first, m.first);
    if (kind !== 'hedges') entry.firstStrong = Math.min(entry.firstStrong, m.first);
    entry.last = Math.max(entry.last, m.last);
    entry.kinds.add(kind);
    if (kind === 'hedges') {
      entry.hedges++;
      const words = tokens.slice(m.first, m.last).map((t) => t.norm).join(' ');
      if (entry.hedgeWords.has(words)) entry.repeated = true;
      entry.hedgeWords.add(words);
    }
    bySentence.set(sentence, entry);
  }
  const out: VagueAim[] = [];
  for (const [sentence, entry] of [...bySentence].sort((a, b) => a[0] - b[0])) {
    const onlyHedges = entry.kinds.size === 1 && entry.kinds.has('hedges');
    // The same hedge twice ("maybe sales, maybe ops", "possibly X, possibly not") weighs options even without an aim word.
    if (onlyHedges && (entry.hedges < STACKED_HEDGES || !(aims.has(sentence) || everySentence || entry.repeated))) continue;
    const last = clauseEnd(tokens, entry.last);
    const kind: VagueKind = entry.kinds.has('objects') ? 'objects' : entry.kinds.has('drift') ? 'drift' : 'hedges';
    // The span starts at the first vague word ("something in…"), not at a hedge before it ("I guess").
    const first = onlyHedges ? entry.first : entry.firstStrong;
    const aim: VagueAim = { start: tokens[first]!.start, end: tokens[last - 1]!.end, reason: REASONS[kind], kind, sentence };
    if (kind === 'drift' && entry.kinds.size === 1 && weighsOptions(tokens, entry.last)) aim.choice = true;
    if (kind === 'drift' && entry.kinds.size === 1 && asksWhenOrHow(tokens, entry.last)) aim.timing = true;
    out.push(aim);
  }
  return out;
}

/** "not sure yet when or how", "don't know exactly how": the words after a not-knowing ask only when or how. */
function asksWhenOrHow(tokens: Token[], last: number): boolean {
  const sentence = tokens[last - 1]!.sentence;
  let k = last;
  while (k < last + 2 && tokens[k]?.sentence === sentence && (tokens[k]!.norm === 'yet' || tokens[k]!.norm === 'exactly')) k++;
  const word = tokens[k];
  if (!word || word.sentence !== sentence || (word.norm !== 'when' && word.norm !== 'how')) return false;
  // "when or how", "how or when": both words about the plan.
  const next = tokens[k + 1];
  if (next?.norm === 'or' && (tokens[k + 2]?.norm === 'when' || tokens[k + 2]?.norm === 'how')) return true;
  return next === undefined || next.sentence !== sentence || next.kind === 'punct' || next.norm === "i'll" || next.norm === 'i' || next.norm === 'to';
}

/** What after "or" names no option: "whether to stay or not", "or something", "or whatever". */
const OPEN_OPTIONS = new Set(['not', 'something', 'whatever', 'anything', 'so', 'other', 'else', 'elsewhere', 'somewhere']);
/** Words that open a choice after a not-knowing: "not sure whether…", "undecided between…". */
const CHOICE_OPENERS = new Set(['whether', 'between', 'if']);

/**
 * After a not-knowing, does the clause weigh options it names ("not sure yet whether I'll specialise
 * in structures or drainage")? The opener within two words, then "or"/"and" before the clause ends.
 */
function weighsOptions(tokens: Token[], last: number): boolean {
  const sentence = tokens[last - 1]!.sentence;
  let k = last;
  while (k < last + 2 && tokens[k]?.sentence === sentence && !CHOICE_OPENERS.has(tokens[k]!.norm)) k++;
  if (!CHOICE_OPENERS.has(tokens[k]?.norm ?? '') || tokens[k]!.sentence !== sentence) return false;
  for (let i = k + 1; i < k + 12 && i < tokens.length && tokens[i]!.sentence === sentence; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct' && CLAUSE_END.has(t.text)) return false;
    const option = tokens[i + 1];
    if ((t.norm === 'or' || t.norm === 'and') && option?.kind === 'word' && option.sentence === sentence && !OPEN_OPTIONS.has(option.norm)) return true;
  }
  return false;
}

/** After "who knows where/what…", a shrug is about the speaker's own future: "…, who knows where I'll be". */
const SHRUG_SUBJECTS = new Set(['i', "i'll", "i'm", "i'd", 'me', 'my', 'it', 'that', 'this', 'things', 'life', "it'll", "that'll"]);
/** "see where the role takes me": where a path leads, not where something is ("see where people drop off"). */
const LEADING_VERBS = new Set(['takes', 'take', 'leads', 'lead', 'goes', 'go', 'ends', 'end', 'lands', 'land', 'fits', 'fit']);
/** Subjects that make a not-knowing someone else's: "the things they're unsure of", "staff who aren't sure". */
const OTHER_SUBJECTS = new Set(['they', "they're", "they've", "they'd", 'he', "he's", 'she', "she's", 'who', 'people', 'customers', 'clients', 'staff', 'colleagues', 'learners', 'users', 'patients']);

/** Is a drift phrase ("unsure", "don't know yet") said of someone else, its subject just before it? */
function someoneElses(tokens: Token[], first: number): boolean {
  const sentence = tokens[first]!.sentence;
  for (let i = first - 1; i >= 0 && i >= first - 3; i--) {
    const t = tokens[i]!;
    if (t.sentence !== sentence || t.kind === 'punct') return false;
    if (OTHER_SUBJECTS.has(t.norm)) return true;
  }
  return false;
}

const NEED_HOLDERS = new Set(['business', 'company', 'firm', 'team', 'organisation', 'organization', 'group', 'trust', 'practice', 'service']);
const NEEDS = new Set(['needs', 'need', 'needed', 'requires', 'wants']);

/** "wherever the business needs me", "whatever the team needs": the employer's need decides, not the speaker's drift. */
function employerNeeds(tokens: Token[], first: number): boolean {
  const w = tokens[first]!.norm;
  if (w !== 'wherever' && w !== 'whatever' && w !== 'whichever') return false;
  const sentence = tokens[first]!.sentence;
  for (let i = first + 1; i < tokens.length && i <= first + 3; i++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence || t.kind === 'punct') return false;
    if (NEED_HOLDERS.has(t.norm)) return NEEDS.has(tokens[i + 1]?.norm ?? '');
  }
  return false;
}

/** Areas too broad to name a direction: "something in management", "something with people". */
const BROAD_AREAS = new Set(['more', 'less', 'bigger', 'better', 'management', 'leadership', 'people', 'business', 'charge', 'senior', 'general', 'that', 'this', 'there', 'the', 'a', 'an', 'my', 'your', 'our']);
/** The frames "something in…" / "something with…" that are only as vague as the area after them. */
const AREA_FRAMES = new Set(['in', 'with']);

/**
 * "after that something in revenue", "something with school hours": the frame names its area, so the
 * aim is as clear as that area. It stays vague when the area is broad ("something in management") or
 * the sentence hedges it ("something in policy, maybe").
 */
function namesItsArea(doc: Doc, first: number, last: number, hedged: ReadonlySet<number>): boolean {
  const { tokens } = doc;
  if (last - first !== 2 || tokens[first]!.norm !== 'something' || !AREA_FRAMES.has(tokens[first + 1]!.norm)) return false;
  const area = tokens[last];
  if (!area || area.kind !== 'word' || area.sentence !== tokens[first]!.sentence || BROAD_AREAS.has(area.norm)) return false;
  return !hedged.has(area.sentence);
}

/** After "it depends on…", words that leave the condition open: "on whatever happens", "on circumstances". */
const OPEN_CONDITIONS = new Set(['whatever', 'things', 'lots', 'loads', 'circumstances', 'life', 'timing']);
const WH_WORDS = new Set(['what', 'how', 'where', 'which', 'who']);
/** After "it depends on what/how…", words that keep it open: "what comes up", "how things go", "where it goes". */
const OPEN_AFTER_WH = new Set(['comes', 'happens', 'things', 'it', "it's", 'life', 'goes', 'turns', 'works', 'opens', 'pans', 'feels']);

/** "depending" only when it dangles ("…and other bits too, depending."), not "depending on the client". */
function usedVaguely(tokens: Token[], first: number, last: number, kind: VagueKind): boolean {
  const word = tokens[first]!.norm;
  const next = tokens[last];
  const sameSentence = next !== undefined && next.sentence === tokens[first]!.sentence;
  if (word === 'depending') return !sameSentence || next.kind === 'punct';
  // "it depends on building a practice" names the condition; "it depends", "it depends on what comes up" leave it open.
  if (word === 'it' && tokens[first + 1]?.norm === 'depends' && last - first === 2 && sameSentence && next.norm === 'on') {
    const what = tokens[last + 1];
    if (!what || what.sentence !== next.sentence || what.kind === 'punct' || OPEN_CONDITIONS.has(what.norm)) return true;
    // "on what comes up", "on how things go" leave it open; "on how the team grows" names the condition.
    return WH_WORDS.has(what.norm) && OPEN_AFTER_WH.has(tokens[last + 2]?.norm ?? '');
  }
  // "see where" is drift only as the speaker's way forward ("see where it goes", "see where I fit",
  // "see where the role takes me"), not as looking at something ("see where people drop off").
  if (word === 'see' && tokens[first + 1]?.norm === 'where' && last - first === 2) {
    if (!sameSentence || next.kind === 'punct' || SHRUG_SUBJECTS.has(next.norm)) return true;
    for (let i = last; i < last + 4 && i < tokens.length && tokens[i]!.sentence === next.sentence; i++) if (LEADING_VERBS.has(tokens[i]!.norm)) return true;
    return false;
  }
  // "a course on database design to get ahead of that": preparing for something named, not climbing.
  if (word === 'get' && tokens[first + 1]?.norm === 'ahead' && next?.norm === 'of' && sameSentence) return false;
  // "take my colour work up a level": the thing raised is named; "take my career to the next level" names nothing.
  if (kind === 'objects' && tokens[last - 1]?.norm === 'level' && raisesNamedWork(tokens, first)) return false;
  // "hard to say no" is about workload, not an aim.
  if (word === 'hard') return !sameSentence || next.kind === 'punct';
  // "who knows the system best" and "someone…, who knows where users get stuck" are relative clauses, not shrugs.
  if (word === 'who') {
    const opensSentence = first === 0 || tokens[first - 1]!.sentence !== tokens[first]!.sentence;
    if (opensSentence || !sameSentence || next.kind === 'punct') return true;
    return tokens[first - 1]!.kind === 'punct' && SHRUG_SUBJECTS.has(tokens[last + 1]?.norm ?? '');
  }
  // "new challenges, such as leading the warehouse move": the example names the aim.
  if (kind === 'objects' && namesExample(tokens, last)) return false;
  // "move on to something bigger" is about leaving (leaving_soon), not a vague aim.
  if (kind === 'objects' && word === 'something' && ['to', 'for'].includes(tokens[first - 1]?.norm ?? '') && ['on', 'off', 'leave', 'leaving'].includes(tokens[first - 2]?.norm ?? '')) return false;
  // "the colour modules as they come up": the timing of something named, not the speaker's direction ("take things as they come").
  if (word === 'as' && tokens[first + 1]?.norm === 'they') {
    const before = tokens[first - 1];
    return !before || before.sentence !== tokens[first]!.sentence || before.kind === 'punct' || OPEN_THINGS.has(before.norm);
  }
  // "the module, which I think is underdeveloped": a hedge inside a relative clause qualifies a fact, not the aim.
  if (kind === 'hedges' && RELATIVES.has(tokens[first - 1]?.norm ?? '')) return false;
  // "kind of" / "sort of" after a determiner names a kind: "the kind of team".
  if (kind === 'hedges' && (word === 'kind' || word === 'sort')) {
    const before = tokens[first - 1]?.norm ?? '';
    return !['a', 'the', 'this', 'that', 'what', 'which', 'any', 'some', 'every', 'same', 'one', 'different'].includes(before);
  }
  // "I think" before a concrete claim is common and harmless; it counts only with other hedges (handled by the caller).
  return true;
}

const RAISING = new Set(['take', 'taking', 'bring', 'bringing', 'push', 'pushing', 'get', 'getting']);
/** What rising "to the next level" says nothing about: one's career, oneself, things in general. */
const EMPTY_RISERS = new Set(['career', 'myself', 'me', 'it', 'things', 'game', 'life', 'self', 'skills', 'work']);
/** "take my colour work up a level", "get the audit process to the next level": a raising verb and a named thing before the level. */
function raisesNamedWork(tokens: Token[], first: number): boolean {
  const sentence = tokens[first]!.sentence;
  for (let i = first - 1; i >= 0 && i >= first - 5 && tokens[i]!.sentence === sentence; i--) {
    if (!RAISING.has(tokens[i]!.norm)) continue;
    const raised = tokens.slice(i + 1, first).filter((t) => t.kind === 'word' && !STOP.has(t.norm));
    return raised.some((t) => !EMPTY_RISERS.has(t.norm));
  }
  return false;
}

/** Words that open an example right after a vague aim: "like", "such as", "for example", "including". */
const EXAMPLE_OPENERS = new Set(['like', 'such', 'including', 'namely', 'specifically', 'particularly', 'especially', 'for', 'e.g.']);

/** Does an example with content follow the vague words at `last` ("…, such as running the Leeds rollout")? */
function namesExample(tokens: Token[], last: number): boolean {
  const sentence = tokens[last - 1]!.sentence;
  let k = last;
  if (tokens[k]?.text === ',' || tokens[k]?.text === ':' || tokens[k]?.text === '—') k++;
  const opener = tokens[k];
  if (!opener || opener.sentence !== sentence || !EXAMPLE_OPENERS.has(opener.norm)) return false;
  // "for example", "such as": the opener's second word.
  if (opener.norm === 'such' && tokens[k + 1]?.norm !== 'as') return false;
  if (opener.norm === 'for' && tokens[k + 1]?.norm !== 'example' && tokens[k + 1]?.norm !== 'instance') return false;
  k += opener.norm === 'such' || opener.norm === 'for' ? 2 : 1;
  for (let i = k; i < k + 4 && i < tokens.length && tokens[i]!.sentence === sentence; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct') return false;
    if (t.kind === 'number' || (!STOP.has(t.norm) && !EMPTY_OBJECTS.has(t.norm) && !VAGUE_WORDS.has(t.norm))) return true;
  }
  return false;
}
/** Words that keep an example vague: "like that", "such as this", "things like stuff". */
const VAGUE_WORDS = new Set(['that', 'this', 'those', 'these', 'it', 'whatever', 'anything', 'everything']);

/** What "as they come" leaves to chance when it follows them: "take things as they come", "opportunities as they come". */
const OPEN_THINGS = new Set(['things', 'opportunities', 'chances', 'offers', 'options', 'roles', 'jobs', 'them', 'life', 'it', 'days']);
/** Words that open a relative clause: a hedge right after them is about the thing described. */
const RELATIVES = new Set(['which', 'who', 'whom']);

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
const matchesOf = memo((doc: Doc) => PHRASES.match(doc));
const matches = (doc: Doc, tag: Tag) => matchesOf(doc).get(tag) ?? [];
/** Objects that do not make an aim concrete: "grow myself", "learn more", "improve things". */
const EMPTY_OBJECTS = new Set([
  'myself', 'things', 'thing', 'stuff', 'something', 'everything', 'anything', 'more', 'new', 'better', 'lot', 'lots', 'as', 'and', 'grow',
  'learn', 'develop', 'improve', 'difference', 'career', 'professionally', 'personally', 'person', 'skills', 'knowledge', 'experience',
]);
/** "every day", "each week": a time after a verb of growing or learning, not its object. */
const EVERY = new Set(['every', 'each']);
const PERIODS = new Set(['day', 'week', 'month', 'year', 'time', 'single', 'morning', 'shift']);
/** Words that pick a part of what follows "of": "one of the teams", "part of the launch". */
const PART_OF = new Set(['one', 'part', 'some', 'each', 'all']);
/** Owners that make a role someone else's: "your director", "my manager", "the CEO". */
const OTHER_OWNERS = new Set(['your', 'our', 'their', 'his', 'her', 'the', "company's", "team's"]);

/** Does the text name a concrete aim: a role, a skill, a credential or a result? */
/** "at some point": a time left open, which says nothing about whether the aim is. */
const isLooseTime = (tokens: Token[], m: { first: number; last: number }) =>
  m.last - m.first === 3 && tokens[m.first]!.norm === 'at' && tokens[m.first + 1]!.norm === 'some' && tokens[m.first + 2]!.norm === 'point';

const LIKE_IT = new Set(['similar', 'equivalent', 'comparable']);
/** "an MBA or something similar": the thing just named, or one like it (not a broad area: "management or something similar"). */
const isEquivalent = (tokens: Token[], m: { first: number; last: number }) =>
  tokens[m.first]!.norm === 'or' && tokens[m.first + 1]?.norm === 'something' && LIKE_IT.has(tokens[m.last]?.norm ?? '') && !BROAD_AREAS.has(tokens[m.first - 1]?.norm ?? '');

/** "somewhere in the trust", "somewhere in Hartwell": a place left open, after a named aim. Not "somewhere in management". */
const isLoosePlace = (tokens: Token[], m: { first: number; last: number }) => {
  if (m.last - m.first !== 2 || tokens[m.first]!.norm !== 'somewhere' || tokens[m.first + 1]!.norm !== 'in') return false;
  const place = tokens[m.last];
  // After a noun ("a maths department somewhere in…"), not after a verb of being somewhere ("be somewhere in the business").
  const before = tokens[m.first - 1];
  return place !== undefined && (PLACE_LEADS.has(place.norm) || /^[A-Z]/.test(place.text)) && before?.kind === 'word' && !BEING.has(before.norm);
};
const PLACE_LEADS = new Set(['the', 'your', 'our', 'this', 'its']);
const BEING = new Set(['be', 'been', 'being', 'am', 'work', 'working', 'end', 'up', 'get', 'go', 'move', 'stay', 'settle', 'settled']);

/** The sentences that name a role, credential or course ("the Best Interests Assessor course"): one pass per document. */
const concreteSentences = memo((doc: Doc): Set<number> => {
  const out = new Set<number>();
  for (const m of [...matches(doc, 'role'), ...matches(doc, 'credentials')]) {
    // "something in management at some point" names only a broad area.
    if (!isNegated(doc, m.first) && !BROAD_AREAS.has(doc.tokens[m.first]!.norm)) out.add(doc.tokens[m.first]!.sentence);
  }
  for (const t of doc.tokens) if (isCredentialAcronym(t)) out.add(t.sentence);
  return out;
});

export function hasConcreteAim(doc: Doc): boolean {
  const { tokens } = doc;
  const aims = aimsOf(doc);
  const inScope = (i: number) => aims.size === 0 || aims.has(tokens[i]!.sentence);
  for (const m of matches(doc, 'role')) {
    if (!inScope(m.first) || isNegated(doc, m.first) || praisedRole(tokens, m.first)) continue;
    if (OTHER_OWNERS.has(tokens[m.first - 1]?.norm ?? '') && !becomingBefore(tokens, m.first - 1)) continue;
    return true;
  }
  if (matches(doc, 'seat').some((m) => inScope(m.first))) return true;
  for (const i of BECOMING_AT(doc)) if (inScope(i) && namesAgentNoun(tokens, i + 1)) return true;
  // A career change names where it goes: "move from retail into UX research", "retrain into accountancy".
  for (const h of fieldHits(doc)) if (inScope(h.first) && tokens[h.first - 1]?.norm === 'into' && !BROAD_AREAS.has(tokens[h.first]!.norm) && !isNegated(doc, h.first)) return true;
  // A concrete step ("complete the CIPD course", "I'd run usability sessions") or a named credential ("my CCNA") is a concrete aim.
  if (planEvidence(doc).length > 0) return true;
  for (let i = 0; i < tokens.length; i++) if (inScope(i) && isCredentialAcronym(tokens[i])) return true;
  // An amount in an aim ("from twelve thousand to half a million followers", "cut costs by 20%") is a result, measurable.
  if (quantitiesOf(doc).some((q) => inScope(q.first) && !isNegated(doc, q.first))) return true;
  for (const m of [...matches(doc, 'credentials'), ...matches(doc, 'results'), ...matches(doc, 'skill_leads')]) {
    if (!inScope(m.first) || isNegated(doc, m.first)) continue;
    if (m.value === 'credentials') return true;
    if (hasContentObject(tokens, m.last)) return true;
  }
  return false;
}

/** Words that put a role after them: "be a firefighter", "see myself as the farm foreman", "grow into a buyer". */
const BECOMING = new Set(['be', 'become', 'becoming', 'as', 'into']);
const BECOMING_AT = wordPositions(BECOMING);
const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'their', 'its']);
/** Endings of nouns for a person who does a job: -er, -or, -ist, -ian, -man, -eer. */
const AGENT_ENDINGS = ['er', 'or', 'ist', 'ian', 'man', 'eer'];
/** Words with those endings that name no job: people in general, praise, and everyday nouns. */
const NOT_JOBS = new Set([
  'member', 'player', 'worker', 'learner', 'thinker', 'achiever', 'performer', 'doer', 'starter', 'self-starter', 'go-getter', 'getter', 'winner',
  'believer', 'dreamer', 'fighter', 'lover', 'fan', 'human', 'woman', 'man', 'career', 'number', 'matter', 'order', 'other', 'another', 'paper',
  'water', 'power', 'factor', 'sector', 'error', 'floor', 'door', 'color', 'colour', 'favor', 'honor', 'labor', 'mirror', 'minor', 'major',
  'better', 'bigger', 'together', 'whatever', 'however', 'forever', 'never', 'ever', 'rather', 'later', 'under', 'over', 'after', 'corner',
  'center', 'centre', 'chapter', 'letter', 'level', 'behavior', 'behaviour', 'layer', 'version', 'summer', 'winter', 'quarter', 'master',
]);

/** Words that make a job noun praise, not a role: "a thought leader", "a thought leader", "a game changer". */
const PRAISE_BEFORE = new Set(['thought', 'rock', 'rockstar', 'superstar', 'go-to', 'game', 'star', 'ninja', 'guru', 'wizard']);

/** Praise right before a role, or before the word that heads it: "a rock star analyst", "a star marketing manager". */
const praisedRole = (tokens: Token[], first: number) =>
  PRAISE_BEFORE.has(tokens[first - 1]?.norm ?? '') || (PRAISE_BEFORE.has(tokens[first - 2]?.norm ?? '') && !STOP.has(tokens[first - 1]?.norm ?? ''));

/**
 * After a becoming word, a determiner, up to three words, then a noun for a person doing a job at the end
 * of the phrase: "a firefighter", "a crew commander", "the estate's farm foreman". The role lists cannot
 * hold every trade; the ending tells a job noun ("commander", "hygienist") from the words around it.
 */
function namesAgentNoun(tokens: Token[], from: number): boolean {
  const sentence = tokens[from - 1]!.sentence;
  if (!DETERMINERS.has(tokens[from]?.norm ?? '') && !tokens[from]?.norm.endsWith("'s")) return false;
  for (let i = from + 1; i < tokens.length && i <= from + 4; i++) {
    const t = tokens[i]!;
    // "a rock star data scientist": praise, not a job.
    if (t.sentence !== sentence || t.kind !== 'word' || STOP.has(t.norm) || PRAISE_BEFORE.has(t.norm)) return false;
    const next = tokens[i + 1];
    const endsPhrase = !next || next.sentence !== sentence || next.kind === 'punct' || STOP.has(next.norm);
    if (endsPhrase) return AGENT_ENDINGS.some((e) => t.norm.length > e.length + 2 && t.norm.endsWith(e)) && !NOT_JOBS.has(t.norm) && !PRAISE_BEFORE.has(tokens[i - 1]!.norm);
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
  // "learn more about fire safety", "run one of the install teams": the object comes after the connector.
  let start = from;
  if (tokens[start]?.norm === 'more' && tokens[start + 1]?.norm === 'about') start += 2;
  else if (PART_OF.has(tokens[start]?.norm ?? '') && tokens[start + 1]?.norm === 'of') start += 2;
  for (let i = start; i < start + 3 && i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence || t.kind === 'punct') return false;
    if (EMPTY_OBJECTS.has(t.norm)) return false;
    // "keep growing every day": a time, not what grows.
    if (EVERY.has(t.norm) && PERIODS.has(tokens[i + 1]?.norm ?? '')) return false;
    if (t.kind === 'number' || !STOP.has(t.norm)) return true;
  }
  return false;
}
