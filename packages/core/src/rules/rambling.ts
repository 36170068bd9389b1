import type { Rule } from './rule.js';

// First version: to be completed.
export const rambling: Rule = {
  id: 'rambling',
  meta: { description: 'TODO', severity: 'moderate', docs: 'TODO' },
  check() {
    return [];
  },
};
