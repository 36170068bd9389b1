import type { Rule } from './rule.js';

// First version: to be completed.
export const noShortTerm: Rule = {
  id: 'no_short_term',
  meta: { description: 'TODO', severity: 'moderate', docs: 'TODO' },
  check() {
    return [];
  },
};
