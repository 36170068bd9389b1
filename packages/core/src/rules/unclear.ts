import type { Rule, Finding } from './rule.js';
import { hasConcreteAim, vagueAims } from '../analysis/vagueness.js';
import { wholeAnswer } from '../text/helpers.js';
import { expects, hasSomeGoal, severityByExperience } from './missing.js';

export const unclear: Rule = {
  id: 'unclear',
  meta: {
    description: 'The main aim is vague or unplanned: "something in management maybe", "move up somehow", "see where it goes".',
    severity: 'moderate',
    docs: 'Points at aims with no content ("something more strategic", "interesting stuff"), at direction left to chance ("whatever comes up", "see where it goes") and at stacked hedges ("maybe X, maybe Y"); with none of these, an answer that states goals but names no role, skill, credential or result is flagged as a whole. Minor for a graduate, moderate early in a career, serious for experienced and senior candidates.',
  },
  check(doc, context) {
    const severity = severityByExperience(context.experience);
    const vague = vagueAims(doc);
    if (vague.length > 0) {
      return vague.map<Finding>((v) => ({
        start: v.start,
        end: v.end,
        severity,
        message: `${v.reason} An interviewer will ask what this means for you concretely.`,
        suggestion: 'Replace it with the role, skill or result you are aiming for, and a rough timeframe ("move into product analytics within two years").',
      }));
    }
    // Only questions that ask for goals need a concrete one; a story of a missed goal or a proud moment does not.
    const asksForGoals = expects(context, 'plan') || expects(context, 'long_term') || expects(context, 'short_term');
    if (!asksForGoals || !hasSomeGoal(doc, context) || hasConcreteAim(doc)) return [];
    return [{
      ...wholeAnswer(doc),
      severity,
      message: 'The answer states goals but never names a concrete one: no role, skill, credential or result.',
      suggestion: 'Say what success looks like: a role you want, a skill you will master, a qualification or a result you can measure.',
    }];
  },
};
