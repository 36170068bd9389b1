import type { Rule } from './rule.js';

// First version: to be completed.
export const evasive: Rule = {
  id: 'evasive',
  meta: { description: 'TODO', severity: 'moderate', docs: 'TODO' },
  check() {
    return [];
  },
};
