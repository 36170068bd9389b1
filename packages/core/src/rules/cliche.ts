import type { Rule } from './rule.js';

// First version: to be completed.
export const cliche: Rule = {
  id: 'cliche',
  meta: { description: 'TODO', severity: 'moderate', docs: 'TODO' },
  check() {
    return [];
  },
};
