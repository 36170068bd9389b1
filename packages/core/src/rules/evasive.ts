import type { Finding, Rule } from './rule.js';
import type { Doc } from '../text/tokenize.js';
import { VOCAB } from '../vocab/generated.js';
import { asksAboutMisses, clauseSpan, entryMatcher, isNegated, namesMiss, ownsLesson, wordPositions } from '../text/helpers.js';

const DODGES = entryMatcher(VOCAB.humblebrag);
/** "…nothing that didn't go to plan": the phrase is a denial only with one of these before it. */
const DENIERS = new Set(['anything', 'nothing', 'not', 'never', "isn't", "there's", 'no']);

const MESSAGES = {
  denial: {
    message: 'Asked about a goal you missed, the answer says there is none. Everyone has missed something; saying otherwise sounds evasive or lacking in self-awareness.',
    suggestion: 'Pick a real goal you did not reach, say briefly why (your part in it), what you changed, and what happened next.',
  },
  humblebrag: {
    message: 'A strength dressed up as a failure ("I care too much") is a humblebrag: interviewers recognise it and it dodges the question.',
    suggestion: 'Replace it with a genuine miss: the goal, what went wrong on your side, the lesson, and how you work differently now.',
  },
};

/** What a "can't think of…" is aimed at when it denies having a miss to tell. */
const EXAMPLES = new Set(['one', 'example', 'examples', 'anything', 'any', 'goal', 'goals', 'miss', 'misses', 'failure', 'failures', 'setback', 'setbacks', 'instance', 'time']);
/** How far after the verb the example may come: "I can't really point to a specific goal". */
const EXAMPLE_REACH = 5;

/** "I can't come up with one", "I couldn't point to a specific goal": a negated verb of producing an example. */
function noExample(doc: Doc, first: number, last: number): boolean {
  if (!isNegated(doc, first, 3)) return false;
  const s = doc.tokens[first]!.sentence;
  for (let i = last; i < doc.tokens.length && i < last + EXAMPLE_REACH; i++) {
    const t = doc.tokens[i]!;
    if (t.sentence !== s || t.kind === 'punct') break;
    if (EXAMPLES.has(t.norm)) return true;
  }
  return false;
}

/** "It'll happen when it happens": a shrug only as a clause of its own, not after one of these. */
const SUBORDINATORS = new Set(['when', 'if', 'whenever', 'until', 'unless', 'before', 'after', 'once']);
const subordinate = (doc: Doc, first: number) => SUBORDINATORS.has(doc.tokens[first - 1]?.norm ?? '');

function denies(doc: Doc, first: number): boolean {
  const s = doc.tokens[first]!.sentence;
  for (let i = first - 1; i >= 0 && i >= first - 6; i--) {
    if (doc.tokens[i]!.sentence !== s) break;
    if (DENIERS.has(doc.tokens[i]!.norm)) return true;
  }
  return false;
}

/** Words that name the miss the question asks for, or its happening: "a goal I didn't reach", "had that happen". */
const MISS_WORDS = new Set(['miss', 'missed', 'misses', 'failure', 'failures', 'setback', 'setbacks', 'happen', 'happened']);
/** Verbs of falling short, after "didn't": "a goal I didn't reach". */
const SHORT_VERBS = new Set(['reach', 'hit', 'meet', 'achieve', 'make']);
const HAVE = new Set(['have', 'had', 'having']);
/** Where the object of "have" ends: "I didn't have time, so I missed it" tells a miss. */
const OBJECT_ENDS = new Set(['so', 'because', 'and', 'but', 'which', 'when', 'until', 'as']);
const SUBSTITUTES = new Set(['than', 'of']);
const HAVE_OR_SUBSTITUTE_AT = wordPositions([...HAVE, ...SUBSTITUTES]);

/**
 * "I don't really have a story about a goal I didn't reach", "I'm not sure I've really had that happen yet": having a miss
 * to tell, denied. And "rather than a miss, …": something else offered in the miss's place. Token ranges of each.
 */
function noMissToTell(doc: Doc): { first: number; last: number }[] {
  const { tokens } = doc;
  const out: { first: number; last: number }[] = [];
  const missAt = (i: number) => {
    const t = tokens[i]!;
    return MISS_WORDS.has(t.norm) || (SHORT_VERBS.has(t.norm) && tokens[i - 1]?.norm === "didn't");
  };
  for (const i of HAVE_OR_SUBSTITUTE_AT(doc)) {
    const t = tokens[i]!;
    if (HAVE.has(t.norm) && isNegated(doc, i, 4)) {
      for (let j = i + 1; j < tokens.length && j <= i + 10; j++) {
        const x = tokens[j]!;
        if (x.sentence !== t.sentence || x.kind === 'punct' || OBJECT_ENDS.has(x.norm)) break;
        if (missAt(j)) {
          out.push({ first: i, last: j + 1 });
          break;
        }
      }
    }
    // "rather than a miss", "instead of a failure"
    const lead = tokens[i - 1]?.norm;
    if (SUBSTITUTES.has(t.norm) && (lead === 'rather' || lead === 'instead')) {
      const k = tokens[i + 1]?.norm === 'a' || tokens[i + 1]?.norm === 'an' ? i + 2 : i + 1;
      if (tokens[k] && tokens[k]!.sentence === t.sentence && MISS_WORDS.has(tokens[k]!.norm)) out.push({ first: i - 1, last: k + 1 });
    }
  }
  return out;
}

/** Present-tense denials of setting goals at all: "I don't really do goals", "I never set myself targets". Not "I didn't set a clear goal", a miss told. */
const PRESENT_DENIALS = new Set(["don't", 'never', 'not']);
const SETTING_AT = wordPositions(['do', 'set', 'make', 'have', 'believe']);
const GOALS = new Set(['goals', 'targets', 'goal', 'target', 'objectives']);
/** "I don't really do goals", "I never set myself targets": no goal, so no miss to tell. Token ranges of each. */
function noGoalsSet(doc: Doc): { first: number; last: number }[] {
  const { tokens } = doc;
  const out: { first: number; last: number }[] = [];
  for (const i of SETTING_AT(doc)) {
    let k = i - 1;
    while (k >= 0 && (tokens[k]!.norm === 'really' || tokens[k]!.norm === 'ever' || tokens[k]!.norm === 'do')) k--;
    if (k < 0 || !PRESENT_DENIALS.has(tokens[k]!.norm) || (tokens[k]!.norm === 'not' && tokens[k - 1]?.norm !== 'do')) continue;
    for (let j = i + 1; j < tokens.length && j <= i + 3 && tokens[j]!.sentence === tokens[i]!.sentence; j++) {
      if (GOALS.has(tokens[j]!.norm)) {
        out.push({ first: k, last: j + 1 });
        break;
      }
    }
  }
  return out;
}

export const evasive: Rule = {
  id: 'evasive',
  meta: {
    description: 'Dodges a question about a missed goal: "I\'ve never really failed", or a humblebrag ("I care too much") instead of a real miss.',
    severity: 'serious',
    docs:
      'On the missed-goal and career-progress questions only. A denial or humblebrag (data/humblebrag.yml), a success offered in place of the miss ("what I\'m proudest of is…"), a shrug said as a clause of its own ("these things happen", not "it\'ll happen when it happens"), a negated verb of producing an example aimed at one ("I can\'t come up with a single one"), having a miss to tell denied ("I\'m not sure I\'ve had that happen yet", "I don\'t really have a story about a goal I didn\'t reach"), something offered "rather than a miss", or goals denied outright in the present ("I don\'t really do goals", not "I didn\'t set a clear goal"), counts unless the answer also names a real miss and draws a lesson from it (data/lessons.yml).',
  },
  check(doc, context) {
    if (!asksAboutMisses(context.kind, context.question?.id)) return [];
    const dodges = DODGES.match(doc).filter((m) =>
      m.value.kind === 'produce'
        ? noExample(doc, m.first, m.last)
        : m.value.phrase === "didn't go to plan"
          ? denies(doc, m.first)
          : m.value.phrase !== 'it happens' || !subordinate(doc, m.first),
    );
    const denials = [...noMissToTell(doc), ...noGoalsSet(doc)];
    // A real miss, owned with a lesson, is the answer the question wants, even if a "too much" slips in.
    if ((dodges.length === 0 && denials.length === 0) || (namesMiss(doc) && ownsLesson(doc))) return [];
    return [
      ...dodges.map((m): Finding => ({ ...clauseSpan(doc, m.first, m.last, 6), ...MESSAGES[m.value.kind === 'humblebrag' ? 'humblebrag' : 'denial'] })),
      ...denials.map((m): Finding => ({ ...clauseSpan(doc, m.first, m.last, 6), ...MESSAGES.denial })),
    ];
  },
};
