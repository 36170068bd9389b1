import type { Finding, Rule } from './rule.js';
import type { Context } from '../analysis/context.js';
import { VOCAB } from '../vocab/generated.js';
import { aimSentences, clauseSpan, entryMatcher, goalSentences, wholeAnswer } from '../text/helpers.js';

const NO_GOALS = entryMatcher(VOCAB['no-goals']);

const MESSAGE = 'The answer gives no aim for the future, which reads as a lack of drive: the interviewer wants to see where you are heading.';
const SUGGESTION =
  'Name one goal for the next year or two (a skill, a qualification, a responsibility) and one direction for later, even if it is broad, and say how this role helps.';

/** Question kinds where an answer with no future aim at all is missing its point. */
function expectsGoals(context: Context): boolean {
  if (!context.question) return context.kind !== 'missed_goal' && context.kind !== 'reflective';
  return context.question.expects.some((e) => e === 'short_term' || e === 'long_term');
}

export const noGoals: Rule = {
  id: 'no_goals',
  meta: {
    description: 'No aim for the future at all, or says so: "I haven\'t thought about it", "I\'m happy where I am", "I\'ll see where life takes me".',
    severity: 'serious',
    docs:
      'A no-goals phrase (data/no-goals.yml) counts when the answer states no career goal elsewhere. ' +
      'On questions that expect goals, an answer with no future aim at all (only history) is flagged as a whole.',
  },
  check(doc, context) {
    if (doc.wordCount === 0) return [];
    const goals = goalSentences(doc);
    if (goals.size > 0) return [];
    const said = NO_GOALS.match(doc).map((m): Finding => ({ ...clauseSpan(doc, m.first, m.last, 6), message: MESSAGE, suggestion: SUGGESTION }));
    if (said.length > 0) return said;
    if (expectsGoals(context) && aimSentences(doc).size === 0) return [{ ...wholeAnswer(doc), message: MESSAGE, suggestion: SUGGESTION }];
    return [];
  },
};
