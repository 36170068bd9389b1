/**
 * The five elements of a good answer (DOMAIN.md §4) and the exact words that show each:
 * a short-term goal, a long-term goal, a plan, alignment with the company and role, and the
 * value the candidate offers. Every matcher is built once, at module load.
 */
import { tokenIndexAt, type Doc, type Token } from '../text/tokenize.js';
import type { ElementResult, Elements, Range } from '../types.js';
import type { Context } from './context.js';
import { findTimeframes, type Timeframe } from '../text/timeframes.js';
import type { PhraseMatch } from '../text/phrases.js';
import { isNegated, memo, valueMatches } from '../text/helpers.js';
import { readNumber } from '../text/numbers.js';
import { TaggedMatcher } from '../text/tagged.js';
import { VOCAB } from '../vocab/generated.js';
import { aimsOf, quantitiesOf } from './memo.js';
import { farTitleAims } from './realism.js';

type Horizon = 'short_term' | 'long_term';

/**
 * Up to about two years is short term; about three years and beyond is long term (corpus/GUIDELINES.md).
 * The years in between ("two and a half years", "by September 2028") are read as either, whichever
 * the answer lacks, rather than flag a horizon the speaker arguably gave.
 */
export const SHORT_TERM_MAX_MONTHS = 30;
export const LONG_TERM_MIN_MONTHS = 27;

/** Which horizons a timeframe points to: one, or both for the years in between. */
export function horizonsOf(t: Timeframe): Horizon[] {
  const far = t.maxMonths ?? t.months;
  const out: Horizon[] = [];
  if (t.months <= SHORT_TERM_MAX_MONTHS && far <= SHORT_TERM_MAX_MONTHS + 6) out.push('short_term');
  if (far >= LONG_TERM_MIN_MONTHS) out.push('long_term');
  return out;
}

/** The horizon a timeframe points to most clearly: short up to two years, long from three. */
export function horizonOf(t: Timeframe): Horizon | null {
  const far = t.maxMonths ?? t.months;
  if (far >= 36) return 'long_term';
  if (t.months <= 24 && far <= 30) return 'short_term';
  return null;
}

type PlanPart = 'learn_verbs' | 'learn_objects' | 'do_verbs' | 'do_objects' | 'standalone' | 'methods' | 'intent_leads' | 'aspiration_leads' | 'intent_verbs' | 'goal_verbs';
type AlignmentGroup = 'company' | 'role';
const HORIZON_CUES = VOCAB['horizon-cues'] as Record<Horizon, string[]>;
const PLAN = VOCAB['plan-actions'] as Record<PlanPart, string[]>;
const ALIGNMENT = VOCAB['alignment-cues'] as Record<AlignmentGroup, string[]>;

/** Words between "I'd" and its verb: "I'd [also want to] visit", "I'll [then] run". */
/** Spoken fillers an intention may be broken up by: "I'd, like, want to write, um, the case study". */
const SPOKEN = new Set([',', 'um', 'umm', 'uh', 'er', 'erm', 'like', 'sort', 'kind', 'of', 'basically', 'you', 'know', 'mean', 'i', 'actually']);
const INTENT_SKIP = new Set([...SPOKEN, 'want', 'like', 'love', 'hope', 'aim', 'need', 'also', 'then', 'first', 'probably', 'to', 'really', 'just', 'definitely', 'still', 'try', 'help', 'personally', 'initially', 'immediately', 'quickly', 'actively', 'certainly', 'next', 'start', 'begin', 'be', 'looking']);
/** Objects too empty to make an action a step: "learn more", "develop myself", "do things". */
const EMPTY_OBJECTS = new Set(['and', 'or', 'but', 'so', 'because', 'grow', 'develop', 'improve', 'myself', 'things', 'thing', 'stuff', 'something', 'everything', 'anything', 'more', 'career', 'skills', 'knowledge', 'experience', 'lot', 'lots', 'it', 'them', 'much', 'better', 'best', 'well', 'up', 'forward', 'ahead', 'somehow', 'somewhere',
  // "take on bigger challenges", "get to know the business": growth and settling in, said of nothing in particular.
  'bigger', 'greater', 'challenge', 'challenges', 'opportunity', 'opportunities', 'business', 'company', 'culture']);
/** How far after a verb its object may come: "complete [the council's project management foundation] course". */
const OBJECT_WINDOW = 7;

/** Acronyms that are not credentials: titles, places, departments. */
const NOT_CREDENTIALS = new Set(['I', 'CEO', 'CTO', 'CFO', 'COO', 'CMO', 'CIO', 'VP', 'UK', 'US', 'USA', 'EU', 'HR', 'IT', 'OK', 'TV', 'PR', 'QA', 'NHS', 'UX', 'UI', 'AI', 'ML']);

/** "your job", "your position": the interviewer's seat, not the company. */
const INTERVIEWER_SEAT = new Set(['job', 'position', 'seat', 'chair', 'shoes', 'place', 'role']);
const STOP = new Set(VOCAB['stop-words'].map((e) => e.phrase));
/** Words of a company text too generic to show that an answer has read it. */
const GENERIC = new Set([
  'company', 'companies', 'team', 'teams', 'role', 'roles', 'work', 'working', 'people', 'business', 'group', 'services', 'service', 'years',
  'year', 'based', 'across', 'offers', 'runs', 'known', 'large', 'small', 'local', 'national', 'international', 'leading', 'staff',
  'about', 'their', 'there', 'which', 'where', 'while', 'including', 'through', 'other', 'employees', 'clients', 'customers', 'firm',
]);

/** Verbs of a result already delivered: a number beside one shows the value the candidate brings. */
const RESULT_VERBS = new Set([
  'reduced', 'cut', 'fell', 'raised', 'grew', 'improved', 'saved', 'renewed', 'increased', 'doubled', 'halved', 'lifted', 'won', 'delivered',
  'launched', 'shipped', 'built', 'brought', 'closed', 'resolved', 'placed', 'billed', 'recovered', 'retained', 'trained', 'mentored',
  'reached', 'hit', 'exceeded', 'beat', 'dropped', 'shortened', 'sped', 'boosted', 'generated', 'secured', 'led', 'ran', 'managed',
  'fallen', 'fixed', 'solved', 'caught', 'introduced', 'automated', 'redesigned', 'streamlined', 'rebuilt', 'designed', 'wrote', 'created',
  'published', 'set', 'started', 'organized', 'negotiated', 'halved', 'prevented', 'avoided', 'recovered', 'turned', 'opened', 'grown',
]);
/** Before a result verb, these make it passive. */
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being', 'got', 'gets', 'is', 'are', 'be']);
/** "…was set up by a couple of us", "…was rebuilt by me": a passive whose agent is the speaker. */
function byUs(tokens: readonly Token[], verb: number): boolean {
  for (let k = verb + 1; k < tokens.length && k <= verb + 4 && tokens[k]!.sentence === tokens[verb]!.sentence; k++) {
    if (tokens[k]!.norm !== 'by') continue;
    for (let j = k + 1; j <= k + 4 && j < tokens.length; j++) if (tokens[j]!.norm === 'us' || tokens[j]!.norm === 'me') return true;
    return false;
  }
  return false;
}
/** Shares that measure a result as well as numbers do: "fallen by more than half". */
const SHARES = new Set(['half', 'third', 'quarter', 'fifth', 'tenth', 'double', 'twice', 'doubled', 'halved']);
/** What a course is counted in: "I'm three exams in", "four modules into the diploma". */
const COURSE_UNITS = new Set(['exams', 'modules', 'papers', 'units', 'courses', 'chapters', 'assignments', 'levels', 'module', 'exam', 'paper', 'unit']);
/** Words that close a sign-off: "get the portfolio signed off", "have it approved". */
const SIGNED_OFF = new Set(['signed', 'approved', 'accredited', 'verified']);
/** Headings for the steps of a plan: "How: …", "The route is: …". */
const HOW_HEADINGS = new Set(['how', 'steps', 'route', 'path', 'plan', 'method', 'approach']);

type Tag = Horizon | PlanPart | 'align_company' | 'align_role' | 'offer' | 'career_goal' | 'role' | 'result_verb' | 'share' | 'course_unit' | 'signed_off' | 'method_lead' | 'habit_cue';
/** Every phrase list of this module, matched in one scan of the answer. */
const PHRASES = new TaggedMatcher<Tag>({
  short_term: HORIZON_CUES.short_term,
  long_term: HORIZON_CUES.long_term,
  ...PLAN,
  align_company: ALIGNMENT.company,
  align_role: ALIGNMENT.role,
  offer: VOCAB['value-offers'].map((e) => e.phrase),
  career_goal: (VOCAB['horizon-cues'] as Record<string, string[]>).career_goal ?? [],
  role: [...VOCAB['role-nouns'].map((e) => e.phrase), ...VOCAB['job-titles'].map((e) => e.phrase)],
  // The words some passes start from, read off the shared scan instead of a lookup of every token.
  // The scan also finds a word in its possessive ("set's"), so each pass checks the word itself again.
  result_verb: [...RESULT_VERBS],
  share: [...SHARES],
  course_unit: [...COURSE_UNITS],
  signed_off: [...SIGNED_OFF],
  method_lead: ['by', ...HOW_HEADINGS],
  // Every word habitEvidence acts on: its subjects and the words that open a repeat.
  habit_cue: ['i', 'we', "i'll", "i'm", "we're", "i've", "we've", 'every', 'each', 'on', 'at', 'most', 'a', 'per'],
});
const matchesOf = memo((doc: Doc) => PHRASES.match(doc));
const matches = (doc: Doc, tag: Tag): PhraseMatch<Tag>[] => matchesOf(doc).get(tag) ?? [];

const none = (): ElementResult => ({ present: false, evidence: [] });
const found = (evidence: Range[]): ElementResult => ({ present: evidence.length > 0, evidence });

export function detectElements(doc: Doc, context: Omit<Context, 'elements'>): Elements {
  if (doc.tokens.length === 0) return { short_term: none(), long_term: none(), plan: none(), alignment: none(), value: none() };
  const aims = aimsOf(doc);
  const { short, long } = horizons(doc, context.timeframes, aims);
  // A title years above the speaker's level ("Regional Director" for a graduate) is the far horizon, whatever date it is given.
  for (const r of farTitleAims(doc, context.experience, { role: context.role })) long.push([r.start, r.end]);
  // "Where do you see yourself in five years?" — "By then I'd like to…": the question's own horizon, named back.
  if (context.question?.kind === 'long_view') long.push(...horizonNamedBack(doc));
  sortRanges(long);
  return {
    short_term: found(short),
    long_term: found(long),
    plan: found(planEvidence(doc)),
    alignment: found(alignmentEvidence(doc, context)),
    value: found(mergeRanges(valueEvidence(doc).concat(resultEvidence(doc)))),
  };
}

const BACK_NOUNS = new Set(['point', 'time', 'stage']);
/** "by then", "by that point", "at that stage": the horizon of a question that names one. */
function horizonNamedBack(doc: Doc): Range[] {
  const { tokens } = doc;
  const out: Range[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const lead = tokens[i]!.norm;
    if (lead !== 'by' && lead !== 'at') continue;
    const next = tokens[i + 1]!;
    if (lead === 'by' && next.norm === 'then') out.push([tokens[i]!.start, next.end]);
    else if (next.norm === 'that' && BACK_NOUNS.has(tokens[i + 2]?.norm ?? '')) out.push([tokens[i]!.start, tokens[i + 2]!.end]);
  }
  return out;
}

/** Short- and long-term evidence: timeframes by their length, and cue phrases in sentences that state an aim. */
function horizons(doc: Doc, timeframes: Timeframe[], aims: Set<number>): { short: Range[]; long: Range[] } {
  const short: Range[] = [];
  const long: Range[] = [];
  for (const t of timeframes) {
    for (const h of horizonsOf(t)) (h === 'short_term' ? short : long).push([t.start, t.end]);
  }
  // Cue phrases inside a timeframe already counted ("the first year" in "by the end of the first year") add nothing.
  const timed = timeframes.map((t) => [t.start, t.end] as Range).sort((a, b) => a[0] - b[0]);
  let k = 0;
  const cues = [...matches(doc, 'short_term'), ...matches(doc, 'long_term')].sort((a, b) => a.start - b.start);
  for (const m of cues) {
    while (k < timed.length && timed[k]![1] <= m.start) k++;
    const insideTimeframe = k < timed.length && timed[k]![0] < m.end;
    if (insideTimeframe || !aims.has(doc.tokens[m.first]!.sentence) || isNegated(doc, m.first)) continue;
    if (m.value === 'long_term' && stepAfterNearTime(doc, timeframes, m)) continue;
    (m.value === 'short_term' ? short : long).push([m.start, m.end]);
  }
  // "My career goal is to become a lead audiologist": a named career goal with a role is the far horizon.
  // Unless the same sentence dates it soon: "my career goal is to become a trained analyst within my first year".
  const roleSentences = new Set(matches(doc, 'role').map((m) => doc.tokens[m.first]!.sentence));
  const soon = new Set(short.map(([start]) => doc.tokens[tokenIndexAt(doc.tokens, start)]?.sentence));
  for (const m of matches(doc, 'career_goal')) {
    const sentence = doc.tokens[m.first]!.sentence;
    if (roleSentences.has(sentence) && !soon.has(sentence) && !isNegated(doc, m.first)) long.push([m.start, m.end]);
  }
  return { short: sortRanges(short), long: sortRanges(long) };
}

const sortRanges = (ranges: Range[]) => ranges.sort((a, b) => a[0] - b[0]);

/** Cues that place a goal after the one before it ("After that I'd like to…"): as far off as what they follow. */
const SEQUENCE_CUES = new Set(['after that', 'from there', 'beyond that', 'the step after that', 'the next step after that', 'further on']);
/** A step that follows a goal dated within this many months is still near: "next month the course; after that, open on my own". */
const NEAR_STEP_MONTHS = 12;

/**
 * Is a sequence cue the next step after a goal only months away ("I've signed up for the course next month. After that I'd like
 * to open the café on my own")? The nearest timeframe before it, in the answer, says how far off the step it follows is.
 */
function stepAfterNearTime(doc: Doc, timeframes: Timeframe[], m: PhraseMatch<Tag>): boolean {
  const phrase = doc.tokens.slice(m.first, m.last).map((t) => t.norm).join(' ');
  if (!SEQUENCE_CUES.has(phrase)) return false;
  let before: Timeframe | undefined;
  for (const t of timeframes) if (t.end <= m.start && (!before || t.end > before.end)) before = t;
  return before !== undefined && (before.maxMonths ?? before.months) < NEAR_STEP_MONTHS;
}

const capitalised = (t: Token) => t.kind === 'word' && t.text.charCodeAt(0) >= 65 && t.text.charCodeAt(0) <= 90 && t.norm !== 'i';

/** Is the token an acronym that names a credential or a tool ("ACCA", "CCNA", "GCIH")? */
export function isCredentialAcronym(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.text.length < 2 || t.text.length > 7 || NOT_CREDENTIALS.has(t.text)) return false;
  let capitals = 0;
  for (let i = 0; i < t.text.length; i++) {
    const c = t.text.charCodeAt(i);
    if (c >= 65 && c <= 90) capitals++;
    else if (!(c >= 48 && c <= 57) && !(c >= 97 && c <= 122)) return false;
  }
  return capitals >= 2 && capitals >= t.text.length - 2;
}

const APPLIED_HERE_BEFORE = new Set(['reason', 'reasons', 'why']);
const APPLIED_HERE_AFTER = new Set(['here', 'to', 'for']);
/** "…the reasons I've applied", "I've applied here", "I've applied for this role": the application is for this job. */
function appliedHere(tokens: Doc['tokens'], first: number, last: number): boolean {
  if (APPLIED_HERE_BEFORE.has(tokens[first - 1]?.norm ?? '')) return true;
  const next = tokens[last];
  if (!next || next.sentence !== tokens[first]!.sentence || next.kind === 'punct') return true;
  if (!APPLIED_HERE_AFTER.has(next.norm)) return false;
  const object = tokens[last + 1]?.norm ?? '';
  return next.norm === 'here' || object === 'this' || object === 'you' || object === 'your';
}

/** Plan evidence: an action with its object, a standalone action or a method phrase. Computed once per document. */
export const planEvidence = memo(findPlanEvidence);

/** The groups a step's head belongs to, as bits: one phrase may be in several ("join" both learns and does). */
const LEARNS = 1;
const DOES = 2;
const STANDALONE = 4;
const METHOD = 8;
const HEAD_PARTS = [['learn_verbs', LEARNS], ['do_verbs', DOES], ['standalone', STANDALONE], ['methods', METHOD]] as const;
interface PlanHead {
  m: PhraseMatch<Tag>;
  parts: number;
}
const byHeadStart = (a: PlanHead, b: PlanHead) => a.m.first - b.m.first;

function findPlanEvidence(doc: Doc): Range[] {
  const evidence: Range[] = [];
  const { tokens } = doc;
  // Objects indexed by the token they start at, so each verb looks ahead in constant time.
  const learnAt = new Map<number, number>();
  for (const m of matches(doc, 'learn_objects')) learnAt.set(m.first, m.last);
  const doAt = new Map<number, number>();
  for (const m of matches(doc, 'do_objects')) doAt.set(m.first, m.last);
  // The heads of a plan step, each with every group its phrase belongs to ("join" both learns and does).
  const heads = new Map<number, PlanHead>();
  for (const [tag, part] of HEAD_PARTS) {
    for (const m of matches(doc, tag)) {
      const head = heads.get(m.first);
      if (!head || m.last > head.m.last) heads.set(m.first, { m, parts: part });
      else if (m.last === head.m.last) head.parts |= part;
    }
  }
  let covered = -1;
  for (const { m, parts } of Array.from(heads.values()).sort(byHeadStart)) {
    if (m.first < covered || isNegated(doc, m.first)) continue;
    if (parts & (STANDALONE | METHOD)) {
      // "sign up a hundred landlords": a count after the action makes it a target, not a step.
      if (parts & STANDALONE && isCount(tokens, m.last)) continue;
      // "I've been practising for seven years": a career so far, not a step.
      if (tokens[m.last - 1]!.norm.endsWith('ing') && tokens[m.last]?.norm === 'for' && spanOfYears(tokens, m.last + 1)) continue;
      // "I've asked myself where I want to be" is no request of anyone.
      if (tokens[m.last - 1]!.norm === 'asked' && tokens[m.last]?.norm === 'myself') continue;
      // "one of the reasons I've applied", "why I've applied here": applying for this job, not a step toward the goal.
      if (tokens[m.last - 1]!.norm === 'applied' && appliedHere(tokens, m.first, m.last)) continue;
      // "halfway through a write", "a year into the contract": progress is a step only when it is the speaker's own.
      if (PROGRESS_WORDS.has(tokens[m.last - 1]!.norm) && !ownProgress(tokens, m.first, m.last)) continue;
      // "I'll need more than I've got to do that.": a purpose with nothing after it names no step.
      // "To get there, I'll just keep going.": a purpose followed by no step at all.
      // ("I'm mentoring two testers to get ready for it": the step may come first.)
      if (tokens[m.first]!.norm === 'to' && !stepAround(doc, m.first, m.last)) continue;
      evidence.push([m.start, m.end]);
      covered = m.last;
      continue;
    }
    // "to be running a project", "be leading the team": a state the speaker wants, not a step toward it.
    // ("I'll be doing the certificate" is a step: learning is done, not held.)
    const before = tokens[m.first - 1]?.norm;
    if (!(parts & LEARNS) && (before === 'be' || before === 'being')) continue;
    // "my final-year design project", "measured building surveys": the verb's form used as a noun or adjective.
    // Prepositions ("through the course", "via the programme") need no verb before them.
    if (!PREPOSITIONS.has(tokens[m.first]!.norm) && !verbalContext(tokens, m.first)) continue;
    const learns = (parts & LEARNS) !== 0;
    const does = (parts & DOES) !== 0;
    const sentence = tokens[m.first]!.sentence;
    if (fromToTarget(tokens, m.last, sentence)) continue;
    // "Long term I want to lead community strategy": the far goal itself, wished for, is no step toward it.
    if (!learns && farGoalWished(doc).has(m.first)) continue;
    // "study system design", "I'm learning the costing side": studying names its subject, whatever it is.
    if (learns && studies(tokens, m.first, m.last)) {
      const object = objectAfter(tokens, m.last, sentence);
      if (object !== undefined) {
        evidence.push([m.start, tokens[object]!.end]);
        covered = object + 1;
        continue;
      }
    }
    for (let i = m.last; i < m.last + OBJECT_WINDOW && i < tokens.length && tokens[i]!.sentence === sentence; i++) {
      const t = tokens[i]!;
      if (t.kind === 'punct' && t.text !== '-' && t.text !== "'") break;
      // "earning at that level", "doing something at a higher level": a level held, not a course taken ("present it at the review" still is a step).
      if (t.norm === 'at' && !does) break;
      // "I've just finished my master's": a degree already done is the route in, background rather than a step.
      if (learns && PAST_COMPLETIONS.has(tokens[m.first]!.norm) && DEGREES.has(t.norm)) break;
      // "take my career to the next level": a figure of speech, not a level of a course.
      if (t.norm === 'level' && FIGURATIVE_LEVEL.has(tokens[i - 1]?.norm ?? '')) break;
      const credential = isCredentialAcronym(t) || (capitalised(t) && !STOP.has(t.norm));
      const end = (learns ? (learnAt.get(i) ?? (credential ? i + 1 : undefined)) : undefined) ?? (does ? doAt.get(i) : undefined);
      if (end !== undefined) {
        evidence.push([m.start, tokens[end - 1]!.end]);
        covered = end;
        break;
      }
    }
  }
  return mergeRanges(evidence.concat(intentEvidence(doc), methodByDoing(doc), habitEvidence(doc), progressEvidence(doc), signOffEvidence(doc, learnAt, doAt)));
}

/**
 * The goal verbs that state the far goal itself: wished for ("I want to", "I'd like to") after a long-term cue or timeframe
 * in the same sentence ("Long term I want to [lead]…", "In five years I'd like to [run]…"). Token indices of the verbs.
 */
const farGoalWished = memo((doc: Doc): Set<number> => {
  const out = new Set<number>();
  const aspirations = matches(doc, 'aspiration_leads');
  if (aspirations.length === 0) return out;
  const { tokens } = doc;
  const goalVerbs = new Set(matches(doc, 'goal_verbs').map((m) => m.first));
  // Where each sentence's first long-term cue or timeframe starts.
  const farFrom = new Map<number, number>();
  const far = (at: number) => {
    const s = tokens[at]!.sentence;
    if (!farFrom.has(s) || farFrom.get(s)! > at) farFrom.set(s, at);
  };
  for (const m of matches(doc, 'long_term')) far(m.first);
  for (const t of findTimeframes(doc)) if (horizonOf(t) === 'long_term') far(tokenIndexAt(tokens, t.start));
  for (const a of aspirations) {
    const cue = farFrom.get(tokens[a.first]!.sentence);
    if (cue === undefined || cue > a.first) continue;
    let v = a.last;
    while (v < a.last + 3 && tokens[v]?.sentence === tokens[a.first]!.sentence && INTENT_SKIP.has(tokens[v]!.norm) && !goalVerbs.has(v)) v++;
    if (goalVerbs.has(v)) out.add(v);
  }
  return out;
});

/** Before the object of a sign-off: "get my portfolio signed off", "have the competencies approved". */
const SIGN_OFF_LEADS = new Set(['get', 'getting', 'have', 'having']);
/**
 * "get my specialist portfolio in molecular pathology signed off": a piece of work taken through its sign-off is a step
 * (the object is a plan object, a learning one or a doing one).
 */
function signOffEvidence(doc: Doc, learnAt: ReadonlyMap<number, number>, doAt: ReadonlyMap<number, number>): Range[] {
  const { tokens } = doc;
  const evidence: Range[] = [];
  for (const { first: i } of matches(doc, 'signed_off')) {
    const t = tokens[i]!;
    if (i + 1 >= tokens.length || !SIGNED_OFF.has(t.norm) || (t.norm === 'signed' && tokens[i + 1]!.norm !== 'off')) continue;
    let object = -1;
    for (let k = i - 1; k >= 0 && k >= i - 7 && tokens[k]!.sentence === t.sentence && tokens[k]!.kind !== 'punct'; k--) {
      if (learnAt.has(k) || doAt.has(k)) object = k;
      if (object >= 0 && SIGN_OFF_LEADS.has(tokens[k]!.norm)) {
        if (!isNegated(doc, k)) evidence.push([tokens[k]!.start, tokens[t.norm === 'signed' ? i + 1 : i]!.end]);
        break;
      }
    }
  }
  return evidence;
}

const FIGURATIVE_LEVEL = new Set(['next', 'another', 'higher', 'new']);
const SPAN_UNITS = new Set(['year', 'years', 'decade', 'decades', 'months']);
/** Does a stretch of years start at `i`: "seven years", "over a decade", "about ten years"? */
function spanOfYears(tokens: Token[], i: number): boolean {
  for (let k = i; k < i + 4 && k < tokens.length; k++) if (SPAN_UNITS.has(tokens[k]!.norm)) return true;
  return false;
}

/** The last words of progress phrases ("halfway through", "two modules in", "a year into"). */
const PROGRESS_WORDS = new Set(['through', 'in', 'into']);
const OWNERS = new Set(['i', "i'm", "i've", 'am', "we're", "we've"]);
/** "I'm halfway through the diploma", "halfway through my CIPD": the speaker's own progress. */
function ownProgress(tokens: Token[], first: number, last: number): boolean {
  const sentence = tokens[first]!.sentence;
  for (let i = first - 1; i >= 0 && i >= first - 4 && tokens[i]!.sentence === sentence; i--) if (OWNERS.has(tokens[i]!.norm)) return true;
  return tokens[last]?.norm === 'my' || tokens[last + 1]?.norm === 'my';
}

/** Words that name no step after "to get there": "I'll just keep going", "work hard and stay patient". */
const NO_STEP = new Set([
  'just', 'keep', 'keeping', 'going', 'go', 'work', 'working', 'hard', 'harder', 'best', 'do', 'doing', 'push', 'pushing', 'stay', 'staying',
  'focused', 'consistent', 'patient', 'positive', 'motivated', 'time', 'see', 'happens', 'happen', 'naturally', 'need', 'needs', 'more',
  'than', 'got', 'now', 'get', 'really', 'honestly', 'basically', 'simply', 'try', 'trying', 'believe', 'think', 'sure', 'way', 'everything',
  'whatever', 'takes', 'take', 'head', 'down', 'eye', 'ball', 'showing', 'show', 'up', 'turning', 'turn', 'reliable', 'right', 'job',
  'know', 'like', 'love', 'want', 'hope', 'eventually', 'one', 'day', 'someday', 'able', 'lot', 'long', 'while', 'will', 'would',
]);
/** Is there a step around a purpose in its sentence ("To get there, I'll take the CIPD course"), rather than nothing or an empty effort? */
function stepAround(doc: Doc, first: number, last: number): boolean {
  const { tokens } = doc;
  const sentence = doc.sentences[tokens[first]!.sentence]!;
  const content = (t: Token) => t.kind === 'number' || (t.kind === 'word' && !STOP.has(t.norm) && !NO_STEP.has(t.norm) && !SPOKEN.has(t.norm));
  for (let i = last; i < sentence.last; i++) if (content(tokens[i]!)) return true;
  // Before it, only its own clause: "I'm mentoring two testers to get ready for it", not "I'd like to move into X, and I'll need more to do that".
  for (let i = first - 1; i >= sentence.first && tokens[i]!.kind !== 'punct'; i--) if (content(tokens[i]!)) return true;
  return false;
}

/** "I'm three exams in", "two papers into my ACCA": the speaker's own progress through a course. */
function progressEvidence(doc: Doc): Range[] {
  const { tokens } = doc;
  const evidence: Range[] = [];
  for (const { first: i } of matches(doc, 'course_unit')) {
    if (i < 1 || i + 1 >= tokens.length || !COURSE_UNITS.has(tokens[i]!.norm) || (tokens[i + 1]!.norm !== 'in' && tokens[i + 1]!.norm !== 'into')) continue;
    if (!isCount(tokens, i - 1) || !ownProgress(tokens, i - 1, i + 2)) continue;
    evidence.push([tokens[i - 1]!.start, tokens[i + 1]!.end]);
  }
  return evidence;
}

/** Units a habit repeats over: "every Friday", "twice a month", "two requests a week". */
const HABIT_UNITS = new Set([
  'day', 'week', 'fortnight', 'month', 'quarter', 'term', 'shift', 'morning', 'evening', 'weekend', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'sprint', 'semester',
]);
const EVERY = new Set(['every', 'each']);
/** "on Saturdays", "at weekends": a repeat said by the plural. */
const PLURAL_DAYS = new Set(['mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays', 'weekends', 'evenings', 'mornings']);
/** Verbs of study that take any subject as their object; "learning" only as an ongoing practice ("I'm learning", "I've been learning"). */
const STUDY = new Set(['study', 'studying', 'revise', 'revising']);
const ONGOING = new Set(["i'm", 'am', 'been', "we're", 'are']);
function studies(tokens: Token[], first: number, last: number): boolean {
  if (last - first !== 1) return false;
  const norm = tokens[first]!.norm;
  return STUDY.has(norm) || (norm === 'learning' && ONGOING.has(tokens[first - 1]?.norm ?? ''));
}

/**
 * Wishes and pictures in the mind ("I visualise it every morning", "by believing I'll get there"): kept up daily or
 * not, they reach nothing by themselves, so they are no habit, practice or method.
 */
const MENTAL_STATES = new Set([
  'visualise', 'visualize', 'visualising', 'visualizing', 'imagine', 'imagining', 'picture', 'picturing', 'dream', 'dreaming', 'daydream',
  'daydreaming', 'wish', 'wishing', 'pray', 'praying', 'manifest', 'manifesting', 'believing', 'hoping', 'wanting',
]);
const PROGRESSIVE_SUBJECTS = new Set(["i'm", "we're", "i've", "we've"]);
/** Progressive verbs that are a job or a state rather than a practice kept up: "I've been working weekends for years". */
const NOT_PRACTICES = new Set(['working', 'doing', 'going', 'getting', 'being', 'living', 'staying', 'feeling', 'hoping', 'trying', 'looking', 'thinking', ...MENTAL_STATES]);
/** After "I", verbs that are no habit of doing: wishes, opinions, states, and the past. */
const NOT_HABITS = new Set([
  'want', 'wanted', 'would', 'like', 'love', 'hope', 'think', 'believe', 'know', 'feel', 'was', 'had', 'did', 'am', 'have', 'need', 'used',
  'met', 'took', 'went', 'ran', 'got', 'made', 'spent', 'wrote', 'kept', 'sat', 'led', 'could', 'might', 'should', 'can', 'see', 'enjoy',
  'really', 'just', 'also', 'always', 'never', ...MENTAL_STATES,
]);
/** "[one] match report a week": a count a few words before the thing repeated, in the same clause. */
function countedBefore(tokens: Token[], noun: number): boolean {
  for (let k = noun - 1; k >= 0 && k >= noun - 3 && tokens[k]!.kind !== 'punct'; k--) if (tokens[k]!.norm === 'one' || isCount(tokens, k)) return true;
  return false;
}

/**
 * A practice the speaker keeps up: "I meet my training officer every fortnight", "I file two requests a week and
 * chase them every Friday". A first-person present verb and a repeat in the same clause.
 */
function habitEvidence(doc: Doc): Range[] {
  const { tokens } = doc;
  const evidence: Range[] = [];
  let subject = -1;
  // Tokens other than the cue words change nothing below but a clause break: they are passed over without a lookup.
  const cues = matches(doc, 'habit_cue');
  let cue = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct' && t.text !== ',' && t.text !== "'") subject = -1;
    if (cues[cue]?.first !== i) continue;
    cue++;
    if (t.norm === 'i' || t.norm === 'we' || t.norm === "i'll") {
      const verb = tokens[i + 1];
      subject = verb && verb.kind === 'word' && !NOT_HABITS.has(verb.norm) && !verb.norm.endsWith('ed') ? i : -1;
      continue;
    }
    // "I'm volunteering at weekends", "I've been canvassing every weekend": an ongoing practice, said in the progressive.
    if (PROGRESSIVE_SUBJECTS.has(t.norm)) {
      const verb = tokens[t.norm === "i'm" || t.norm === "we're" ? i + 1 : tokens[i + 1]?.norm === 'been' ? i + 2 : -1];
      subject = verb && verb.kind === 'word' && verb.norm.endsWith('ing') && !NOT_PRACTICES.has(verb.norm) ? i : -1;
      continue;
    }
    const next = tokens[i + 1]?.norm ?? '';
    // "Every Sunday I test a new dessert": the repeat heads the clause and the speaker acts after it.
    if (subject < 0 && EVERY.has(t.norm) && HABIT_UNITS.has(next)) {
      const who = tokens[i + 2];
      const verb = tokens[i + 3];
      if (who && (who.norm === 'i' || who.norm === 'we') && verb && verb.sentence === t.sentence && verb.kind === 'word' && !NOT_HABITS.has(verb.norm) && !verb.norm.endsWith('ed')) {
        evidence.push([t.start, verb.end]);
      }
      continue;
    }
    if (subject < 0 || i - subject > 14 || t.sentence !== tokens[subject]!.sentence) continue;
    const repeat =
      ((t.norm === 'on' || t.norm === 'at' || t.norm === 'most') && PLURAL_DAYS.has(next)) ||
      (EVERY.has(t.norm) && (HABIT_UNITS.has(next) || (next === 'few' || next === 'other' || next === 'couple'))) ||
      ((t.norm === 'a' || t.norm === 'per') && HABIT_UNITS.has(next) && (tokens[i - 1]?.norm === 'once' || tokens[i - 1]?.norm === 'twice' || tokens[i - 1]?.norm === 'times' || (tokens[i - 1]?.kind === 'word' && (tokens[i - 1]!.norm.endsWith('s') || countedBefore(tokens, i - 1)))));
    if (!repeat) continue;
    evidence.push([tokens[subject]!.start, tokens[i + 1]!.end]);
    subject = -1;
  }
  return evidence;
}

 /** Words after which a verb form is a verb: a subject, a modal, "to", a joining word or punctuation. */
const VERBAL_BEFORE = new Set([
  'i', "i'd", "i'll", "i'm", "i've", 'we', "we'll", "we'd", 'you', "you'd", "you'll", 'to', 'will', 'would', 'can', 'could', 'should', 'shall', 'must', 'and', 'or',
  'then', 'also', 'by', 'after', 'before', 'while', 'through', 'currently', 'already', 'first', 'next', 'start', 'started', 'keep', 'been',
  'am', 'are', 'plan', 'planning', 'want', 'like', 'love', 'hope', 'aim', 'intend', 'need', 'try', 'help', 'me', 'us', 'let', 'just',
  'actively', 'still', 'even', 'both', 'now', 'soon', 'immediately', 'straight', 'finally', 'later', 'is', 'was', 'by', 'from', 'for', 'of',
  'means', 'meaning', 'involves', 'include', 'includes', 'be', 'being', 'halfway', 'partway', 'already', 'recently', 'just', 'myself', 'up',
  // "I've got a place on the course", "been offered a place at…"
  'got', 'offered', 'accepted',
]);
const PREPOSITIONS = new Set(['through', 'via']);
function verbalContext(tokens: Token[], at: number): boolean {
  let k = at - 1;
  // Step back over adverbs and spoken fillers: "I'd [quickly] take", "I'll, um, start" (but not over "I", the subject: "so I study").
  while (k >= 0 && tokens[k]!.sentence === tokens[at]!.sentence && (tokens[k]!.norm.endsWith('ly') || SPOKEN.has(tokens[k]!.norm)) && tokens[k]!.norm !== ',' && tokens[k]!.norm !== 'i') k--;
  const before = tokens[k];
  if (!before || before.sentence !== tokens[at]!.sentence || before.kind === 'punct') return true;
  return VERBAL_BEFORE.has(before.norm);
}

/** Past completions, and the degrees that, once done, are background: "finished my master's". */
const PAST_COMPLETIONS = new Set(['finished', 'completed', 'passed', 'earned', 'took', 'attended', 'did', 'got']);
const DEGREES = new Set(['degree', "master's", 'masters', 'msc', 'ma', 'mba', 'phd', 'bsc', 'ba', 'postgraduate', 'doctorate']);
const COUNT_WORDS = new Set(['hundred', 'hundreds', 'thousand', 'thousands', 'dozen', 'dozens', 'million']);
/** Is there a count right at `i`: "50", "a hundred", "twenty new clients"? ("a course" is no count.) */
function isCount(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.norm === 'a' || t.norm === 'an') return COUNT_WORDS.has(tokens[i + 1]?.norm ?? '');
  return t.kind === 'number' || COUNT_WORDS.has(t.norm) || readNumber(tokens, i) !== null;
}

/** Not methods: -ing words after "by" that are no action ("by the morning", "by something"). */
const NOT_ACTIONS = new Set(['being', 'nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'spring', 'thing', 'king', 'ceiling', 'ring', 'during', 'having', 'getting', ...MENTAL_STATES]);
const EFFORT = new Set(['hard', 'harder', 'smart', 'smarter', 'hardest']);
/** "by meeting every family", "by putting a coordinator on shift": a method, said as "by" and an action. */
function methodByDoing(doc: Doc): Range[] {
  const { tokens } = doc;
  const evidence: Range[] = [];
  for (const { first: i } of matches(doc, 'method_lead')) {
    if (i + 1 >= tokens.length) continue;
    // "How: your product training, then the course…" — a heading for the steps.
    const colon = tokens[i + 1]!.text === ':' ? i + 1 : tokens[i + 1]!.norm === 'is' ? describedColon(tokens, i + 2) : -1;
    if (HOW_HEADINGS.has(tokens[i]!.norm) && colon > 0) {
      evidence.push([tokens[i]!.start, tokens[colon]!.end]);
      continue;
    }
    if (tokens[i]!.norm !== 'by') continue;
    const next = tokens[i + 1]!;
    if (next.sentence !== tokens[i]!.sentence || next.kind !== 'word' || !next.norm.endsWith('ing') || next.norm.length < 6 || NOT_ACTIONS.has(next.norm)) continue;
    // "by working hard", "by pushing harder": effort, not a method.
    if (EFFORT.has(tokens[i + 2]?.norm ?? '')) continue;
    evidence.push([tokens[i]!.start, next.end]);
  }
  return evidence;
}

/**
 * The colon after "The route is" when at most two words describe the route first ("The route is well established: an MSc…",
 * "My plan is simple: …"), and steps follow it; -1 if there is none.
 */
function describedColon(tokens: Token[], from: number): number {
  const sentence = tokens[from - 1]!.sentence;
  for (let k = from; k <= from + 2 && tokens[k]?.sentence === sentence; k++) {
    const t = tokens[k]!;
    if (t.text === ':') return tokens[k + 1]?.sentence === sentence && tokens[k + 1]!.kind !== 'punct' ? k : -1;
    // "The how is basically: keep my head down" is said in passing, not a route described.
    if (t.kind !== 'word' || SPOKEN.has(t.norm)) return -1;
  }
  return -1;
}

/** "I'd visit every store", "I'll run usability sessions": a first-person intention to act on something concrete. */
function intentEvidence(doc: Doc): Range[] {
  const { tokens } = doc;
  const verbs = new Map<number, number>();
  for (const m of matches(doc, 'intent_verbs')) verbs.set(m.first, m.last);
  const goalVerbs = new Set(matches(doc, 'goal_verbs').map((m) => m.first));
  // An aspiration ("I'd like to") read at the same words as a firm intention ("I'd") wins.
  const aspirations = new Map(matches(doc, 'aspiration_leads').map((m) => [m.first, m] as const));
  const leads = matches(doc, 'intent_leads').filter((m) => !aspirations.has(m.first));
  // Sentences with a near timeframe ("in my first six months"), where an aspiration is a step.
  // Each such sentence keeps where its near timeframe ends; a long-term cue after it ("…, and long term I'd like to lead…") ends its reach.
  const nearTerm = new Map<number, number>();
  for (const t of findTimeframes(doc)) {
    if (t.kind === 'relative' || horizonOf(t) !== 'short_term') continue;
    const at = tokenIndexAt(tokens, t.start);
    if (at < tokens.length) nearTerm.set(tokens[at]!.sentence, at);
  }
  const longCues = matches(doc, 'long_term').map((m) => m.first);
  for (const t of findTimeframes(doc)) if (horizonOf(t) === 'long_term') longCues.push(tokenIndexAt(tokens, t.start));
  const isNear = (sentence: number, at: number) => {
    const near = nearTerm.get(sentence);
    return near !== undefined && !longCues.some((c) => c > near && c < at && tokens[c]!.sentence === sentence);
  };
  const evidence: Range[] = [];
  for (const m of [...leads, ...aspirations.values()].sort((a, b) => a.first - b.first)) {
    const aspiration = aspirations.get(m.first) === m;
    const sentence = tokens[m.first]!.sentence;
    let at = m.last;
    // "I'd want to visit": skip "want to", but "I'd be…" and "I'd like to be…" are states, not steps.
    while (at < m.last + 5 && tokens[at]?.sentence === sentence && INTENT_SKIP.has(tokens[at]!.norm) && !verbs.has(at)) {
      if (tokens[at]!.norm === 'be') break;
      at++;
    }
    // "My plans for the first year are clear: meet every curriculum head…": the steps follow a colon.
    if (!verbs.has(at)) {
      for (let k = at; k < at + 8 && tokens[k]?.sentence === sentence; k++) {
        if (tokens[k]!.text === ':') {
          at = k + 1;
          break;
        }
      }
    }
    // The first verb, or one further along a list: "I'd want to get quicker, [use] your crits, and [contribute] ideas".
    for (let v = at; v < at + LIST_REACH && tokens[v]?.sentence === sentence; v++) {
      const verbEnd = verbs.get(v);
      if (verbEnd === undefined || (v > at && !LIST_JOINS.has(tokens[v - 1]!.norm)) || isNegated(doc, v)) continue;
      // "I want to lead conferences" states the goal; "in my first six months I'd want to own forty accounts" is a step.
      if (aspiration && goalVerbs.has(v) && !isNear(sentence, m.first)) continue;
      // "take your followers from 12,000 to 50,000": a target to reach, not a step toward it.
      if (fromToTarget(tokens, verbEnd, sentence)) continue;
      const object = objectAfter(tokens, verbEnd, sentence);
      if (object !== undefined) {
        evidence.push([tokens[m.first]!.start, tokens[object]!.end]);
        break;
      }
    }
  }
  return evidence;
}

/** Is there a "from <count> to" within a few words after a verb: the measure of a goal? */
function fromToTarget(tokens: Token[], from: number, sentence: number): boolean {
  for (let i = from; i < from + 8 && tokens[i]?.sentence === sentence; i++) {
    if (tokens[i]!.norm === 'from' && isCount(tokens, i + 1)) return true;
  }
  return false;
}

/** How far along a sentence a list of steps may run after its lead, and the words that join its items. */
const LIST_REACH = 16;
const LIST_JOINS = new Set([',', 'and', 'then', 'also']);

/** The index of the first word with content after a verb (fillers skipped), or undefined: "use [your] monthly crits". */
function objectAfter(tokens: Token[], from: number, sentence: number): number | undefined {
  for (let i = from, seen = 0; seen < 4 && tokens[i]?.sentence === sentence; i++) {
    const t = tokens[i]!;
    if (SPOKEN.has(t.norm) && t.norm !== 'i' && (t.norm !== ',' || SPOKEN.has(tokens[i + 1]?.norm ?? '') || SPOKEN.has(tokens[i - 1]?.norm ?? ''))) continue;
    // A pronoun stands for the object: "report [it] to the board".
    if (t.norm === 'it' || t.norm === 'them' || t.norm === 'this' || t.norm === 'that') continue;
    seen++;
    if (t.kind === 'punct' || EMPTY_OBJECTS.has(t.norm)) return undefined;
    if (t.kind === 'number' || !STOP.has(t.norm)) return i;
  }
  return undefined;
}

/** Words that name this company (its proper names) or this role, read from the input. */
function targetWords(context: Omit<Context, 'elements'>): { names: Set<string>; words: Set<string>; initials: number; role: string[] } {
  const names = new Set<string>();
  const words = new Set<string>();
  let initials = 0;
  for (const t of context.company?.tokens ?? []) {
    if (t.kind !== 'word' || STOP.has(t.norm) || GENERIC.has(t.norm)) continue;
    const c = t.text.charCodeAt(0);
    if (c >= 65 && c <= 90 && t.text.length > 1) names.add(t.norm);
    else if (t.norm.length >= 6) words.add(t.norm);
    else continue;
    initials |= initialBit(t.norm);
  }
  const role = (context.role?.tokens ?? []).filter((t) => t.kind === 'word' && !STOP.has(t.norm)).map((t) => t.norm);
  return { names, words, initials, role };
}

/** A bit for a word's first letter (by its low five bits): a word whose bit no company word has needs no lookup. */
const initialBit = (norm: string) => 1 << (norm.charCodeAt(0) & 31);

/** Alignment evidence: "your team", "this role", "here", and the company's and the role's own words. */
function alignmentEvidence(doc: Doc, context: Omit<Context, 'elements'>): Range[] {
  const evidence: Range[] = [];
  const { tokens } = doc;
  for (const m of [...matches(doc, 'align_company'), ...matches(doc, 'align_role')]) {
    const next = tokens[m.last];
    // "your role" as the interviewer's seat, or "here's" / "here is" as a pointer rather than a place.
    if (tokens[m.first]!.norm === 'your' && next && INTERVIEWER_SEAT.has(tokens[m.last - 1]!.norm)) continue;
    if (m.last - m.first === 1 && tokens[m.first]!.norm === 'here' && (next?.norm === 'is' || next?.norm === 'are')) continue;
    evidence.push([m.start, m.end]);
  }
  const { names, words, initials, role } = targetWords(context);
  const head = role[role.length - 1];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    let isName = false;
    let isWord = false;
    if (initials & initialBit(t.norm)) {
      const capital = t.text.charCodeAt(0) >= 65 && t.text.charCodeAt(0) <= 90;
      // "Northwind's" names Northwind.
      const bare = t.norm.endsWith("'s") ? t.norm.slice(0, -2) : t.norm;
      isName = names.has(bare) && (capital || bare.length > 3);
      isWord = words.has(t.norm);
    }
    const isRole = head !== undefined && t.norm === head && (role.length === 1 || tokens[i - 1]?.norm === role[role.length - 2]);
    if (isName || isWord || isRole) {
      const start = isRole && role.length > 1 ? tokens[i - 1]!.start : t.start;
      evidence.push([start, t.end]);
    }
  }
  return mergeRanges(evidence);
}

/** Value evidence: what the candidate will do for the company ("I'd bring", "help your team", "contribute"). */
function valueEvidence(doc: Doc): Range[] {
  const evidence: Range[] = [];
  const offers: PhraseMatch<string>[] = [...valueMatches(doc), ...matches(doc, 'offer')];
  for (const m of offers) {
    if (isNegated(doc, m.first)) continue;
    // "help me", "bring me", "improve my": what the company does for the candidate.
    const next = doc.tokens[m.last];
    if (next && (next.norm === 'me' || next.norm === 'myself' || next.norm === 'my') && !m.value.endsWith('my')) continue;
    evidence.push([m.start, m.end]);
  }
  return evidence;
}

/**
 * Results already delivered: a number or a share beside a result verb ("referrals fell by about
 * forty per cent", "repeat visits had fallen by more than half"), or the speaker's own result
 * ("I fixed a bug that…", "I caught a double booking").
 */
function resultEvidence(doc: Doc): Range[] {
  const { tokens } = doc;
  const withResult = new Set<number>();
  const evidence: Range[] = [];
  for (const { first: i } of matches(doc, 'result_verb')) {
    const t = tokens[i]!;
    if (!RESULT_VERBS.has(t.norm)) continue;
    // "the rota was cut", "it got cut": done to something, by no one named; not the speaker's result.
    if (PASSIVE_AUX.has(tokens[i - 1]?.norm ?? '') && !byUs(tokens, i)) continue;
    withResult.add(t.sentence);
    // "I fixed…", "we cut…": the speaker's own result, with an object after it.
    const subject = tokens[i - 1]?.norm;
    if ((subject === 'i' || subject === 'we') && objectAfter(tokens, i + 1, t.sentence) !== undefined) evidence.push([tokens[i - 1]!.start, t.end]);
  }
  if (withResult.size === 0) return [];
  for (const q of quantitiesOf(doc)) if (withResult.has(tokens[q.first]!.sentence)) evidence.push([q.start, q.end]);
  for (const { first } of matches(doc, 'share')) {
    const t = tokens[first]!;
    if (SHARES.has(t.norm) && withResult.has(t.sentence)) evidence.push([t.start, t.end]);
  }
  return evidence;
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = sortRanges(ranges);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}
