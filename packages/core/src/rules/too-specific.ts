import type { Rule } from './rule.js';

// First version: to be completed.
export const tooSpecific: Rule = {
  id: 'too_specific',
  meta: { description: 'TODO', severity: 'moderate', docs: 'TODO' },
  check() {
    return [];
  },
};
