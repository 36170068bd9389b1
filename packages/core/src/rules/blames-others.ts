import type { Finding, Rule } from './rule.js';
import type { Doc } from '../text/tokenize.js';
import { VOCAB } from '../vocab/generated.js';
import { asksAboutMisses, clauseSpan, entryMatcher, isFirstPerson, isNegated, ownsLesson, tokenSpan } from '../text/helpers.js';
import { causesOnOthers, speakerActedAfter } from './blame-clauses.js';

/** The plural of a role noun: "consultant" → "consultants", "coach" → "coaches", "secretary" → "secretaries". */
function plural(noun: string): string {
  if (/(?:ch|sh|x)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return noun.endsWith('s') ? noun : `${noun}s`;
}

/** People in any role can be blamed ("the solicitor wouldn't sign", "the consultants never referred"): the role nouns are agents too. */
const ROLE_AGENTS = VOCAB['role-nouns'].flatMap(({ phrase }) => {
  const forms = phrase.includes(' ') ? [phrase] : [phrase, plural(phrase)];
  return forms.map((p) => ({ phrase: p, kind: 'agent' }));
});
const BLAME = entryMatcher([...VOCAB.blame, ...ROLE_AGENTS]);
/** "As a manager I didn't…", "I was a supervisor who never…": the candidate describing themself, not someone to blame. */
const SELF_ROLE = new Set(['as', 'am', "i'm", 'was', 'be', 'been', 'being', 'become', 'became']);
/** How close after the agent its action must come: "my lead blocked it", "the council cut our grant". */
const ACTION_REACH = 4;
/** How close after a cause word its agent must come: "that was the system", "because of the new director". */
const CAUSE_REACH = 2;
/** Words that show a goal was set and missed, for answers to other questions: "I set myself the goal of…", "I expected to be…". */
const GOAL_WORDS = new Set(['goal', 'goals', 'target', 'targets', 'promoted', 'promotion', 'expected', 'expecting', 'aimed', 'planned']);

/** Verbs of doing one's share: "do their bit", "pull his weight", "play their part". */
const DUTY_VERBS = new Set(['do', 'does', 'did', 'done', 'doing', 'pull', 'pulls', 'pulled', 'pulling', 'play', 'played', 'playing']);
/** Words before a share of the work that leave it undone: "nobody would do their bit", "if they'd done their part". */
const UNDONE = new Set(['if', 'nobody', 'none', 'unless', 'until']);
/** "I was never given…", "we weren't told…", "I've never been offered…": the words of a negated first-person passive. */
const PASSIVE_SUBJECTS = new Set(['i', 'we', "i've", "we've", "i'd", "we'd"]);
const BE = new Set(['was', 'were', 'been', 'had', 'have']);
const PASSIVE_FILLERS = new Set(['really', 'ever', 'even', 'actually', 'properly', 'once', 'fully', 'formally', 'just', 'simply', 'then']);
/** Before "can fix", "could change": a lone individual ("one nurse", "a single person"), any role noun or none. */
const LONE = new Set(['one', 'single', 'individual']);

/** Nobody as the subject of a clause: the clause withholds an action ("nobody told us"). */
const NOBODY = new Set(['nobody', 'no one']);
const CLAUSE_STARTS = new Set(['and', 'but', 'so', 'because', 'when', 'as', 'since', 'then', 'yet', 'honestly', 'frankly']);
/** What joins a second action to the first, with the same agent doing both. */
const JOINS = new Set(['and', 'then']);

/** Words that may stand between the join and the second act: "and then brought in", "and also cut". */
const JOIN_ADVERBS = new Set(['then', 'also', 'later', 'even', 'just', 'simply', 'promptly', 'quietly']);
/**
 * Is the act at `act` a second act of the same agent, joined to the first (which ended at `from`)?
 * "froze promotions and then brought in…"; not a new clause with a subject of its own ("…and the roles were frozen").
 */
function joinedAct(doc: Doc, from: number, act: number): boolean {
  let k = act - 1;
  while (k >= from && JOIN_ADVERBS.has(doc.tokens[k]!.norm)) k--;
  return k >= from && JOINS.has(doc.tokens[k]!.norm);
}

const isNegator = (norm: string) => norm === 'never' || norm === 'not' || norm.endsWith("n't");

/** Is the deprivation at `first` the tail of a negated first-person passive: "I was never [given]"? */
function deniedToMe(doc: Doc, first: number): boolean {
  const { tokens } = doc;
  const sentence = tokens[first]!.sentence;
  let negated = false;
  let be = false;
  let k = first - 1;
  for (; k >= 0 && k >= first - 5 && tokens[k]!.sentence === sentence; k--) {
    const norm = tokens[k]!.norm;
    if (norm === "wasn't" || norm === "weren't" || norm === "hadn't" || norm === "haven't") negated = be = true;
    else if (isNegator(norm)) negated = true;
    else if (BE.has(norm)) be = true;
    else if (!PASSIVE_FILLERS.has(norm)) break;
  }
  return negated && be && k >= 0 && PASSIVE_SUBJECTS.has(tokens[k]!.norm) && tokens[k]!.sentence === sentence;
}

/** Is the share of work at `first` left undone by someone: "didn't pull his weight", "nobody would do their bit"? */
function leftUndone(doc: Doc, first: number): boolean {
  const { tokens } = doc;
  let verb = -1;
  for (let k = first - 1; k >= 0 && k >= first - 2; k--) if (DUTY_VERBS.has(tokens[k]!.norm)) verb = k;
  if (verb < 0) return false;
  if (isNegated(doc, verb, 4)) return true;
  const sentence = tokens[verb]!.sentence;
  for (let k = verb - 1; k >= 0 && k >= verb - 6 && tokens[k]!.sentence === sentence; k--) if (UNDONE.has(tokens[k]!.norm)) return true;
  return false;
}

/** Is "can fix" at `first` said of a lone individual, and denied: "not something one nurse can fix"? */
function lonePowerless(doc: Doc, first: number): boolean {
  const { tokens } = doc;
  let lone = false;
  for (let k = first - 1; k >= 0 && k >= first - 3 && tokens[k]!.sentence === tokens[first]!.sentence; k--) if (LONE.has(tokens[k]!.norm)) lone = true;
  return lone && isNegated(doc, first, 6);
}

interface Signal {
  first: number;
  last: number;
  explicit: boolean;
}

const HOLDING = new Set(['held', 'holding', 'hold', 'holds']);
const SOMETHING = new Set(['something', 'thing', 'what', "what's"]);

/** "Something that's held me back is that I…", "the thing holding me back is my own confidence": the candidate's own failing, not blame. */
function heldBackByMe(doc: Doc, first: number, last: number): boolean {
  const { tokens } = doc;
  if (!HOLDING.has(tokens[first]!.norm)) return false;
  let something = false;
  for (let k = first - 1; k >= 0 && k >= first - 3; k--) if (SOMETHING.has(tokens[k]!.norm)) something = true;
  if (!something) return false;
  for (let k = last; k < tokens.length && k < last + 6 && tokens[k]!.sentence === tokens[first]!.sentence; k++) if (isFirstPerson(tokens[k])) return true;
  return false;
}

function signals(doc: Doc): Signal[] {
  const out: Signal[] = [];
  const matches = BLAME.match(doc);
  for (const [k, m] of matches.entries()) {
    const kind = m.value.kind;
    if (kind === undefined) {
      if (!isNegated(doc, m.first, 3) && !heldBackByMe(doc, m.first, m.last)) out.push({ first: m.first, last: m.last, explicit: true });
      continue;
    }
    if (kind === 'duty' || kind === 'deprived' || kind === 'powerless') {
      const says = kind === 'duty' ? leftUndone(doc, m.first) : kind === 'deprived' ? deniedToMe(doc, m.first) : lonePowerless(doc, m.first);
      if (says) out.push({ first: m.first, last: m.last, explicit: true });
      continue;
    }
    const sentence = doc.tokens[m.first]!.sentence;
    if (kind === 'cause') {
      // The miss put down to an agent named right after: "that was the system", "it was down to the market".
      const next = matches[k + 1];
      if (next?.value.kind === 'agent' && next.first - m.last <= CAUSE_REACH && doc.tokens[next.first]!.sentence === sentence && !isNegated(doc, m.first, 3)) {
        out.push({ first: m.first, last: next.last, explicit: false });
      }
      continue;
    }
    if (kind !== 'agent') continue;
    const before = doc.tokens[m.first - 1]?.norm ?? '';
    // "Nobody told us", "and no one replied": nobody as the subject is an action withheld on its own.
    if (NOBODY.has(m.value.phrase) && (m.first === 0 || doc.tokens[m.first - 1]!.sentence !== sentence || doc.tokens[m.first - 1]!.kind === 'punct' || CLAUSE_STARTS.has(before))) {
      const verb = doc.tokens[m.last];
      if (verb && verb.sentence === sentence && verb.kind === 'word') {
        out.push({ first: m.first, last: m.last + 1, explicit: false });
        continue;
      }
    }
    if (SELF_ROLE.has(before) || ((before === 'a' || before === 'an') && SELF_ROLE.has(doc.tokens[m.first - 2]?.norm ?? ''))) continue;
    // An agent followed closely by an action against the goal, and perhaps a second one joined to it:
    // "the force froze promotions and then brought in a new exam".
    let from = m.last;
    let acted = false;
    for (let n = k + 1; n < matches.length; n++) {
      const a = matches[n]!;
      if (a.first - from > ACTION_REACH || doc.tokens[a.first]!.sentence !== sentence) break;
      if (a.value.kind !== 'against') continue;
      if (acted && !joinedAct(doc, from, a.first)) break;
      out.push({ first: acted ? a.first : m.first, last: a.last, explicit: false });
      if (acted) break;
      acted = true;
      from = a.last;
    }
  }
  return out;
}

export const blamesOthers: Rule = {
  id: 'blames_others',
  meta: {
    description: "A missed goal put down to someone else (manager, team, company, economy) with no lesson of one's own.",
    severity: 'serious',
    docs:
      'Blaming phrases (data/blame.yml), sentences whose subject is someone else acting against the goal ("my lead blocked it", "clients were the issue"; ' +
      'anyone named by a role noun counts as someone else, "the consultants wouldn\'t refer", unless the candidate is describing their own role: "as a supervisor I…") ' +
      'and the miss put down to someone else by name ("that was the system", "because of the budget"), ' +
      'another\'s share left undone ("he didn\'t pull his weight", "nobody would do their bit"), what the candidate was denied ("I was never given the budget") ' +
      'and a lone person\'s helplessness ("not something one nurse can fix"); not "something that\'s held me back is that I…", a failing of one\'s own. ' +
      'On missed-goal and career-progress questions one outright phrase or two such signals count; on other questions two with one outright, when the answer talks of a goal. ' +
      'On missed-goal and career-progress questions the shape of the story counts as well, with no blaming word (rules/blame-clauses.ts): three acts of others, or passives with no one named ("the grant was turned down, the lab\'s time was reallocated"), against at most one clause where the speaker acts on the miss (a choice, a mistake, a change: "I kept…", "I didn\'t ask", "I set it without looking"), or two against none; setting the goal and reporting the result are not acts on the miss, and an act granted as fair ("cut them, rightly") is not blame. ' +
      'Acts of others named without blaming words are no blame when the speaker acted on the miss afterwards ("the following year I built a review list"). ' +
      'Never when the answer owns a part of the miss or draws a lesson ("that was on me", "I learned", "what I changed"), unless taken back at once ("partly my fault, but mostly not", "none of that was on me") ' +
      'or the lesson itself blames others ("the lesson I took is that you can\'t rely on other people") or is drawn for others ("the lesson for the organisation was…"); "looking back" and "in hindsight" own a part only when the speaker looks at themselves ("looking back, I should have…", not "looking back, it was always going to be hard").',
  },
  check(doc, context) {
    const asked = asksAboutMisses(context.kind, context.question?.id);
    let found = signals(doc);
    // Blame with no blaming word: every act in the story is someone else's ("the grant was turned down, the lab's time was reallocated").
    if (asked && (found.length === 0 || (found.length < 2 && !found.some((s) => s.explicit)))) {
      found = [...found, ...causesOnOthers(doc).map((c): Signal => ({ first: c.first, last: c.last, explicit: false }))];
    }
    if (found.length === 0 || ownsLesson(doc, found.filter((s) => s.explicit).map((s) => s.first))) return [];
    const explicit = found.some((s) => s.explicit);
    // Others acted against it, but the speaker acted on the miss afterwards ("the next spring I reworked the plan"): no blame.
    if (!explicit && speakerActedAfter(doc)) return [];
    if (asked) {
      if (!explicit && found.length < 2) return [];
    } else if (found.length < 2 || !explicit || !doc.tokens.some((t) => GOAL_WORDS.has(t.norm))) return [];
    return found.map((s): Finding => ({
      ...(s.explicit ? clauseSpan(doc, s.first, s.last, 6) : tokenSpan(doc, s.first, s.last)),
      message: 'The miss is put entirely on other people. Interviewers ask about setbacks to hear what you learned, and blame tells them you might blame them too.',
      suggestion: 'Mention the circumstances in one sentence, then own your part: what you could have done differently, what you changed, and what result that brought.',
    }));
  },
};
