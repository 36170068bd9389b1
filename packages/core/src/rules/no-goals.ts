import type { Finding, Rule } from './rule.js';
import type { Context } from '../analysis/context.js';
import type { Doc } from '../text/tokenize.js';
import { VOCAB } from '../vocab/generated.js';
import { aimSentences, clauseSpan, entryMatcher, goalSentences, isNegated, wholeAnswer } from '../text/helpers.js';

const NO_GOALS = entryMatcher(VOCAB['no-goals']);

const MESSAGE = 'The answer gives no aim for the future, which reads as a lack of drive: the interviewer wants to see where you are heading.';
const SUGGESTION =
  'Name one goal for the next year or two (a skill, a qualification, a responsibility) and one direction for later, even if it is broad, and say how this role helps.';

/** Question kinds where an answer with no future aim at all is missing its point. */
function expectsGoals(context: Context): boolean {
  if (!context.question) return context.kind !== 'missed_goal' && context.kind !== 'reflective';
  return context.question.expects.some((e) => e === 'short_term' || e === 'long_term');
}

const PLAN_NOUNS = new Set(['goals', 'goal', 'targets', 'target', 'plans', 'plan', 'aims', 'ambitions', 'ambition', 'objectives', 'career', 'dream']);
const PLAN_VERBS = new Set(['set', 'have', 'had', 'make', 'made', 'got', 'need', 'see', 'write', 'setting', 'making', 'having', 'build', 'building', 'for', 'chase', 'chasing']);

/** "I don't really set professional goals", "I've never had a plan", "not looking to build a career", "not one for big ambitions". */
function deniedPlans(doc: Doc): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  doc.tokens.forEach((t, i) => {
    if (!PLAN_NOUNS.has(t.norm)) return;
    let verb = -1;
    for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
      const b = doc.tokens[j]!;
      if (b.sentence !== t.sentence) break;
      if (PLAN_VERBS.has(b.norm)) verb = j;
      if (verb >= 0 && isNegated(doc, verb, 3)) {
        out.push({ first: Math.max(0, verb - 2), last: i + 1 });
        return;
      }
    }
  });
  return out;
}

export const noGoals: Rule = {
  id: 'no_goals',
  meta: {
    description: 'No aim for the future at all, or says so: "I haven\'t thought about it", "I\'m happy where I am", "I\'ll see where life takes me".',
    severity: 'serious',
    docs:
      'A no-goals phrase (data/no-goals.yml), or a plan, goal, ambition or career denied ("I\'ve never had a plan", "not looking to build a career"), counts when the answer states no career goal elsewhere. ' +
      'On questions that expect goals, an answer with no future aim at all (only history) is flagged as a whole.',
  },
  check(doc, context) {
    // Asked about a goal missed, "I won't set a target until…" is a lesson, not a lack of goals.
    if (doc.wordCount === 0 || context.kind === 'missed_goal') return [];
    const goals = goalSentences(doc);
    if (goals.size > 0) return [];
    const said = [...NO_GOALS.match(doc), ...deniedPlans(doc)].map((m): Finding => ({ ...clauseSpan(doc, m.first, m.last, 6), message: MESSAGE, suggestion: SUGGESTION }));
    if (said.length > 0) return said;
    if (expectsGoals(context) && aimSentences(doc).size === 0) return [{ ...wholeAnswer(doc), message: MESSAGE, suggestion: SUGGESTION }];
    return [];
  },
};
