import type { Rule } from './rule.js';

// First version: to be completed.
export const noPlan: Rule = {
  id: 'no_plan',
  meta: { description: 'TODO', severity: 'moderate', docs: 'TODO' },
  check() {
    return [];
  },
};
