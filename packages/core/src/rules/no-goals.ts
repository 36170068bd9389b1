import type { Rule } from './rule.js';

// First version: to be completed.
export const noGoals: Rule = {
  id: 'no_goals',
  meta: { description: 'TODO', severity: 'moderate', docs: 'TODO' },
  check() {
    return [];
  },
};
