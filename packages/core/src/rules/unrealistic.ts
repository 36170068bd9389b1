import type { Rule } from './rule.js';
import { unrealisticClaims } from '../analysis/realism.js';

export const unrealistic: Rule = {
  id: 'unrealistic',
  meta: {
    description: 'A claim out of reach for its timeframe or the speaker\'s level: "CEO in two years" for a graduate, "double revenue in my first month".',
    severity: 'moderate',
    docs: 'Judges titles, running a whole unit, growth and cuts in percent or multiples, money brought in or earned, team sizes, market-wide outcomes and rankings ("the best-known brand in the country"), rankings over the speaker\'s own employer ("the best analyst in the company", "number one across all the branches", judged as topping the table), and fixed-length routes squeezed short ("the four-year apprenticeship in a year") against the timeframe said next to them and the experience level, using the table in docs/realism.md. Titles on a profession\'s own ladder (a junior doctor to "consultant cardiologist", a lecturer to "professor" or "vice-chancellor", a nurse to "nurse consultant") are placed on the same title levels by the length of their route, and "running the firm" is running the whole company. Fluency counts only in a language ("fluent in Storyline" is knowing a tool). A role that itself leads people (a supervisor) is hired to run a team: its size is judged a level up. A level to stay past ("above 100%") is no absolute. Claims out of reach at any time ("cure Alzheimer\'s", "the most famous X in the world", a cure verb with a disease as its object: "to have cured pancreatic cancer") are flagged without a timeframe; a goal set or promised in the past ("two years ago I set a goal to…", "I promised the board we would…") is not judged, and a timeframe does not reach past a semicolon into a clause of its own ("…by year one; at my last job I cut it from 900 to 300").',
  },
  check(doc, context) {
    return unrealisticClaims(doc, context.timeframes, context.experience, { role: context.role }).map((claim) => ({
      start: claim.start,
      end: claim.end,
      message: claim.reason,
      suggestion: claim.suggestion,
    }));
  },
};
