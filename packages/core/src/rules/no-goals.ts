import type { Finding, Rule } from './rule.js';
import type { Context } from '../analysis/context.js';
import type { Doc } from '../text/tokenize.js';
import { VOCAB } from '../vocab/generated.js';
import { aimSentences, clauseSpan, entryMatcher, goalSentences, isNegated, wholeAnswer, wordPositions } from '../text/helpers.js';
import { vagueAims } from '../analysis/vagueness.js';

const NO_GOALS = entryMatcher(VOCAB['no-goals']);

const MESSAGE = 'The answer gives no aim for the future, which reads as a lack of drive: the interviewer wants to see where you are heading.';
const SUGGESTION =
  'Name one goal for the next year or two (a skill, a qualification, a responsibility) and one direction for later, even if it is broad, and say how this role helps.';

/** Question kinds where an answer with no future aim at all is missing its point. */
function expectsGoals(context: Context): boolean {
  if (!context.question) return context.kind !== 'missed_goal' && context.kind !== 'reflective';
  return context.question.expects.some((e) => e === 'short_term' || e === 'long_term');
}

const PLAN_NOUNS = new Set([
  'goals', 'goal', 'targets', 'target', 'plans', 'plan', 'planned', 'planning', 'planner', 'aims', 'ambitions', 'ambition', 'objectives', 'career', 'dream', 'step', 'steps',
  // A way to go is a plan by another name: "I don't have a direction of my own", "I haven't looked at the paths".
  'direction', 'path', 'paths',
]);
const PLAN_VERBS = new Set([
  'set', 'have', 'had', 'make', 'made', 'got', 'need', 'needs', 'see', 'write', 'setting', 'making', 'having', 'build', 'building', 'for', 'chase', 'chasing',
  // Not having weighed them: "I haven't really looked at the paths", "never thought about a direction".
  'looked', 'thought', 'considered',
]);
/** Verbs of reaching for something: denied before "anything" ("not aiming at anything", "don't feel the need to push for anything"). */
const REACHING = new Set(['aiming', 'aim', 'chasing', 'chase', 'after', 'striving', 'pushing', 'push', 'need', 'looking', 'working']);
/** "plan" as a verb: "I don't plan drops a driver can't make" plans work, it does not deny a plan. */
const PLAN_VERB_FORMS = new Set(['plan', 'planned', 'planning']);
const VERB_NEGATORS = new Set(["don't", "doesn't", "didn't", 'never', 'not', "won't", "can't", "haven't", "hadn't", 'really']);
/** What may follow a denied "plan" verb and keep it a denial: "I don't plan ahead", "never planned anything", "don't plan my career". */
const DENIED_PLANNING = new Set(['ahead', 'anything', 'much', 'far', 'that', 'beyond', 'too', 'long', 'my', 'any', 'for', 'on', 'out', 'things', 'it', 'at', 'very', 'life', 'career', 'careers', 'years', 'like']);

/** A negated "plan" verb with an object of work after it ("I don't plan drops…"): planning the job, not life. */
function plansWork(doc: Doc, i: number): boolean {
  if (!PLAN_VERB_FORMS.has(doc.tokens[i]!.norm) || !VERB_NEGATORS.has(doc.tokens[i - 1]?.norm ?? '')) return false;
  const next = doc.tokens[i + 1];
  return next !== undefined && next.sentence === doc.tokens[i]!.sentence && next.kind === 'word' && !DENIED_PLANNING.has(next.norm);
}

const DENIED_BE = new Set(["isn't", "aren't", "wasn't", "weren't"]);
const BE = new Set(['is', 'are']);
/** Is the plan word at `i` the subject of a denied "be": "planning isn't…", "goals are not…"? Not "my plan isn't to leave". */
function deniedAfter(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const next = tokens[i + 1];
  if (!next || next.sentence !== tokens[i]!.sentence) return false;
  const denied = DENIED_BE.has(next.norm) ? i + 2 : BE.has(next.norm) && tokens[i + 2]?.norm === 'not' ? i + 3 : -1;
  if (denied < 0) return false;
  // "isn't to leave", "isn't fixed yet": a plan described, not denied.
  const after = tokens[denied]?.norm ?? '';
  if (after === 'really') return DENIED_WHAT.has(tokens[denied + 1]?.norm ?? '');
  return DENIED_WHAT.has(after);
}
/** What a denied plan word is said not to be: "my thing", "something I do", "for me", "a priority", "important". */
const DENIED_WHAT = new Set(['my', 'something', 'for', 'a', 'important', 'high', 'big', 'how', 'what']);

/** Words that open a clause whose subject decides: "if the trust wants me…", "wherever you need me", "whatever they'd rather". */
const DEFERRING_OPENERS = new Set(['if', 'wherever', 'whatever', 'whichever', 'where']);
/** "where" decides only after a move the speaker makes: "I go where the school needs me", not "the point where research needs to scale". */
const MOVES = new Set(['go', 'goes', 'going', 'move', 'moved', 'sent', 'put', 'placed']);
/** The speaker as subject: such a clause is the speaker's own wish ("if I want…"), not another's. */
const FIRST_PERSON = new Set(['i', "i'd", "i'm", "i'll", 'we', "we'd", 'my', 'me']);
/** Verbs of another's wish or need: "wants me teaching", "needs a body", "'d rather I went part-time". */
const WISHES = new Set(['want', 'wants', 'wanted', 'need', 'needs', 'prefer', 'prefers', 'rather', 'decide', 'decides', 'choose', 'chooses', 'think', 'thinks', 'see']);
/** Hands that a choice is left in: "leave that to the trust", "that's up to you". */
const LEAVE = new Set(['leave', 'leaving']);
const LEFT_OBJECTS = new Set(['that', 'it', 'this', 'those', 'things', 'the']);

/** Where a deferred aim may start: an opener, a "leave", or the "up" of "that's up to you". */
const DEFERRING_AT = wordPositions([...DEFERRING_OPENERS, ...LEAVE, 'up']);

/**
 * Sentences that hand the speaker's direction to someone else ("I'd leave that to the trust", "if they want me to take the
 * head of science post, I'll do that", "I go where the school needs me"): the aim is the employer's, so the speaker states none.
 * A clause opened by "if" or "wherever" whose subject is another, with a verb of wishing or needing within a few words, or
 * a choice left to another ("leave that to…", "up to you").
 */
function deferredAims(doc: Doc): { first: number; last: number }[] {
  const { tokens } = doc;
  const out: { first: number; last: number }[] = [];
  for (const i of DEFERRING_AT(doc)) {
    const t = tokens[i]!;
    if (DEFERRING_OPENERS.has(t.norm) && (t.norm !== 'where' || MOVES.has(tokens[i - 1]?.norm ?? ''))) {
      for (let k = i + 1; k <= i + 4 && k < tokens.length && tokens[k]!.sentence === t.sentence && tokens[k]!.kind === 'word'; k++) {
        if (FIRST_PERSON.has(tokens[k]!.norm)) break;
        if (k === i + 1 || !WISHES.has(tokens[k]!.norm)) continue;
        // "if the trust wants me teaching", "if they'd rather I went part-time": another's wish about the speaker.
        // "wherever you need" and "go where the school needs" are the speaker's place by their very opener.
        const aboutMe = ['me', 'i'].includes(tokens[k + 1]?.norm ?? '');
        if (t.norm !== 'if' || aboutMe) out.push({ first: i, last: k + (aboutMe ? 2 : 1) });
        break;
      }
    } else if (LEAVE.has(t.norm) && LEFT_OBJECTS.has(tokens[i + 1]?.norm ?? '')) {
      // "leave that to the trust", "leave the decision to my manager": the choice is another's, not the speaker's ("leave it to me").
      for (let k = i + 2; k <= i + 4 && k < tokens.length && tokens[k]!.sentence === t.sentence; k++) {
        if (tokens[k]!.norm !== 'to') continue;
        const who = tokens[k + 1]?.norm ?? '';
        if (who !== 'me' && who !== 'myself' && who !== 'us' && tokens[k + 1]?.kind === 'word' && !isNegated(doc, i, 3)) out.push({ first: i, last: k + 2 });
        break;
      }
    } else if (t.norm === 'up' && tokens[i + 1]?.norm === 'to' && ['you', 'them', 'the', 'my', 'your'].includes(tokens[i + 2]?.norm ?? '') && (tokens[i - 1]?.norm === "that's" || tokens[i - 1]?.norm === "it's")) {
      out.push({ first: i - 1, last: i + 3 });
    }
  }
  return out;
}

/** Words that turn a sentence round: "I haven't thought about ten years, but next year I want…" keeps its goal. */
const CONTRAST = new Set(['but', 'though', 'although', 'however', 'yet']);

/** Where a denied plan may be: the plan words, and "anything". */
const PLAN_NOUNS_AT = wordPositions([...PLAN_NOUNS, 'anything']);

/**
 * Plans denied in the speaker's words: a plan, goal, ambition or next step with a negated verb shortly before it
 * ("I don't really set professional goals", "never been one for long-range planning", "not someone who needs a next step"),
 * the plan word negated itself ("no real plan", "haven't planned anything"), or reaching for anything denied
 * ("I'm not aiming at anything", "don't feel the need to push for anything more").
 */
function deniedPlans(doc: Doc): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  for (const i of PLAN_NOUNS_AT(doc)) {
    const t = doc.tokens[i]!;
    const reaching = t.norm === 'anything';
    // "long-term planning isn't for me", "goals aren't really something I set": the plan word denied after it.
    if (!reaching && deniedAfter(doc, i)) {
      out.push({ first: i, last: Math.min(doc.tokens.length, i + 3) });
      continue;
    }
    if (!reaching && isNegated(doc, i, 2)) {
      if (!plansWork(doc, i)) out.push({ first: Math.max(0, i - 2), last: i + 1 });
      continue;
    }
    for (let j = i - 1, verb = -1; j >= 0 && j >= i - 5; j--) {
      const b = doc.tokens[j]!;
      if (b.sentence !== t.sentence) break;
      if ((reaching ? REACHING : PLAN_VERBS).has(b.norm)) verb = j;
      if (verb >= 0 && isNegated(doc, verb, 3)) {
        out.push({ first: Math.max(0, verb - 2), last: i + 1 });
        break;
      }
    }
  }
  return out;
}

/** Does the sentence of a denial turn round after it ("…, but next year I want to…")? */
function turnsAfter(doc: Doc, at: number): boolean {
  const s = doc.tokens[at]!.sentence;
  for (let i = at; i < doc.sentences[s]!.last; i++) if (CONTRAST.has(doc.tokens[i]!.norm)) return true;
  return false;
}

export const noGoals: Rule = {
  id: 'no_goals',
  meta: {
    description: 'No aim for the future at all, or says so: "I haven\'t thought about it", "I\'m happy where I am", "I\'ll see where life takes me".',
    severity: 'serious',
    docs:
      'A no-goals phrase (data/no-goals.yml), or a plan, goal, ambition, career or next step denied ("I\'ve never had a plan", "no real plan", "not looking to build a career", "not someone who needs a next step", "planning isn\'t something I do"), or reaching for anything denied ("not aiming at anything"), or a direction or path denied ("I don\'t have a direction of my own", "I haven\'t looked at the paths"), or the direction handed to the employer ("I\'d leave that to the trust", "if they want me to…, I\'ll do that", "wherever you need me", "I go where the school needs me"), counts when the answer states no career goal outside the denying sentences. ' +
      'An answer whose only aim has no content ("move into something else later on") is left to unclear. ' +
      'On questions that expect goals, an answer with no future aim at all (only history) is flagged as a whole.',
  },
  check(doc, context) {
    // Asked about a goal missed, "I won't set a target until…" is a lesson, not a lack of goals.
    if (doc.wordCount === 0 || context.kind === 'missed_goal') return [];
    const denied = deniedPlans(doc);
    // The direction handed to another states no goal, but keeps an aim said beside it ("a bigger role, wherever you need me").
    const denials = [...NO_GOALS.match(doc), ...denied, ...deferredAims(doc)];
    // A sentence that denies a plan ("I'm not someone who needs a next step") states no goal, unless it turns round after the denial.
    const denying = new Set(denied.filter((m) => !turnsAfter(doc, m.last - 1)).map((m) => doc.tokens[m.first]!.sentence));
    const goals = [...goalSentences(doc)].filter((s) => !denying.has(s));
    if (goals.length > 0) return [];
    // An aim with no content ("move into something else in the hotel later on") is an aim: vague (unclear), not absent.
    if (denials.length > 0 && vagueAims(doc).some((v) => v.kind === 'objects' && !denying.has(v.sentence) && aimSentences(doc).has(v.sentence))) return [];
    const said = denials.map((m): Finding => ({ ...clauseSpan(doc, m.first, m.last, 6), message: MESSAGE, suggestion: SUGGESTION }));
    if (said.length > 0) return said;
    if (expectsGoals(context) && aimSentences(doc).size === 0) return [{ ...wholeAnswer(doc), message: MESSAGE, suggestion: SUGGESTION }];
    return [];
  },
};
