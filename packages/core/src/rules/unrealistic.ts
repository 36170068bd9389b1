import type { Rule } from './rule.js';

// First version: to be completed.
export const unrealistic: Rule = {
  id: 'unrealistic',
  meta: { description: 'TODO', severity: 'moderate', docs: 'TODO' },
  check() {
    return [];
  },
};
