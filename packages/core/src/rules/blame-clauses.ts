/**
 * Who acts in each clause of a miss story. Blame is often said with no blaming word at all: "the grant renewal was turned
 * down, the lab's time was reallocated, my contract had been wound up". What gives it away is the shape: every cause of the
 * miss has someone else, or nobody, as its subject, and the speaker never acts on it. This module reads that shape clause
 * by clause: who the subject is (the speaker, someone else, or a passive with no one named) and whether the clause is an act.
 */
import type { Doc } from '../text/tokenize.js';
import { memo, rangeHas } from '../text/helpers.js';

export type Actor = 'speaker' | 'others';

export interface Clause {
  /** Token indices [first, last). */
  first: number;
  last: number;
  actor: Actor;
  /** Token index of the verb that makes the clause an act. */
  verb: number;
  /** Done to the subject, with no one named: "the grant was turned down", "I was offered a role". */
  passive: boolean;
  /** The speaker's clause criticises their own conduct: "I'd set the target without looking". */
  critical: boolean;
  /** The speaker acting later, on the miss: "the following year I built a review list". */
  afterwards: boolean;
}

/**
 * What the speaker does without acting on the miss: setting the goal ("I'd planned", "we aimed"), reporting the result
 * ("we got it to five", "I came in over"), looking on ("I've watched", "I thought"), having.
 */
const SETTING_OR_REPORTING = new Set([
  'planned', 'aimed', 'wanted', 'expected', 'hoped', 'set', 'committed', 'intended', 'meant', 'targeted', 'joined', 'promised',
  'got', 'came', 'finished', 'ended', 'landed', 'reached', 'hit', 'missed', 'made', 'managed', 'averaged', 'booked', 'achieved', 'fell', 'closed', 'had',
  'thought', 'watched', 'saw', 'seen', 'heard', 'felt', 'knew', 'known', 'said', 'expected',
]);
/** After "I didn't", "we never": falling short, not an act left undone ("we didn't get there" against "I didn't ask"). */
const SHORT_OF = new Set(['got', 'had', 'have', 'get', 'reach', 'hit', 'make', 'manage', 'meet', 'achieve', 'pass', 'quite', 'really', 'actually', 'end', 'finish', 'land']);

/** Is a clause of the speaker's an act on the miss: a choice, a mistake, a change ("I kept turning down…", "I didn't ask")? */
export function actsOnMiss(doc: Doc, clause: Clause): boolean {
  if (clause.actor !== 'speaker' || clause.passive) return false;
  if (clause.critical) return true;
  const verb = doc.tokens[clause.verb]!.norm;
  // "I set up a query log" is an act; "I set a target" sets the goal.
  if (verb === 'set' && doc.tokens[clause.verb + 1]?.norm === 'up') return true;
  if (DENIED_AUX.has(verb)) return !SHORT_OF.has(doc.tokens[clause.verb + 1]?.norm ?? '');
  return !SETTING_OR_REPORTING.has(verb);
}

/** Punctuation that ends a clause inside a sentence. */
const BREAKS = new Set([',', ';', ':', '—', '–', '(', ')', '"']);
/** Words that open a new clause. */
const JOINS = new Set(['and', 'but', 'so', 'because', 'then', 'which', 'who', 'when', 'until', 'while', 'since', 'though', 'although', 'yet', 'whereas', 'cos', 'plus']);
/** Words that may come before the subject of a clause: "and then honestly the board…". */
const LEADS = new Set([
  ...JOINS, 'just', 'also', 'still', 'really', 'honestly', 'frankly', 'even', 'eventually', 'later', 'only', 'actually', 'basically', 'yeah', 'well',
  'anyway', 'meanwhile', 'instead', 'finally', 'obviously',
  // Time before the subject: "the following year I built…", "in the second year I set up…", "these days I…".
  'now', 'afterwards', 'today', 'in', 'the', 'this', 'last', 'next', 'following', 'these', 'first', 'second', 'third', 'year', 'month', 'week', 'quarter',
  'season', 'spring', 'summer', 'autumn', 'fall', 'winter', 'days',
]);

/** The speaker as subject: "I", "I'd", "we've". */
const SPEAKER = new Set(['i', "i'd", "i've", "i'm", "i'll", 'we', "we'd", "we've", "we're", "we'll"]);
/** Subjects that are no one in particular: "it took me two years", "there was nothing to do", "that cost us a week". */
const EMPTY = new Set(['it', "it's", 'there', "there's", 'that', "that's", 'this', 'what', "what's", 'which', 'who', 'you', "you'd", "you're", "you've", 'one', 'let\'s', 'if', 'to', 'for', 'in', 'at', 'with', 'without', 'as', 'like', 'about', 'from', 'into', 'over', 'under', 'not', 'no', 'a',
]);
/** The goal as subject acts only when something is done to it ("the goal was taken off the table"), not in "the goal was to…". */
const GOAL_NOUNS = new Set(['goal', 'goals', 'target', 'targets', 'aim', 'objective', 'ambition']);

/** Being or getting, before a participle: the passive. */
const BE = new Set(['was', 'were', 'been', 'got', 'get', 'gets', 'getting', 'is', 'are', 'be', 'being', "wasn't", "weren't", "isn't", "aren't"]);
/** Words between "was" and its participle: "was more or less taken", "were simply cut". */
const BETWEEN = new Set(['more', 'or', 'less', 'simply', 'just', 'then', 'also', 'quietly', 'suddenly', 'effectively', 'basically', 'all', 'never', 'not', 'finally', 'eventually', 'completely', 'totally', 'later', 'repeatedly', 'twice', 'again']);
/** Past forms that do not end in -ed. */
const IRREGULAR_PAST = new Set([
  'went', 'came', 'took', 'taken', 'got', 'left', 'made', 'gave', 'given', 'kept', 'put', 'cut', 'sat', 'lost', 'sold', 'brought', 'told', 'held', 'shut',
  'fell', 'ran', 'froze', 'frozen', 'wound', 'threw', 'thrown', 'broke', 'broken', 'bought', 'paid', 'spent', 'sent', 'won', 'drew', 'drawn', 'grew',
  'rose', 'stood', 'wrote', 'written', 'rewritten', 'chose', 'chosen', 'began', 'begun', 'found', 'led', 'hung', 'dug', 'stuck', 'built', 'meant',
  'set', 'let', 'hit', 'quit', 'shot', 'swept', 'withdrew', 'withdrawn', 'overtook', 'undercut', 'forgot', 'forgotten', 'hid', 'hidden', 'struck', 'did',
  'done', 'met', 'said', 'knew', 'known', 'saw', 'seen', 'thought', 'taught', 'caught', 'fought', 'sought', 'felt', 'heard', 'read', 'became', 'become', 'had',
]);
/** Auxiliaries that make a clause an act when denied: "they won't pay", "the council wouldn't answer". */
const DENIED_AUX = new Set(["didn't", "wouldn't", "won't", "couldn't", "can't", "wasn't", "weren't", "hadn't", "haven't", "hasn't", "isn't", "aren't", "doesn't", "don't", 'never']);
/** Not past tenses although they end in -ed: "need", "speed", "red". */
const NOT_PAST = new Set(['need', 'speed', 'red', 'bed', 'shed', 'feed', 'seed', 'weed', 'breed', 'indeed', 'hundred', 'proceed', 'succeed', 'exceed', 'bleed']);

/** Prefixes that keep a past form past: "rebuilt", "overtook", "undercut", "mistook". */
const PREFIXES = ['re', 'over', 'under', 'out', 'mis'];
const prefixedPast = (norm: string) => PREFIXES.some((p) => norm.startsWith(p) && IRREGULAR_PAST.has(norm.slice(p.length)));
/** Auxiliaries that come before a participle: "had chosen", "was given", "been told". */
const AUX = new Set(['had', 'has', 'have', 'was', 'were', 'been', 'is', 'are', 'did', "'d"]);

/** A past form: "ran", "rebuilt", "worked" (not "need"). */
export const isPast = (norm: string) => IRREGULAR_PAST.has(norm) || prefixedPast(norm) || (norm.length > 4 && norm.endsWith('ed') && !NOT_PAST.has(norm));

/** How far into a clause the subject and then the verb may come. */
const SUBJECT_REACH = 5;
const VERB_REACH = 6;

/** The clauses of the answer that are acts, each with who does it. */
export const actingClauses: (doc: Doc) => Clause[] = memo(findActingClauses);

function findActingClauses(doc: Doc): Clause[] {
  const { tokens } = doc;
  const out: Clause[] = [];
  let start = 0;
  // The subject of the clause before, for one that carries on without its own: "I'd planned it that way and never ranked them".
  let previous: { sentence: number; actor: Actor | undefined } = { sentence: -1, actor: undefined };
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    const ends = !t || t.sentence !== tokens[start]?.sentence || (t.kind === 'punct' && (BREAKS.has(t.text) || t.text === '.' || t.text === '!' || t.text === '?')) || (i > start && JOINS.has(t.norm));
    if (!ends) continue;
    if (i > start) {
      const sentence = tokens[start]!.sentence;
      const { clause, actor, relative } = readClause(doc, start, i, previous.sentence === sentence ? previous.actor : undefined);
      if (clause) out.push(clause);
      // A relative clause ("…, which dried up") leaves the main subject to carry on after it.
      if (!relative) previous = { sentence, actor };
    }
    start = t && t.kind === 'punct' ? i + 1 : i;
    if (t && JOINS.has(t.norm)) start = i + 1;
  }
  return out;
}

/** Before the speaker, words that make the speaker the subject of what follows: "two years ago I set…", "the bigger part was that I…". */
const SPEAKER_TAKES_OVER = new Set([
  'ago', 'that', 'was', 'is', 'then', 'now', 'later', 'year', 'years', 'month', 'months', 'week', 'weeks', 'quarter', 'season', 'time',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
const RELATIVES = new Set(['which', 'who']);
/** Time after the miss, before the speaker acts: "the following year I…", "since then I…", "now I…". */
const LATER = new Set(['following', 'next', 'since', 'afterwards', 'now', 'later', 'after']);
/** Someone else's act granted as fair: "the creative director cut them, rightly". Not blame. */
const GRANTED = new Set(['rightly', 'fairly', 'reasonably', 'understandably', 'sensibly', 'correctly']);
/** Words that make a clause of the speaker's a criticism of their own conduct: "I'd set the target without looking", "I sent too many". */
const SELF_CRITICAL = new Set(['without', 'too', 'instead', 'rather', 'wrong', 'hardly', 'barely', 'late', 'enough']);

function readClause(doc: Doc, first: number, last: number, carried: Actor | undefined): { clause?: Clause; actor?: Actor; relative?: boolean } {
  const { tokens } = doc;
  let s = first;
  // Adverbs in -ly too: "so technically I never…", "eventually the board…".
  while (s < last && s < first + SUBJECT_REACH && (LEADS.has(tokens[s]!.norm) || (tokens[s]!.norm.length > 4 && tokens[s]!.norm.endsWith('ly')))) s++;
  if (s >= last) return {};
  const head = tokens[s]!.norm;
  if (tokens[s]!.kind !== 'word') return {};
  // A relative clause is about the thing before it: "…estate agents, which dried up overnight".
  let isRelative = false;
  for (let k = Math.max(0, first - 1); k < s; k++) if (RELATIVES.has(tokens[k]!.norm)) isRelative = true;
  if (isRelative) carried = 'others';
  // "The following year I built…", "since then I…": what the speaker did about the miss afterwards.
  const afterwards = rangeHas(doc, first, s, LATER);
  let actor: Actor | undefined;
  let from = s + 1;
  if (isPast(head) || DENIED_AUX.has(head)) {
    // No subject of its own: the clause carries on the one before ("…and never ranked them", "…, then froze it").
    if (!carried) return { relative: isRelative };
    actor = carried;
    from = s;
  } else if (SPEAKER.has(head)) actor = 'speaker';
  else if (EMPTY.has(head)) actor = undefined;
  else actor = 'others';
  const goalHead = GOAL_NOUNS.has(head);
  let relative = false;
  for (let v = from; v < last && v <= from + VERB_REACH; v++) {
    const norm = tokens[v]!.norm;
    if (SPEAKER.has(norm)) {
      if (actor === 'speaker') continue;
      // "Two years ago I set…", "the bigger part was that I treated…", "it was me who": the speaker is the subject after all.
      if (actor === undefined || SPEAKER_TAKES_OVER.has(tokens[v - 1]?.norm ?? '')) {
        actor = 'speaker';
        continue;
      }
      // "The processor we'd signed with pulled out", "the goal I didn't reach was…": the speaker in a relative clause; skip its verb.
      relative = true;
      continue;
    }
    if (actor === undefined) continue;
    const past = isPast(norm) || DENIED_AUX.has(norm);
    let verb = past ? v : -1;
    let passive = false;
    if (BE.has(norm)) {
      let p = v + 1;
      while (p < last && BETWEEN.has(tokens[p]!.norm)) p++;
      if (p < last && isPast(tokens[p]!.norm)) {
        verb = p;
        passive = true;
      }
    }
    if (verb < 0) continue;
    if (goalHead && !passive) return { actor };
    if (relative) {
      relative = false;
      // Skip the relative clause's verb and its participle: "we had chosen", "I've been given".
      v = verb;
      while (v + 1 < last && AUX.has(tokens[v]!.norm) && (isPast(tokens[v + 1]!.norm) || BE.has(tokens[v + 1]!.norm))) v++;
      continue;
    }
    if (actor === 'others' && rangeHas(doc, verb, Math.min(last + 3, doc.sentences[tokens[first]!.sentence]!.last), GRANTED)) return { actor };
    const critical = actor === 'speaker' && rangeHas(doc, verb, last, SELF_CRITICAL);
    return { clause: { first, last, actor, verb, passive, critical, afterwards: afterwards && actor === 'speaker' && !passive }, actor, relative: isRelative };
  }
  return { actor, relative: isRelative };
}

/** At least this many acts of others, against at most one of the speaker's on the miss, or two against none. */
const OTHERS_ACTS = 3;

/**
 * The acts of others in a miss story told with every cause on someone else: three or more acts of others (or passives
 * with no one named) and at most one clause where the speaker acts on the miss, or two and none. Empty when the speaker
 * takes part: "the board froze hiring; the larger gap was my sequencing, and I now start with the data".
 */
export function causesOnOthers(doc: Doc): Clause[] {
  const clauses = actingClauses(doc);
  const others = clauses.filter((c) => c.actor === 'others');
  const own = clauses.filter((c) => actsOnMiss(doc, c)).length;
  return (others.length >= OTHERS_ACTS && own <= 1) || (others.length >= OTHERS_ACTS - 1 && own === 0) ? others : [];
}

/** Does the speaker act on the miss afterwards ("the following year I built a review list"), among other acts of their own? */
export function speakerActedAfter(doc: Doc): boolean {
  const own = actingClauses(doc).filter((c) => actsOnMiss(doc, c));
  return own.length >= 2 && own.some((c) => c.afterwards);
}
