import type { Rule } from './rule.js';

// First version: to be completed.
export const noLongTerm: Rule = {
  id: 'no_long_term',
  meta: { description: 'TODO', severity: 'moderate', docs: 'TODO' },
  check() {
    return [];
  },
};
