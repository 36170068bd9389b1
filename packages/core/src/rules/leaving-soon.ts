import type { Finding, Rule } from './rule.js';
import type { Doc } from '../text/tokenize.js';
import { VOCAB } from '../vocab/generated.js';
import { clauseSpan, durations, entryMatcher, isNegated, rangeHas, tokenSpan, type Duration, wordPositions } from '../text/helpers.js';
import { tokenIndexAt } from '../text/tokenize.js';
import type { Timeframe } from '../text/timeframes.js';

const TENURE = entryMatcher(VOCAB.tenure);
/** A stay this short (in months) or shorter, said together with leaving, is a short tenure. */
const SHORT_STAY = 36;
/** "…a year in the role", "eighteen months here": the stay itself. */
const HERE = new Set(['here', 'role', 'job', 'post', 'position', 'company', 'firm', 'you']);
/** Before a duration, these make it something other than a coming stay: "the past two years", "every year", "my first year". */
const INSIDE = new Set(['first', 'past', 'last', 'spent', 'every', 'per', 'each', 'previous', 'since']);
const LEAVE_NEXT = new Set(['after', 'here', 'then', 'for', 'when', 'once', 'and', 'in', 'within', 'by', 'at', 'to', 'so', 'but', 'around', 'about']);
const EMPLOYER_WORDS = new Set(['company', 'firm', 'business', 'role', 'job', 'post', 'position', 'organization', 'team', 'industry', 'sector', 'country', 'area', 'city']);
/** "leave" as a noun: "study leave", "maternity leave". */
const LEAVE_NOUN = new Set(['study', 'maternity', 'paternity', 'parental', 'annual', 'sick', 'on', 'of', 'the', 'compassionate', 'unpaid', 'shared', 'garden']);
/** "move on to a senior role": progression, not departure, unless somewhere else is named. */
const PROGRESSION = new Set(['senior', 'lead', 'leadership', 'manager', 'management', 'role', 'position', 'promotion', 'supervisor', 'principal']);
const ELSEWHERE = new Set(['something', 'elsewhere', 'another', 'company', 'firm', 'whoever', 'somewhere', 'bigger', 'better']);
/** "the analysis happens somewhere else", "the data is stored elsewhere": something else is placed there, not the speaker. */
const PLACED = new Set(['happens', 'happened', 'is', 'are', 'was', 'were', 'goes', 'went', 'gets', 'sits', 'lives', 'done', 'made', 'sent', 'held', 'kept', 'stored', 'based', 'handled', 'processed']);
/** "an eighteen-month engagement", "a two-year arrangement": a fixed term. */
const TERMS = new Set(['engagement', 'stint', 'arrangement', 'contract', 'placement', 'secondment']);
/** Words that say the speaker expects the stay to be that long. */
const STAY_VERBS = new Set(['looking', 'see', 'expect', 'give', 'do', 'stay', 'spend', 'realistically', 'only', 'probably', 'maybe', 'just', 'solid']);

const MESSAGE = 'This tells the interviewer you plan to leave soon, so hiring and training you would not pay off for them.';
const SUGGESTION = 'Talk about what you want to achieve in this role and where it could lead inside the company; leave out how long you plan to stay.';

function insideJob(doc: Doc, d: Duration): boolean {
  for (let i = d.first - 1; i >= 0 && i >= d.first - 3; i--) {
    const t = doc.tokens[i]!;
    if (t.sentence !== doc.tokens[d.first]!.sentence) break;
    // "the first two years", but not "my first goal is a year of…".
    if (INSIDE.has(t.norm) && (t.norm !== 'first' || i === d.first - 1)) return true;
  }
  return doc.tokens[d.last]?.norm === 'ago';
}

const OTHERS = new Set(['your', 'their', 'they', 'he', 'she', 'people', 'colleagues', 'others']);
/** "your SDRs typically move to AE", "people here leave after a year": someone else's move, not the speaker's. */
function othersMove(doc: Doc, first: number): boolean {
  const { tokens } = doc;
  for (let i = first - 1; i >= 0 && i >= first - 4; i--) {
    const t = tokens[i]!;
    if (t.sentence !== tokens[first]!.sentence || t.kind === 'punct' || SUBJECT_ME.has(t.norm) || t.norm === 'me' || t.norm === 'my') return false;
    if (OTHERS.has(t.norm)) return true;
  }
  return false;
}

function isDeparture(doc: Doc, first: number, last: number): boolean {
  const word = doc.tokens[first]!.norm;
  if (othersMove(doc, first)) return false;
  for (let j = first - 1; j >= 0 && j >= first - 3; j--) if (WILLING.has(doc.tokens[j]!.norm)) return false;
  if (word === 'leave' && LEAVE_NOUN.has(doc.tokens[first - 1]?.norm ?? '')) return false;
  if ((word === 'somewhere' || word === 'elsewhere') && PLACED.has(doc.tokens[first - 1]?.norm ?? '')) return false;
  // "stay until I retire": a whole career.
  if (CAREER_END.has(word) && (UNTIL.has(doc.tokens[first - 1]?.norm ?? '') || UNTIL.has(doc.tokens[first - 2]?.norm ?? ''))) return false;
  // "so they could retire two years earlier": someone else's retirement.
  if (CAREER_END.has(word) && (!spokenOfMe(doc, first) || !RETIRE_LEADS.has(doc.tokens[first - 1]?.norm ?? ''))) return false;
  // "leave the day team in good hands" is not leaving: the verb counts alone, or with the employer or a time after it.
  if ((word === 'leave' || word === 'leaving') && !leavesTheJob(doc, last)) return false;
  if (word === 'move' || word === 'moving' || (word === 'make' && doc.tokens[last - 1]!.norm === 'move')) {
    // "the practice's move to triage": a noun, not the speaker moving.
    const before = doc.tokens[first - 1]?.norm ?? '';
    if (NOUN_LEADS.has(before) || before.endsWith("'s")) return false;
    const next = doc.tokens.slice(last, last + 5).map((t) => t.norm);
    if (next.some((w) => PROGRESSION.has(w) || INTERNAL.has(w)) && !next.some((w) => ELSEWHERE.has(w))) return false;
  }
  // "look around the lab", "looking around your depots": a place looked over, not the job market.
  if (doc.tokens[last - 1]!.norm === 'around' && (NOUN_LEADS.has(doc.tokens[last]?.norm ?? '') || doc.tokens[last]?.norm === 'me')) return false;
  // "going back to work full time": a return to working, which this job is.
  if (doc.tokens[last - 1]?.norm === 'to' && RETURN_TO_WORK.has(doc.tokens[last]?.norm ?? '')) return false;
  // "head back to the design team", "going back to your Leeds depot": back inside the company.
  if (doc.tokens[first + 1]?.norm === 'back' || doc.tokens[last - 1]?.norm === 'to') {
    for (let j = last; j < last + 4 && j < doc.tokens.length; j++) if (INTERNAL.has(doc.tokens[j]!.norm) || INSIDE_HERE.has(doc.tokens[j]!.norm)) return false;
  }
  // "apply for PhD programmes", "applying to other firms"; not "apply for the senior post" or "applying to Harbourlight".
  if (word === 'apply' || word === 'applying') return appliesElsewhere(doc, last);
  return true;
}

const RETURN_TO_WORK = new Set(['work', 'working', 'full-time', 'full', 'employment', 'practice', 'nursing', 'teaching', 'the workplace']);
/** Before "move", these make it a noun: "the move to", "our move to paperless". */
const NOUN_LEADS = new Set(['the', 'a', 'our', 'your', 'their', 'this', 'that', 'its']);
/** Inside this company: "move to the platform team", "move to a role in your London office". */
const INTERNAL = new Set(['team', 'department', 'here', 'internally', 'your', 'our', 'across', 'sideways']);
/** What an application elsewhere is for: study places, schemes, other employers. */
const APPLY_ELSEWHERE = new Set([
  'phd', 'phds', 'doctorate', "master's", 'masters', 'mba', 'university', 'universities', 'programs', 'schemes', 'courses', 'degree',
  'jobs', 'other', 'another', 'elsewhere', 'companies', 'firms', 'airlines', 'agencies', 'consultancies', 'banks', 'schools', 'employers',
  'big', 'bigger', 'major', 'larger', 'police', 'army',
]);

function appliesElsewhere(doc: Doc, last: number): boolean {
  const sentence = doc.tokens[last - 1]!.sentence;
  for (let i = last; i < doc.tokens.length && i < last + 5; i++) {
    const t = doc.tokens[i]!;
    if (t.sentence !== sentence || (t.kind === 'punct' && t.text !== "'")) break;
    // "apply for your funded part-time degree": a route the company offers.
    if (ALONGSIDE.has(t.norm)) return false;
    if (APPLY_ELSEWHERE.has(t.norm) || APPLY_ELSEWHERE.has(t.norm.replace(/'s?$/, ''))) return true;
  }
  return false;
}

/** "around a year in the role", "a couple of years here", "an eighteen-month engagement": a stay of that length. */
function isStay(doc: Doc, d: Duration): boolean {
  const sentence = doc.tokens[d.first]!.sentence;
  if (isHorizon(doc, d)) return false;
  for (let i = d.last; i < doc.tokens.length && i < d.last + 3; i++) {
    const t = doc.tokens[i]!;
    if (t.sentence !== sentence) break;
    // "a year in the role", "two years with you"; not "two years learning everything you do".
    if (!HERE.has(t.norm) && !TERMS.has(t.norm) && !STAY_LINKS.has(t.norm)) break;
    // "a six-month secondment to the respiratory unit": a spell away from the post, returning to it; not the length of the stay.
    if (EXCURSIONS.has(t.norm) && excursion(doc, i + 1)) return false;
    if (HERE.has(t.norm) || TERMS.has(t.norm)) {
      for (let j = d.first - 1; j >= 0 && j >= d.first - 5; j--) {
        const w = doc.tokens[j]!;
        // "the CTA, which I'd like to do after a couple of years in the role": a milestone, not the length of the stay.
        if (w.sentence !== sentence || w.norm === 'after') break;
        if (STAY_VERBS.has(w.norm)) return true;
      }
      return TERMS.has(t.norm);
    }
  }
  return false;
}

/**
 * A secondment is spent away from the post and ends back in it. Not "placement" or "stint": "a twelve-month placement in your audit
 * team" is the whole stay.
 */
const EXCURSIONS = new Set(['secondment']);
const TO_PLACE = new Set(['to', 'at', 'in', 'on', 'with', 'into', 'across']);

/**
 * After "a six-month secondment": "to the respiratory unit", "at your Hillside site", "in the Singapore office". A place follows
 * and it is not the post itself ("a two-year placement at your company" is the stay).
 */
function excursion(doc: Doc, from: number): boolean {
  const first = doc.tokens[from];
  if (!first || first.sentence !== doc.tokens[from - 1]!.sentence || !TO_PLACE.has(first.norm)) return false;
  for (let i = from + 1; i < doc.tokens.length && i < from + 5; i++) {
    const t = doc.tokens[i]!;
    if (t.sentence !== first.sentence || t.kind === 'punct') break;
    if (HERE.has(t.norm)) return false;
  }
  return true;
}

/** Between a duration and its place: "a year in the role", "eighteen months with you". */
const STAY_LINKS = new Set(['in', 'the', 'this', 'with', 'at', 'your', 'a', 'an']);
/** Before a duration, these make it a horizon for goals, not a stay: "in the next two years here, I want to…". */
const HORIZON_LEADS = new Set(['in', 'within', 'over', 'during']);

/** "in the next two years", "over the coming year", "within eighteen months": when goals fall, not how long one stays. */
function isHorizon(doc: Doc, d: Duration): boolean {
  let i = d.first - 1;
  // "in about three years", "within roughly eighteen months"
  if (ABOUT.has(doc.tokens[i]?.norm ?? '') && doc.tokens[i]?.norm !== 'only' && doc.tokens[i]?.norm !== 'just') i--;
  if (doc.tokens[i]?.norm === 'next' || doc.tokens[i]?.norm === 'coming') i--;
  if (doc.tokens[i]?.norm === 'the') i--;
  return HORIZON_LEADS.has(doc.tokens[i]?.norm ?? '');
}

const MOVERS = new Set(['move', 'moving', 'relocate', 'relocating', 'relocation']);
/** Verbs that move only with "back": "heading back to New Zealand", "go back to Poland". */
const RETURNERS = new Set(['head', 'heading', 'go', 'going', 'fly', 'flying']);
/** Before a move, these make it an offer rather than a plan: "happy to relocate to Leeds". */
const WILLING = new Set(['willing', 'happy', 'open', 'able', 'prepared', 'ready', 'already', 'recently', 'just']);
/** After a signal, these keep the move inside the company: "a stepping stone to site manager here". */
const INSIDE_HERE = new Set(['here', 'internally', 'within', 'inside']);

/** Where "to" stands after a move verb: "move to", "move back to", "move back home to". */
function placeAfter(doc: Doc, i: number): number {
  if (doc.tokens[i + 1]?.norm !== 'back') return i + 1;
  return doc.tokens[i + 2]?.norm === 'home' ? i + 3 : i + 2;
}

/** "move to Vancouver", "relocating to Glasgow": a move somewhere named, offered as a plan. */
const RELOCATION_VERBS = wordPositions([...MOVERS, ...RETURNERS]);
function relocations(doc: Doc): number[] {
  const out: number[] = [];
  next: for (const i of RELOCATION_VERBS(doc)) {
    const t = doc.tokens[i]!;
    const back = doc.tokens[i + 1]?.norm === 'back';
    if (!MOVERS.has(t.norm) && !(back && RETURNERS.has(t.norm))) continue;
    // "move to Glasgow", "move back to Scotland", "heading back to New Zealand", "move back home to Belfast"
    const to = placeAfter(doc, i);
    if (doc.tokens[to]?.norm !== 'to') continue;
    const place = doc.tokens[to + 1];
    if (!place || place.kind !== 'word' || !/^[A-Z]/.test(place.text)) continue;
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) if (WILLING.has(doc.tokens[j]!.norm)) continue next;
    out.push(i);
  }
  return out;
}

/** "relocating to Manchester, which is why I'm applying to your Manchester office": a move to where the job is. */
function movesToTheJob(doc: Doc, i: number, company: Doc | null): boolean {
  const sentence = doc.tokens[i]!.sentence;
  const place = doc.tokens[placeAfter(doc, i) + 1]?.norm ?? '';
  if (company?.tokens.some((t) => t.norm === place)) return true;
  for (let j = i + 1; j < doc.tokens.length && doc.tokens[j]!.sentence === sentence; j++) {
    const w = doc.tokens[j]!.norm;
    if (w === 'your' || w === 'here' || w === 'why') return true;
  }
  return false;
}

/** The last word of a posting or a transfer: "be posted", "transfer back". */
const POSTINGS = new Set(['posted', 'back']);
/** "be posted to your Dubai office", "transfer back to London" when the company names London: a move to where the job is. */
function goesToTheJob(doc: Doc, from: number, company: Doc | null): boolean {
  const sentence = doc.tokens[from - 1]!.sentence;
  for (let j = from; j < doc.tokens.length && doc.tokens[j]!.sentence === sentence; j++) {
    const t = doc.tokens[j]!;
    if (t.norm === 'your' || t.norm === 'here' || (j > from && /^[A-Z]/.test(t.text) && company?.tokens.some((c) => c.norm === t.norm))) return true;
  }
  return false;
}

/** "move across to them", "move over to Fairmart": a move to another employer, not to another team here. */
const MOVE_VERBS = wordPositions(['move', 'moving']);
function movesAcross(doc: Doc): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  for (const i of MOVE_VERBS(doc)) {
    const t = doc.tokens[i]!;
    if (doc.tokens[i + 1]?.norm !== 'across' && doc.tokens[i + 1]?.norm !== 'over') continue;
    for (let j = i + 2; j < doc.tokens.length && j <= i + 4; j++) {
      const x = doc.tokens[j]!;
      if (x.sentence !== t.sentence) break;
      if (x.norm === 'them' || ELSEWHERE.has(x.norm) || (x.kind === 'word' && /^[A-Z]/.test(x.text))) {
        out.push({ first: i, last: j + 1 });
        break;
      }
    }
  }
  return out;
}

/** Sentences about the past: a duration there is time served, not a coming stay. */
const PAST_MARKERS = new Set(['spent', "i've", 'ago', 'was', 'were', 'had', 'did', 'decided', 'used']);

/** Is the clause from tokens [first, last) (back to the last semicolon or dash) about the past? */
/** For a signal, "I've" is not enough to make it history ("I've accepted a place on a PGCE"); a finished stretch is. */
const SIGNAL_PAST = new Set(['spent', 'ago', 'was', 'were', 'had', 'did', 'done', 'worked', 'used', 'took', 'assumed', 'thought', 'expected']);
const CLAUSE_TURNS = new Set(['so', 'but']);

function aboutThePast(doc: Doc, first: number, last: number, markers: ReadonlySet<string> = PAST_MARKERS): boolean {
  const s = doc.sentences[doc.tokens[first]!.sentence]!;
  let from = s.first;
  for (let i = first - 1; i >= s.first; i--) {
    const t = doc.tokens[i]!;
    if (t.kind === 'punct' && (t.text === ';' || t.text === '—' || t.text === '–')) {
      from = i + 1;
      break;
    }
    // "I've got a place elsewhere, so I'm looking for…": a new clause about now.
    if (CLAUSE_TURNS.has(t.norm) && doc.tokens[i - 1]?.text === ',') {
      from = i;
      break;
    }
  }
  for (let i = from; i < last; i++) {
    const w = doc.tokens[i]!.norm;
    // "get some modelling done before I go": a participle, not a finished stretch ("I've done two years").
    if (w === 'done' && !HAVE.has(doc.tokens[i - 1]?.norm ?? '')) continue;
    // "I've got a place on…", "I've got my pension date set": having, not a finished stretch ("I've got two years in a lab" is).
    if ((w === "i've" || w === "we've") && doc.tokens[i + 1]?.norm === 'got' && HELD_THINGS.has(doc.tokens[i + 2]?.norm ?? '')) continue;
    if (markers.has(w)) return true;
  }
  return false;
}
/** After "I've got", a thing held now: "a place", "my date", "an offer". */
const HELD_THINGS = new Set(['a', 'an', 'my', 'our', 'the']);
const HAVE = new Set(["i've", "we've", 'have', 'had', "i'd", 'having', 'already', 'was', 'been']);

/** Right before "retire" when the speaker retires: "I'll retire", "planning to retire"; not "help clients retire". */
const RETIRE_LEADS = new Set(['i', "i'll", "i'd", "i'm", 'we', "we'll", 'to', 'will', 'would', 'might', 'could', 'probably', 'then', 'and', 'just', 'my']);
/** "stay until I retire", "until retirement": a whole career, the opposite of a short stay. */
const CAREER_END = new Set(['retire', 'retirement', 'retiring', 'retired', 'pension']);
function untilTheEnd(doc: Doc, last: number): boolean {
  const s = doc.tokens[last - 1]!.sentence;
  for (let i = last - 1; i < doc.tokens.length && i < last + 8; i++) {
    const t = doc.tokens[i]!;
    if (t.sentence !== s || (t.kind === 'punct' && t.text !== "'" && t.text !== ',')) break;
    if (CAREER_END.has(t.norm) && i < last + 4) return true;
    // "until my kids finish school at the very least", "until the project ends, at least": a floor, not a ceiling.
    if (t.norm === 'least' && (doc.tokens[i - 1]?.norm === 'at' || doc.tokens[i - 3]?.norm === 'at')) return true;
  }
  return false;
}

const LEARNING = new Set(['learn', 'learning', 'practise', 'practising', 'practice', 'practicing', 'train', 'training', 'study', 'studying', 'shadow', 'shadowing']);
/** "learning your workflows until I can troubleshoot them": an "until" that ends a stretch of learning, not the stay. */
function untilSkilled(doc: Doc, first: number): boolean {
  if (doc.tokens[first]!.norm !== 'until' && doc.tokens[first]!.norm !== 'till') return false;
  const s = doc.tokens[first]!.sentence;
  for (let i = first - 1; i >= 0 && i >= first - 8 && doc.tokens[i]!.sentence === s; i--) if (LEARNING.has(doc.tokens[i]!.norm)) return true;
  return false;
}

/** Stages of the work or of a course: "before moving on to the next module", "move on to the final assessment". */
const STAGES = new Set([
  'module', 'modules', 'stage', 'stages', 'step', 'steps', 'section', 'unit', 'units', 'topic', 'topics', 'chapter', 'phase', 'level', 'exam', 'exams',
  'assessment', 'assessments', 'paper', 'papers', 'rotation', 'rotations', 'task', 'tasks', 'lesson', 'lessons', 'ticket', 'tickets', 'item', 'case', 'cases',
  'batch', 'patient', 'site', 'room', 'circuit', 'floor', 'sprint', 'release', 'draft', 'milestone', 'part', 'piece', 'question',
  // the next qualification in a ladder: "move on to the Diploma once the Certificate is done"
  'diploma', 'certificate', 'certification', 'qualification', 'award',
]);
/** Between "move on to" and the stage: "the next", "the final", "my second". */
/** The last word of "move on", "moving on", "before I move on". */
const MOVE_ON = new Set(['on']);
const STAGE_LEADS = new Set(['the', 'a', 'my', 'our', 'next', 'final', 'last', 'second', 'third', 'following', 'harder', 'more', 'advanced', 'practical', 'written']);
function careerAfter(doc: Doc, from: number): boolean {
  for (let i = from; i < doc.tokens.length && i < from + 3; i++) if (doc.tokens[i]!.norm === 'career') return true;
  return false;
}
/** "moving on to the next module": the thing moved on to is a stage of the work or the course, not a departure. */
function movesOnToAStage(doc: Doc, last: number): boolean {
  if (doc.tokens[last]?.norm !== 'to') return false;
  const sentence = doc.tokens[last]!.sentence;
  for (let i = last + 1; i < doc.tokens.length && i <= last + 4 && doc.tokens[i]!.sentence === sentence; i++) {
    const w = doc.tokens[i]!.norm;
    // "…to the next stage elsewhere", "…to the next step at another firm": somewhere else named after the stage.
    // "…the next step in my career": a step of the career, which is the departure.
    if (STAGES.has(w)) return !ELSEWHERE.has(doc.tokens[i + 1]?.norm ?? '') && doc.tokens[i + 1]?.norm !== 'at' && !careerAfter(doc, i + 1);
    if (!STAGE_LEADS.has(w)) return false;
  }
  return false;
}

/**
 * Does the "leave" ending at `last` leave the job? Said alone, before a time or a joining word, or with the employer
 * ("leave the company") it does; with another object ("leave the day team in good hands", "before I leave the last
 * one") it does not.
 */
function leavesTheJob(doc: Doc, last: number): boolean {
  const next = doc.tokens[last];
  if (!next || next.sentence !== doc.tokens[last - 1]!.sentence || next.kind === 'punct' || LEAVE_NEXT.has(next.norm)) return true;
  if (next.norm !== 'the' && next.norm !== 'this' && next.norm !== 'your') return false;
  return EMPLOYER_WORDS.has(doc.tokens[last + 1]?.norm ?? '');
}

function signalInside(doc: Doc, last: number): boolean {
  const s = doc.tokens[last - 1]!.sentence;
  for (let i = last; i < doc.tokens.length && i < last + 8; i++) {
    const t = doc.tokens[i]!;
    if (t.sentence !== s) break;
    if (INSIDE_HERE.has(t.norm)) return true;
  }
  return false;
}

/**
 * How a sentence opens: "Then…" links it to a stay named before; "Once I've…" and "After the year…" end the stay
 * in the sentence itself; 'none' otherwise.
 */
function sequenceOpening(doc: Doc, s: number): 'then' | 'after' | 'none' {
  const first = doc.sentences[s]?.first ?? 0;
  const word = doc.tokens[first]?.norm;
  const next = doc.tokens[first + 1]?.norm ?? '';
  // "After that project wraps up…", "After this contract ends…": the end of the work here, named in the sentence.
  if (word === 'after' && (next === 'that' || next === 'this' || next === 'the' || next === 'my')) {
    for (let i = first + 2; i < first + 7 && i < doc.tokens.length && doc.tokens[i]!.sentence === s; i++) if (ENDINGS.has(doc.tokens[i]!.norm)) return 'after';
  }
  if (word === 'then' || word === 'afterwards' || (word === 'after' && next === 'that')) return 'then';
  if (word === 'once' || (word === 'as' && next === 'soon')) return 'after';
  // "After the year", "After those two years": the stay named again.
  if (word === 'after' && (next === 'the' || next === 'those' || next === 'that' || next === 'my')) {
    for (let i = first + 2; i < first + 5 && i < doc.tokens.length; i++) if (STAY_UNITS.has(doc.tokens[i]!.norm)) return 'after';
  }
  return 'none';
}
const STAY_UNITS = new Set(['year', 'years', 'months', 'placement', 'contract', 'stint']);
const ENDINGS = new Set(['wraps', 'ends', 'finishes', 'over', 'completes', 'closes']);

/**
 * "…, once I'm qualified I'll be after a role elsewhere", "Then I'd qualify and look for NQ roles", "once chartered, I'll…": a clause
 * inside the sentence that ends the stay before the leaving word. A milestone said as the speaker's next step ("I'd qualify and…")
 * counts; "After I'm chartered I want to move to…" names a later horizon, where the direction is the news (misaligned's).
 */
function onceBefore(doc: Doc, at: number): boolean {
  const { tokens } = doc;
  const sentence = tokens[at]!.sentence;
  for (let i = at - 1; i >= 0 && i >= at - 12 && tokens[i]!.sentence === sentence; i--) {
    const w = tokens[i]!.norm;
    if (w === 'once' && (SUBJECT_ME.has(tokens[i + 1]?.norm ?? '') || MILESTONES.has(tokens[i + 1]?.norm ?? ''))) return true;
    if (!MILESTONES.has(w) || i < at - 6) continue;
    const lead = tokens[i - 1]?.norm ?? '';
    // "I'd qualify and look for…", "I'll qualify, then move on" ("I've qualified" is behind the speaker already).
    if (SUBJECT_ME.has(lead) && lead !== "i've" && lead !== "we've" && rangeHas(doc, i + 1, at, SEQUENCE)) return true;
  }
  return false;
}
/** The milestones a job leads up to: qualifying, chartership, graduating from a scheme. */
const MILESTONES = new Set(['qualify', 'qualified', 'chartered', 'graduate', 'certified', 'accredited']);
const SEQUENCE = new Set(['and', 'then']);

const STAY = new Set(['stay', 'staying', 'remain', 'remaining']);
const AT_LEAST = new Set(['least', 'minimum', 'longer', 'more', 'beyond']);
const ABOUT = new Set(['about', 'around', 'roughly', 'maybe', 'perhaps', 'only', 'just', 'approximately']);
/** Before "stay", these make it the verb ("I'd stay", "planning to stay"), not "stay interviews". */
const STAY_SUBJECTS = new Set(['to', 'i', "i'd", "i'll", 'will', 'would', 'only', 'just', 'probably', 'might', 'could', 'can', "i'm", 'and']);

function progressesHere(doc: Doc, from: number): boolean {
  const sentence = doc.tokens[from - 1]!.sentence;
  for (let i = from; i < doc.tokens.length && i < from + 10 && doc.tokens[i]!.sentence === sentence; i++) {
    const w = doc.tokens[i]!.norm;
    if (INSIDE_HERE.has(w) || (PROGRESSION.has(w) && w !== 'role' && w !== 'position')) return true;
  }
  return false;
}
/** Words of a step up: "move up to", "step up", "a promotion to". */
const STEP_UP = new Set(['up', 'promotion', 'promoted', 'progress', 'progressing']);
/** Later in the sentence, a step up with nothing elsewhere named: the stay is a stage on a path inside the company. */
function stepsUpHere(doc: Doc, from: number): boolean {
  const sentence = doc.tokens[from - 1]!.sentence;
  let up = false;
  for (let i = from; i < doc.tokens.length && doc.tokens[i]!.sentence === sentence; i++) {
    const w = doc.tokens[i]!.norm;
    if (ELSEWHERE.has(w)) return false;
    if (STEP_UP.has(w) || INSIDE_HERE.has(w)) up = true;
  }
  return up;
}
/** Before "to spend": the employer as a place ("a good place to spend…", "the right firm to spend…"). */
const PLACES_TO_SPEND = new Set(['place', 'company', 'firm', 'agency', 'practice', 'employer', 'organization', 'team', 'somewhere', 'business', 'studio']);
/** After a trial stretch, judging how the job went: "and see how it goes", "then decide", "then reassess". */
const JUDGES = new Set(['see', 'decide', 'reassess', 'reconsider', 'review', 'judge']);
/** "give you a year", "offer it eighteen months". */
const GIVERS = new Set(['give', 'offer', 'giving', 'offering']);
/** Before "for" and a length: "here for a year", "I'd be around for ten months". */
const STAY_ANCHORS = new Set(['here', 'be', 'around']);

/** "stay for about a year", "staying eighteen months or so": the stay given a short length (not "at least"). */
function stayLength(doc: Doc, d: Duration): boolean {
  const sentence = doc.tokens[d.first]!.sentence;
  // "I'd see myself here for a year, maybe two", "this would be for about ten months"
  const forAt = doc.tokens[d.first - 1]?.norm === 'for' ? d.first - 1 : doc.tokens[d.first - 2]?.norm === 'for' && ABOUT.has(doc.tokens[d.first - 1]!.norm) ? d.first - 2 : -1;
  if (forAt > 0 && STAY_ANCHORS.has(doc.tokens[forAt - 1]?.norm ?? '') && !AT_LEAST.has(doc.tokens[d.last]?.norm ?? '')) {
    // "a coordinator here for a few years, learning the contracts, then move up to assistant PM": a stage on a path here.
    return !isNegated(doc, forAt - 1, 5) && !stepsUpHere(doc, d.last);
  }
  // "a good place to spend a couple of years", "a firm to spend two years with": the company as where a stretch is spent.
  if (doc.tokens[d.first - 1]?.norm === 'spend' && doc.tokens[d.first - 2]?.norm === 'to' && PLACES_TO_SPEND.has(doc.tokens[d.first - 3]?.norm ?? '')) {
    return !AT_LEAST.has(doc.tokens[d.last]?.norm ?? '') && !isNegated(doc, d.first - 3, 5) && !progressesHere(doc, d.last);
  }
  // "I can give you twelve months", "I could commit to eighteen months": the stay offered as a length.
  let lead = ABOUT.has(doc.tokens[d.first - 1]?.norm ?? '') ? d.first - 2 : d.first - 1;
  // "give it the first six months and see how it goes": a trial, when a judgement on the job follows.
  if (doc.tokens[lead]?.norm === 'first' && doc.tokens[lead - 1]?.norm === 'the' && rangeHas(doc, d.last, doc.sentences[sentence]!.last, JUDGES)) lead -= 2;
  const who = doc.tokens[lead]?.norm ?? '';
  const verb = doc.tokens[lead - 1]?.norm ?? '';
  // ("commit to a year of rebuilding the pipeline" is a stretch of work, not the stay.)
  const commits = who === 'to' && (verb === 'commit' || verb === 'committing') && doc.tokens[d.last]?.norm !== 'of';
  if (((who === 'you' || who === 'it') && GIVERS.has(verb)) || commits) {
    // "give it two years before I go for supervisor here": a wait for a step inside the company.
    return !AT_LEAST.has(doc.tokens[d.last]?.norm ?? '') && !isNegated(doc, lead - 1, 4) && !aboutThePast(doc, lead - 1, d.last) && !progressesHere(doc, d.last);
  }
  for (let i = d.first - 1; i >= 0 && i >= d.first - 4; i--) {
    const t = doc.tokens[i]!;
    if (t.sentence !== sentence || AT_LEAST.has(t.norm)) return false;
    if (STAY.has(t.norm)) return STAY_SUBJECTS.has(doc.tokens[i - 1]?.norm ?? '') && !isNegated(doc, i, 4) && !AT_LEAST.has(doc.tokens[d.last]?.norm ?? '');
  }
  return false;
}

/** A date this near (in months), said with a leaving word, ends the stay: "I'm going back to university next autumn". */
const NEAR_DATE = 24;

/** Sentences holding a coming date or horizon of up to NEAR_DATE months: "next September", "in January", "next year". */
const MONTH_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const NEXT = new Set(['next', 'this', 'coming']);
const MONTHS_NAMED = wordPositions(MONTH_NAMES);
const SEASONS_AND_MONTHS = new Set([...MONTH_NAMES, 'spring', 'summer', 'autumn', 'fall', 'winter', 'year', 'term', 'intake']);
const AFTER_NEXT = wordPositions(['after']);
function nearDateSentences(doc: Doc, timeframes: readonly Timeframe[], limit = NEAR_DATE): Set<number> {
  const out = new Set<number>();
  // "next September": a month named as coming, which the shared timeframes leave undated.
  for (const i of MONTHS_NAMED(doc)) {
    const t = doc.tokens[i]!;
    if (i >= 1 && t.text.charCodeAt(0) <= 90 && NEXT.has(doc.tokens[i - 1]!.norm)) out.add(t.sentence);
  }
  // "the September after next", "the autumn after next": a date within two years.
  for (const i of AFTER_NEXT(doc)) {
    if (doc.tokens[i + 1]?.norm === 'next' && SEASONS_AND_MONTHS.has(doc.tokens[i - 1]?.norm ?? '')) out.add(doc.tokens[i]!.sentence);
  }
  for (const t of timeframes) {
    if (t.months > limit || (t.maxMonths ?? t.months) > limit) continue;
    const at = tokenIndexAt(doc.tokens, t.start);
    if (at < doc.tokens.length) out.add(doc.tokens[at]!.sentence);
  }
  return out;
}

/** Starting what takes one away from a job: full-time study, or a place or job elsewhere. */
const STARTS = new Set(['start', 'starting', 'starts', 'begin', 'beginning', 'begins', 'return', 'returning']);
/** Study and places that are a departure when they start soon ("a master's in January", "my PGCE next September"). */
const AWAY_STUDY = new Set([
  'degree', "master's", 'masters', 'phd', 'doctorate', 'university', 'uni', 'college', 'pgce', 'mba', 'postgraduate', 'residency',
  'school', 'msc', 'ma', 'llm', 'jd',
]);
/** Study that fits around a job: "a part-time master's", "an evening course", "the degree apprenticeship you fund". */
const ALONGSIDE = new Set(['part-time', 'part', 'evening', 'evenings', 'weekend', 'weekends', 'online', 'distance', 'alongside', 'apprenticeship', 'sponsor', 'sponsored', 'fund', 'funded', 'your', 'you']);

/**
 * "I'm starting a master's in January", "going back to university next autumn", "a course that starts full time in September":
 * the start of full-time study, read as a leaving word (it still needs a near date or a short stay in its sentence).
 * Returns [first, last) token ranges.
 */
const HELD = new Set(['current', 'present', 'previous', 'last', 'old', 'former']);
const STUDY_START_WORDS = wordPositions([...STARTS, 'back', 'off']);
function studyStarts(doc: Doc): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  const { tokens } = doc;
  for (const i of STUDY_START_WORDS(doc)) {
    const t = tokens[i]!;
    const back = (t.norm === 'back' || t.norm === 'off') && tokens[i + 1]?.norm === 'to';
    if (!STARTS.has(t.norm) && !back) continue;
    let study = -1;
    let fullTime = false;
    let alongside = false;
    const sentence = doc.sentences[t.sentence]!;
    for (let j = sentence.first; j < sentence.last; j++) if (ALONGSIDE.has(tokens[j]!.norm)) alongside = true;
    if (alongside) continue;
    for (let j = i + 1; j < tokens.length && j <= i + 7; j++) {
      const x = tokens[j]!;
      if (x.sentence !== t.sentence || (x.kind === 'punct' && x.text !== "'" && x.text !== '-')) break;
      if (x.norm === 'full-time' || (x.norm === 'full' && tokens[j + 1]?.norm === 'time')) fullTime = true;
      if (study < 0 && (AWAY_STUDY.has(x.norm) || (x.norm === 'course' && (fullTime || tokens[j + 1]?.norm === 'full' || tokens[j + 1]?.norm === 'full-time')))) study = j;
    }
    if (study < 0 || alongside || isNegated(doc, i, 4)) continue;
    // "…of starting at my current school": the workplace one has, not study ahead.
    if (HELD.has(tokens[study - 1]?.norm ?? '') || HELD.has(tokens[study - 2]?.norm ?? '')) continue;
    out.push({ first: i, last: study + 1 });
  }
  return out;
}

/** After "starting", what makes it a date: "starting in September", "starting next year", "starting the autumn after next". */
const DATE_LEADS = new Set(['in', 'next', 'this', 'the', 'from', ...MONTH_NAMES]);
/** After a study word that heads its phrase: "a master's in Delft, starting…", "a PGCE, starting…"; not "a university course starting…". */
const STUDY_HEAD_ENDS = new Set(['in', 'at', 'on', ',', 'starting', 'beginning', 'which', 'that', 'for', 'with', 'from']);
const PART_TIME_LEADS = new Set(['night', 'evening', 'weekend', 'summer', 'short']);
const STARTING = wordPositions(['starting', 'beginning', 'starts', 'begins']);

/**
 * "I've got a place on a master's in Delft, starting in September next year", "I've applied to do a PGCE, starting the autumn after
 * next": the study named first, its start and date after it. The span runs from the speaker ("I've got…"), who must hold the place.
 */
function studyStartingOn(doc: Doc): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  const { tokens } = doc;
  for (const i of STARTING(doc)) {
    const t = tokens[i]!;
    if (!DATE_LEADS.has(tokens[i + 1]?.norm ?? '') || sentenceHasAny(doc, t.sentence, ALONGSIDE)) continue;
    let study = -1;
    for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
      const x = tokens[j]!;
      if (x.sentence !== t.sentence || (x.kind === 'punct' && x.text !== ',' && x.text !== "'" && x.text !== '-')) break;
      if (AWAY_STUDY.has(x.norm)) {
        study = j;
        break;
      }
    }
    if (study < 0 || HELD.has(tokens[study - 1]?.norm ?? '') || HELD.has(tokens[study - 2]?.norm ?? '')) continue;
    // "a university course", "night school": the study word names a kind of course, or study fitted around work.
    if (!STUDY_HEAD_ENDS.has(tokens[study + 1]?.norm ?? '') || PART_TIME_LEADS.has(tokens[study - 1]?.norm ?? '')) continue;
    let me = -1;
    for (let j = study - 1; j >= 0 && j >= study - 10 && tokens[j]!.sentence === t.sentence; j--) if (SUBJECT_ME.has(tokens[j]!.norm)) me = j;
    if (me < 0 || isNegated(doc, me, 4)) continue;
    out.push({ first: me, last: i + 1 });
  }
  return out;
}

function sentenceHasAny(doc: Doc, s: number, words: ReadonlySet<string>): boolean {
  const sentence = doc.sentences[s]!;
  for (let i = sentence.first; i < sentence.last; i++) if (words.has(doc.tokens[i]!.norm)) return true;
  return false;
}

/** The speaker (or the speaker's household) as the subject a few words before: "I'm going back…", "we're relocating…". */
const SUBJECT_ME = new Set(['i', "i'm", "i'll", "i'd", "i've", 'we', "we're", "we'll", "we'd", "we've"]);
function spokenOfMe(doc: Doc, at: number): boolean {
  const sentence = doc.tokens[at]!.sentence;
  // The leaving phrase may hold its subject: "I'm off to Spain next year".
  for (let i = at; i >= 0 && i >= at - 6; i--) {
    const t = doc.tokens[i]!;
    if (t.sentence !== sentence) return false;
    if (SUBJECT_ME.has(t.norm)) return true;
  }
  return false;
}

/** "a year's work", "a few months' work", sought as such: a job wanted for a set stretch. */
const STRETCH_UNITS = new Set(["year's", "month's", "week's", 'years', 'months', 'weeks']);
const SEEKING = new Set(['looking', 'after', 'need', 'want', 'seeking', 'find', 'for']);
const STRETCHES = wordPositions(STRETCH_UNITS);
function stretchesOfWork(doc: Doc): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  const { tokens } = doc;
  for (const i of STRETCHES(doc)) {
    if (i < 1 || i + 1 >= tokens.length) continue;
    const t = tokens[i]!;
    const work = t.norm.endsWith("'s") ? i + 1 : tokens[i + 1]!.text === "'" ? i + 2 : -1;
    if (work < 0 || tokens[work]?.norm !== 'work' || tokens[work + 1]?.norm === 'experience') continue;
    let seeking = false;
    for (let j = i - 1; j >= 0 && j >= i - 5 && tokens[j]!.sentence === t.sentence; j--) if (SEEKING.has(tokens[j]!.norm)) seeking = true;
    if (seeking) out.push({ first: i - 1, last: work + 1 });
  }
  return out;
}

/** "until my course starts", "until a place opens up", "till the offer comes through": a stay that ends when something elsewhere begins. */
const UNTIL = new Set(['until', 'till', "'til", 'til']);
const OPENINGS = new Set(['starts', 'begins', 'opens', 'comes', 'start', 'begin', 'open']);
const OPENING_PARTICLES = new Set(['up', 'through', 'off', 'back']);
function rangeHasStudy(tokens: readonly { norm: string }[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (AWAY_STUDY.has(tokens[k]!.norm)) return true;
  return false;
}
const UNTILS = wordPositions(UNTIL);
function untilSomethingStarts(doc: Doc): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  const { tokens } = doc;
  for (const i of UNTILS(doc)) {
    for (let j = i + 1; j < tokens.length && j <= i + 7; j++) {
      const x = tokens[j]!;
      if (x.sentence !== tokens[i]!.sentence || x.kind === 'punct' || x.norm === 'i' || x.norm === "i'm") break;
      // "until a day role comes up here", "until your next intake starts": an opening inside the company.
      if (INSIDE_HERE.has(x.norm) || INTERNAL.has(x.norm)) break;
      if (!OPENINGS.has(x.norm)) continue;
      // "until my course starts" ends the stay only for study elsewhere; "until my preceptorship starts" does not.
      const starts = x.norm === 'starts' || x.norm === 'begins' || x.norm === 'start' || x.norm === 'begin';
      if (starts && !rangeHasStudy(tokens, i + 1, j)) break;
      // "until a place opens up", "until my course starts (back up)"; not "until I start" (own steps are said with "I").
      const particle = OPENING_PARTICLES.has(tokens[j + 1]?.norm ?? '');
      if ((x.norm === 'opens' || x.norm === 'comes' || x.norm === 'open') && !particle) break;
      const last = particle ? j + 2 : j + 1;
      let inside = false;
      for (let k = last; k < last + 3 && tokens[k]?.sentence === x.sentence; k++) if (INSIDE_HERE.has(tokens[k]!.norm) || INTERNAL.has(tokens[k]!.norm)) inside = true;
      if (inside) break;
      out.push({ first: i, last });
      break;
    }
  }
  return out;
}

/** Verbs of seeking, before "for": "look for", "searching for", "hunt for". */
const SEEKS = new Set(['look', 'looking', 'search', 'searching', 'hunt', 'hunting']);
/** Jobs sought in the plural ("NQ roles", "analyst jobs"), or a job of any kind: shopping for the next post. */
const JOBS = new Set(['roles', 'jobs', 'positions', 'posts', 'openings', 'vacancies', 'job']);
/** Before a singular role, these make it a post elsewhere: "a new role", "another position". */
const NEW_POST = new Set(['new', 'another', 'different', 'other']);
const POSTS = new Set(['role', 'position', 'post']);
const SEEK_WORDS = wordPositions(SEEKS);

/**
 * "look for NQ roles in family practice", "search for a new position": seeking the next job, read as a leaving word (it still
 * needs a stay, a milestone or an opening that ends the stay). Not one here: "look for roles in your audit team".
 */
function seeksJobs(doc: Doc): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  const { tokens } = doc;
  for (const i of SEEK_WORDS(doc)) {
    if (tokens[i + 1]?.norm !== 'for') continue;
    const sentence = tokens[i]!.sentence;
    for (let j = i + 2; j < tokens.length && j <= i + 5; j++) {
      const x = tokens[j]!;
      if (x.sentence !== sentence || x.kind === 'punct') break;
      if (INTERNAL.has(x.norm) || INSIDE_HERE.has(x.norm)) break;
      const newPost = POSTS.has(x.norm) && rangeHas(doc, i + 2, j, NEW_POST);
      if (!JOBS.has(x.norm) && !newPost) continue;
      let here = false;
      for (let k = j + 1; k < tokens.length && k <= j + 4 && tokens[k]!.sentence === sentence; k++) if (INTERNAL.has(tokens[k]!.norm) || INSIDE_HERE.has(tokens[k]!.norm)) here = true;
      if (!here) out.push({ first: i, last: j + 1 });
      break;
    }
  }
  return out;
}
/** What ends someone else's term in a place: "until my husband's postdoc ends", "until her contract runs out". */
const ENDS = new Set(['ends', 'finishes', 'expires', 'end', 'finish', 'expire']);
/**
 * Whose term it is: the speaker's partner, named. Not "her" or "their" ("until her maternity leave ends" is a cover post's own
 * term) and not the speaker's own work ("until the project ends").
 */
const HOUSEHOLD = new Set(["husband's", "wife's", "partner's", "spouse's", "fiance's", "fiancee's", "boyfriend's", "girlfriend's"]);

/**
 * "we're only in Cambridge until my husband's postdoc ends next summer": the stay bounded by a fixed event in someone else's life,
 * which the candidate's place here depends on. "until my lease runs out" is in the vocabulary; the job's own term is not read here.
 */
function untilTheirTermEnds(doc: Doc): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  const { tokens } = doc;
  for (const i of UNTILS(doc)) {
    let theirs = false;
    for (let j = i + 1; j < tokens.length && j <= i + 6; j++) {
      const x = tokens[j]!;
      if (x.sentence !== tokens[i]!.sentence || x.kind === 'punct') break;
      if (HOUSEHOLD.has(x.norm)) theirs = true;
      if (theirs && ENDS.has(x.norm)) {
        out.push({ first: i, last: j + 1 });
        break;
      }
    }
  }
  return out;
}

/** A permit to be in the country: when it ends, so does the stay. */
const PERMITS = new Set(['visa', 'permit']);
const PERMIT_WORDS = wordPositions(PERMITS);
/** What a permit does when it ends: "runs out", "expires", "ends", "runs until". */
const RUNS_OUT = new Set(['expires', 'ends', 'lapses', 'expire', 'end', 'lapse']);

/**
 * "I'm on a graduate visa that runs out in spring 2026", "my work permit expires next year": the speaker's own permit ending on a
 * near date bounds the stay whatever the plans. Not "no visa question hangs over this", and not someone else's visa.
 */
function permitRunsOut(doc: Doc, near: () => Set<number>): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  const { tokens } = doc;
  for (const i of PERMIT_WORDS(doc)) {
    const sentence = tokens[i]!.sentence;
    // "my visa", "I'm on a graduate visa": the speaker's own.
    let mine = -1;
    for (let j = i - 1; j >= 0 && j >= i - 4 && tokens[j]!.sentence === sentence && !tokens[j]!.norm.endsWith("'s"); j--) if (tokens[j]!.norm === 'my' || tokens[j]!.norm === "i'm") mine = j;
    if (mine < 0) continue;
    for (let j = i + 1; j < tokens.length && j <= i + 4 && tokens[j]!.sentence === sentence; j++) {
      const w = tokens[j]!.norm;
      const runs = w === 'runs' && (tokens[j + 1]?.norm === 'out' || UNTIL.has(tokens[j + 1]?.norm ?? ''));
      if (!runs && !RUNS_OUT.has(w)) continue;
      if (!isNegated(doc, j, 4) && near().has(sentence)) out.push({ first: mine, last: runs ? j + 2 : j + 1 });
      break;
    }
  }
  return out;
}

/** "I don't see myself staying past the second year", "I won't stay beyond next summer": a stay denied past a point. */
const PAST_A_POINT = new Set(['past', 'beyond', 'longer', 'long']);
const STAY_FILLERS = new Set(['here', 'on', 'around', 'with', 'you', 'in', 'the', 'role', 'job']);
const STAYS = wordPositions(STAY);
function deniedLongStays(doc: Doc): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  const { tokens } = doc;
  for (const i of STAYS(doc)) {
    let j = i + 1;
    while (j < i + 4 && STAY_FILLERS.has(tokens[j]?.norm ?? '')) j++;
    const at = tokens[j];
    if (!at || at.sentence !== tokens[i]!.sentence || !PAST_A_POINT.has(at.norm) || !isNegated(doc, i, 5)) continue;
    out.push({ first: i, last: Math.min(j + 3, tokens.length) });
  }
  return out;
}

/** Before "this", verbs that frame the job as something: "I see this as…", "I'd treat this as…". */
const FRAMERS = new Set(['see', 'view', 'treat', 'consider', 'think']);
/** After "this" (or "this post"), verbs that say what the job is: "this would be…", "this looks like…". */
const FRAME_VERBS = new Set(['would', "would've", 'is', 'looks', 'feels', 'seems', 'will', "'d", 'could']);
/** Of FRAME_VERBS, those that project the speaker's plan rather than state the job's terms. */
const PROJECTING = new Set(['would', "would've", 'will', "'d", 'could']);
const JOB_NOUNS = new Set(['job', 'role', 'post', 'position', 'opportunity']);
/** Units of "for the months before then", "for the weeks until the move": a stretch ending at a point. */
const STRETCH_NOUNS = new Set(['months', 'weeks', 'time', 'year', 'summer', 'winter', 'spring', 'autumn']);
const THIS = wordPositions(['this']);

/**
 * The job framed as lasting a bounded stretch: "I see this as a good place to land for now", "this would be ideal for a year or so",
 * "I'd see this as something for the months before then". The job ("this", "this post") is what is seen or described, and a bound
 * follows in its clause: "for now", a coming stay of up to three years, or "the months before / until" a point.
 */
function jobFramedForAStretch(doc: Doc, short: readonly Duration[]): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  const { tokens } = doc;
  for (const i of THIS(doc)) {
    const sentence = tokens[i]!.sentence;
    const framed = FRAMERS.has(tokens[i - 1]?.norm ?? '') || (tokens[i - 1]?.norm === 'as' && FRAMERS.has(tokens[i - 2]?.norm ?? ''));
    const verbAt = JOB_NOUNS.has(tokens[i + 1]?.norm ?? '') ? i + 2 : i + 1;
    if (!framed && !FRAME_VERBS.has(tokens[verbAt]?.norm ?? '')) continue;
    // "Since this is a two-year grant-funded position", "this is a twelve-month cover": the job's own term, a fact, not the
    // speaker's plan; a length counts only when the speaker frames it ("I'd see this as…", "this would be…").
    const projected = framed || PROJECTING.has(tokens[verbAt]!.norm);
    if (isNegated(doc, i, 4)) continue;
    for (let j = i + 1; j < tokens.length && j <= i + 12; j++) {
      const x = tokens[j]!;
      if (x.sentence !== sentence || (x.kind === 'punct' && x.text !== ',' && x.text !== "'" && x.text !== '-')) break;
      let end = -1;
      if (x.norm === 'for' && tokens[j + 1]?.norm === 'now') end = j + 2;
      else if (x.norm === 'for' && tokens[j + 1]?.norm === 'the' && STRETCH_NOUNS.has(tokens[j + 2]?.norm ?? '') && (tokens[j + 3]?.norm === 'before' || UNTIL.has(tokens[j + 3]?.norm ?? ''))) end = j + 4;
      else {
        const d = short.find((x) => x.first === j);
        if (d && projected && !insideJob(doc, d) && !isHorizon(doc, d) && !AT_LEAST.has(tokens[d.last]?.norm ?? '') && !AT_LEAST.has(tokens[d.first - 1]?.norm ?? '')) end = d.last;
      }
      if (end < 0) continue;
      if (!aboutThePast(doc, i, end)) out.push({ first: Math.max(i - 3, doc.sentences[sentence]!.first), last: end });
      break;
    }
  }
  return out;
}

export const leavingSoon: Rule = {
  id: 'leaving_soon',
  meta: {
    description: 'Signals a short stay: "a stepping stone", "for a year or two until…", "before I move on".',
    severity: 'serious',
    docs:
      'A tenure phrase (data/tenure.yml) that says it by itself ("stepping stone", "until something better"), or a leaving word ("move on", "go freelance", a move abroad) ' +
      'in a sentence that also names a stay of up to three years ("a couple of years here", "eighteen months", "a year\'s work … beforehand"). ' +
      'A departure word (kind depart: "go back to", "relocate", "retire", and the start of full-time study) also counts with a near date in its sentence when the speaker is its subject ("I\'m going back to university next autumn", "we\'re relocating to Denver next spring", "I plan to retire in about eighteen months"), unless the study fits around the job (part-time, evenings, funded by the company). The speaker\'s own visa or permit running out on a near date ("I\'m on a graduate visa that runs out in spring") says it by itself; taking a year out or a career break counts like a leaving word. The speaker\'s own retirement ("my pension date") counts with a date up to three years off. Study named first with its start after it ("I\'ve applied to do a PGCE, starting the autumn after next") counts the same way; so does a household posting or transfer ("we\'re due to be posted again next year"), unless it goes to where the job is. "I\'ve got a place…" is something held now, not history. ' +
      'Starting full-time study (a degree, master\'s, PGCE, university) is such a leaving word; so is a stay that ends when something elsewhere starts or opens up ("until my course starts", "until a place opens up"), but not "going back to work" or a move to where the job is ("relocating to Manchester, which is why I\'m applying to your Manchester office"), and not "until I retire", "until … at least" or an opening here. A stay offered as a length ("I can give you twelve months", "commit to eighteen months", "give it the first six months and see how it goes", a trial judged after, not "commit to a year of rebuilding…" or "give it two years before I go for supervisor here") and a stretch of work sought as such ("I\'m after a few months\' work", "a year\'s work in construction") says it too. ' +
      '"In the meantime", "until then" and "beforehand" count only beside a departure in the same or the sentence before, or a stay in their own sentence. ' +
      'A sentence that opens on the end of the stay ("After the year I\'ll go back to university", "Once I have my hours, I\'ll apply to the airlines") says it by itself, ' +
      'and one opening with "Then…" ends a stay named earlier. So does a sentence opening on the end of the work here ("After this contract ends…"), a "once I\'m qualified" clause before the leaving word, and "before I" with a leaving word ("before I hand in my notice"). A milestone said as the speaker\'s next step before the leaving word ("Then I\'d qualify and look for NQ roles", "once chartered, I\'ll see what\'s out there") ends the stay the same way; "After I\'m chartered I want to move to…" does not by itself. Seeking jobs ("look for NQ roles", "search for a new position", not "roles in your team") and looking around the market are leaving words. A stay bounded by a partner\'s term ("until my husband\'s postdoc ends", not "until her maternity leave ends", a cover post\'s own term) and the company as a place to spend a short stretch ("a good place to spend a couple of years") say it by themselves. The job framed by the speaker as lasting a bounded stretch ("I see this as a good place to land for now", "this would be ideal for a year or so", "I\'d see this as something for the months before then") says it too, but not the job\'s own term stated as a fact ("since this is a two-year funded post"). A stay denied past a point ("I don\'t see myself staying past the second year") says it too. A stay followed in its sentence by a step up here ("a planner here for a few years, then step up to manager") is a stage on a path, and a time after which something happens ("after a couple of years in the role") is a milestone, not a stay. "Then we\'ll see" counts only beside a stay or a departure. A horizon for goals ("in the next two years here, I want to…") is not a stay. Moving on to a stage of the work or of a course ("before moving on to the next module", "move on to the final assessment", "move on to the Diploma") is no departure, unless somewhere else or the career follows. Negated phrases do not count.',
  },
  check(doc, context) {
    const findings: Finding[] = [];
    let nearDates: Set<number> | undefined;
    let retireDates: Set<number> | undefined;
    const short = durations(doc).filter((d) => d.months <= SHORT_STAY && d.months >= 1);
    const shortBySentence = new Map<number, Duration[]>();
    for (const d of short) {
      const s = doc.tokens[d.first]!.sentence;
      shortBySentence.set(s, [...(shortBySentence.get(s) ?? []), d]);
    }
    const leaves: { first: number; last: number; dated?: boolean }[] = [];
    const bridges: { first: number; last: number }[] = [];
    for (const m of TENURE.match(doc)) {
      if (isNegated(doc, m.first, 6)) continue;
      // "I've got a place on the part-time course at Keele": study that fits around the job.
      if (m.value.kind === 'place' && sentenceHasAny(doc, doc.tokens[m.first]!.sentence, ALONGSIDE)) continue;
      // "my brother's visa runs out": someone else's permit.
      if (PERMITS.has(doc.tokens[m.first]!.norm) && doc.tokens[m.first - 1]?.norm.endsWith("'s")) continue;
      // "before moving on to the next module": a step through the work or the course.
      if (MOVE_ON.has(doc.tokens[m.last - 1]!.norm) && movesOnToAStage(doc, m.last)) continue;
      if ((m.value.kind === 'signal' || m.value.kind === 'place') && (signalInside(doc, m.last) || (doc.tokens[m.last - 1]!.norm === 'leave' && !leavesTheJob(doc, m.last)) || untilSkilled(doc, m.first) || aboutThePast(doc, m.first, m.last, SIGNAL_PAST) || untilTheEnd(doc, m.last))) continue;
      if (m.value.kind === 'signal' || m.value.kind === 'place') findings.push({ ...clauseSpan(doc, m.first, m.last, 6), message: MESSAGE, suggestion: m.value.suggestion ?? SUGGESTION });
      else if (m.value.kind === 'bridge') bridges.push(m);
      else if (isDeparture(doc, m.first, m.last)) leaves.push({ first: m.first, last: m.last, dated: m.value.kind === 'depart' });
    }
    for (const u of [...untilSomethingStarts(doc), ...untilTheirTermEnds(doc), ...stretchesOfWork(doc), ...deniedLongStays(doc), ...jobFramedForAStretch(doc, short), ...permitRunsOut(doc, () => (nearDates ??= nearDateSentences(doc, context.timeframes)))]) {
      if (!aboutThePast(doc, u.first, u.last, SIGNAL_PAST)) findings.push({ ...clauseSpan(doc, u.first, u.last, 6), message: MESSAGE, suggestion: SUGGESTION });
    }
    leaves.push(...[...studyStarts(doc), ...studyStartingOn(doc)].map((x) => ({ ...x, dated: true })));
    for (const i of relocations(doc)) {
      if (!isNegated(doc, i, 4) && !othersMove(doc, i) && !movesToTheJob(doc, i, context.company)) findings.push({ ...clauseSpan(doc, i, i + 3, 6), message: MESSAGE, suggestion: SUGGESTION });
    }
    leaves.push(...movesAcross(doc), ...seeksJobs(doc));
    const isComingStay = (d: Duration) => !insideJob(doc, d) || isStay(doc, d);
    for (const leave of leaves) {
      const sentence = doc.tokens[leave.first]!.sentence;
      let opening = sequenceOpening(doc, sentence);
      // ("Then I'd qualify and look for NQ roles": a milestone inside a "Then…" sentence ends the stay by itself.)
      if (opening !== 'after' && onceBefore(doc, leave.first)) opening = 'after';
      // "before I hand in my notice", "before I go freelance": the leaving named as what comes after this job.
      if (opening === 'none' && doc.tokens[leave.first - 1]?.norm === 'i' && doc.tokens[leave.first - 2]?.norm === 'before') opening = 'after';
      if (opening !== 'none' && !aboutThePast(doc, leave.first, leave.last, SIGNAL_PAST)) {
        // "After the year I'll go back to university", "Once I've got my hours, I'll apply to the airlines":
        // the leaving follows what this job gives, so the sentence itself says the stay ends.
        // "Then I'm off to study abroad": it ends the stay named earlier.
        const earlier = short.some((d) => doc.tokens[d.first]!.sentence < sentence && isComingStay(d) && !isHorizon(doc, d));
        if (opening !== 'then' || earlier) {
          findings.push({ ...clauseSpan(doc, leave.first, leave.last, 8), message: MESSAGE, suggestion: SUGGESTION });
          continue;
        }
      }
      const stays = (shortBySentence.get(sentence) ?? []).filter(isComingStay);
      if (stays.length === 0) {
        // "I'm going back to university next autumn", "we're relocating to Denver next spring": leaving on a near date.
        // A move somewhere named is read by relocations(); "we're moving to a new office next spring" is no departure.
        const mover = MOVERS.has(doc.tokens[leave.first]!.norm) || doc.tokens[leave.first]!.norm === 'move' || (POSTINGS.has(doc.tokens[leave.last - 1]!.norm) && goesToTheJob(doc, leave.last, context.company));
        // Retiring ends a career, so a date up to three years off is already a short stay ("my pension date is about two and a half years away").
        const retires = CAREER_END.has(doc.tokens[leave.first]!.norm);
        const near = retires ? (retireDates ??= nearDateSentences(doc, context.timeframes, SHORT_STAY)) : (nearDates ??= nearDateSentences(doc, context.timeframes));
        if (leave.dated && !mover && near.has(sentence) && spokenOfMe(doc, leave.first) && !sentenceHasAny(doc, sentence, ALONGSIDE) && !untilTheEnd(doc, leave.last) && !aboutThePast(doc, leave.first, leave.last, SIGNAL_PAST)) {
          findings.push({ ...clauseSpan(doc, leave.first, leave.last, 8), message: MESSAGE, suggestion: SUGGESTION });
        }
        continue;
      }
      // The stay nearest the leaving word is the one it ends.
      const d = stays.reduce((best, x) => (Math.abs(x.first - leave.first) < Math.abs(best.first - leave.first) ? x : best));
      // A departure ahead ("I've got an offer to start the degree in September") is not made history by "I've": a finished stretch is.
      if (aboutThePast(doc, Math.min(d.first, leave.first), Math.max(d.last, leave.last), leave.dated ? SIGNAL_PAST : PAST_MARKERS)) continue;
      const first = Math.min(d.first, leave.first);
      const last = Math.max(d.last, leave.last);
      findings.push({ ...tokenSpan(doc, first, last), message: MESSAGE, suggestion: SUGGESTION });
    }
    // "in the meantime", "until then", "beforehand" lean on a departure said in the same or the sentence before.
    for (const b of bridges) {
      const sentence = doc.tokens[b.first]!.sentence;
      const departed = findings.some((f) => {
        const s = doc.tokens[tokenIndexAt(doc.tokens, f.start)]?.sentence ?? -1;
        return s === sentence || s === sentence - 1;
      });
      const stay = (shortBySentence.get(sentence) ?? []).some((d) => isComingStay(d) && !isHorizon(doc, d) && !aboutThePast(doc, d.first, d.last));
      if ((departed || stay) && !findings.some((f) => f.start <= doc.tokens[b.first]!.start && doc.tokens[b.first]!.start < f.end)) {
        findings.push({ ...clauseSpan(doc, b.first, b.last, 6), message: MESSAGE, suggestion: SUGGESTION });
      }
    }
    // "I'm only planning to stay for about a year": the length of the stay said outright.
    for (const d of short) {
      if (!stayLength(doc, d) || findings.some((f) => f.start <= doc.tokens[d.first]!.start && doc.tokens[d.first]!.start < f.end)) continue;
      findings.push({ ...clauseSpan(doc, d.first, d.last, 6), message: MESSAGE, suggestion: SUGGESTION });
    }
    // "I'm looking at around a year in the role": the stay said outright.
    for (const d of short) {
      if (isStay(doc, d) && !findings.some((f) => f.start <= doc.tokens[d.first]!.start && doc.tokens[d.first]!.start < f.end)) {
        findings.push({ ...clauseSpan(doc, d.first, d.last, 6), message: MESSAGE, suggestion: SUGGESTION });
      }
    }
    return findings;
  },
};
