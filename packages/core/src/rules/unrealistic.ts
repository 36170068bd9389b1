import type { Rule } from './rule.js';
import { unrealisticClaims } from '../analysis/realism.js';

export const unrealistic: Rule = {
  id: 'unrealistic',
  meta: {
    description: 'A claim out of reach for its timeframe or the speaker\'s level: "CEO in two years" for a graduate, "double revenue in my first month".',
    severity: 'moderate',
    docs: 'Judges titles, running a whole unit, growth and cuts in percent or multiples, money brought in or earned, team sizes and market-wide outcomes against the timeframe said next to them and the experience level, using the table in docs/realism.md. Claims out of reach at any time ("cure Alzheimer\'s") are flagged without a timeframe.',
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
