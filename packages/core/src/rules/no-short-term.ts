import type { Rule } from './rule.js';
import { wholeAnswer } from '../text/helpers.js';
import { expects, hasSomeGoal } from './missing.js';

export const noShortTerm: Rule = {
  id: 'no_short_term',
  meta: {
    description: 'The question asks for short- and long-term goals, and the answer names nothing for the next year or two.',
    severity: 'moderate',
    docs: 'Raised only where the question expects a short-term goal. A short-term goal is a timeframe of up to about two years ("in my first year", "within 18 months") or a cue such as "right now" or "in this role" in a sentence that states an aim. Points at the whole answer.',
  },
  check(doc, context) {
    if (!expects(context, 'short_term') || context.elements.short_term.present || !hasSomeGoal(doc, context)) return [];
    return [{
      ...wholeAnswer(doc),
      message: 'There is no short-term goal: nothing says what you want to achieve in the next year or two.',
      suggestion: 'Add one near goal, with a timeframe, that leads toward your long-term aim ("In my first year I want to…").',
    }];
  },
};
