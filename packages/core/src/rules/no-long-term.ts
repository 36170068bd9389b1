import type { Rule } from './rule.js';
import { wholeAnswer } from '../text/helpers.js';
import { expects, hasSomeGoal } from './missing.js';

export const noLongTerm: Rule = {
  id: 'no_long_term',
  meta: {
    description: 'The question asks for a long-term goal, and the answer stops at the next year or two.',
    severity: 'moderate',
    docs: 'Raised only where the question expects a long-term goal. A long-term goal is a timeframe of about three years or more ("in five years", "over the next decade"), a cue such as "eventually", "ultimately", "long term" or "for the rest of my career", or an aim at a title the speaker\'s level puts years away ("Regional Director" for a graduate, "moving up toward a VP role"), whatever date is given it. A cue of sequence ("after that", "from there", "beyond that") is as far off as what it follows: after a goal dated within the year it is the next step, still near. "Around year four" is a date. On a question that names a horizon ("Where do you see yourself in five years?"), "by then" or "at that point" names it back. Points at the whole answer.',
  },
  check(doc, context) {
    if (!expects(context, 'long_term') || context.elements.long_term.present || !hasSomeGoal(doc, context)) return [];
    return [{
      ...wholeAnswer(doc),
      message: 'There is no long-term goal: nothing says where you want your career to be in a few years.',
      suggestion: 'Add where you want to be in about five years, and show how your near goals lead there.',
    }];
  },
};
