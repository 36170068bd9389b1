import type { Rule, Finding } from './rule.js';
import { hasConcreteAim, vagueAims } from '../analysis/vagueness.js';
import { aimSentences, wholeAnswer } from '../text/helpers.js';
import type { Doc } from '../text/tokenize.js';
import { expects, hasSomeGoal, severityByExperience } from './missing.js';
import { moneySentences } from './money-focus.js';
import { findTimeframes } from '../text/timeframes.js';

/** Are the aims about pay ("my goal is to be financially secure")? Such an aim is clear, just not a career one: money_focus speaks for it. */
function aimsAreAboutPay(doc: Doc): boolean {
  const money = moneySentences(doc);
  return [...aimSentences(doc)].some((s) => money.has(s));
}

/** Levels at which a direction still open is normal, if a concrete aim and a timeframe come with it. */
const LENIENT = new Set(['graduate', 'early']);

export const unclear: Rule = {
  id: 'unclear',
  meta: {
    description: 'The main aim is vague or unplanned: "something in management maybe", "move up somehow", "see where it goes".',
    severity: 'moderate',
    docs: 'Points at aims with no content ("something more strategic", "interesting stuff", "better myself", "the next level"), at direction left to chance ("whatever comes up", "see where it goes", "not entirely sure", an open "it depends") and at stacked hedges ("maybe X, maybe Y"); a graduate or early-career candidate who states a concrete aim and a measured timeframe may leave the later direction open (only aims with no content count then), and with a concrete aim may weigh named options ("not sure yet whether structures or drainage"); the timing of named things ("the modules as they come up") and a hedge inside a relative clause ("which I think is underdeveloped") are not drift; praise in place of a job ("a rock star analyst") names no role; not knowing only when or how beside a concrete aim is left to no_plan; an aim with no content that an example names at once ("new challenges, such as leading the migration") is clear; a named thing "or something similar" ("an MBA or something similar") is that thing or its like, unless the thing is a broad area ("management or something similar"); "something in X" is as clear as X unless X is broad ("management") or hedged; not-knowing said of others ("the parts they are unsure of") belongs to them. With none of these, an answer that states goals but names no role (a job noun after "be a", "as the" counts: "a firefighter", "the farm foreman"), skill, credential or result (an amount in an aim counts as a result) (and whose aim is not pay, left to money_focus) is flagged as a whole. Not judged on the missed-goal question, which tells of the past. Minor for a graduate, moderate early in a career, serious for experienced and senior candidates.',
  },
  check(doc, context) {
    // A story of a goal missed is about the past: its hedges ("I suppose", "whatever happens") are not an aim for the future.
    if (context.kind === 'missed_goal') return [];
    const severity = severityByExperience(context.experience);
    let vague = vagueAims(doc);
    // Early in a career one may leave the later direction open ("I don't know yet whether backend or infrastructure") once a
    // concrete aim with a measured timeframe is stated; an aim with no content ("something bigger") stays unclear at any level,
    // and an experienced candidate is expected to have chosen.
    if (LENIENT.has(context.experience) && vague.some((v) => v.kind !== 'objects') && hasConcreteAim(doc) && findTimeframes(doc).some((t) => t.kind !== 'relative')) {
      vague = vague.filter((v) => v.kind === 'objects');
    }
    // Early in a career, weighing named options ("not sure yet whether structures or drainage") beside a concrete aim is a choice still open, not a shrug.
    if (LENIENT.has(context.experience) && vague.some((v) => v.choice) && hasConcreteAim(doc)) vague = vague.filter((v) => !v.choice);
    // Not knowing only when or how ("not sure yet when or how") beside a concrete aim leaves the plan open, which no_plan judges.
    if (vague.some((v) => v.timing) && hasConcreteAim(doc)) vague = vague.filter((v) => !v.timing);
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
    if (!asksForGoals || !hasSomeGoal(doc, context) || hasConcreteAim(doc) || aimsAreAboutPay(doc)) return [];
    return [{
      ...wholeAnswer(doc),
      severity,
      message: 'The answer states goals but never names a concrete one: no role, skill, credential or result.',
      suggestion: 'Say what success looks like: a role you want, a skill you will master, a qualification or a result you can measure.',
    }];
  },
};
