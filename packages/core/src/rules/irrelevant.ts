import type { Rule } from './rule.js';

// First version: to be completed.
export const irrelevant: Rule = {
  id: 'irrelevant',
  meta: { description: 'TODO', severity: 'moderate', docs: 'TODO' },
  check() {
    return [];
  },
};
