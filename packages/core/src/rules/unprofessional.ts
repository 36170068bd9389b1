import type { Rule } from './rule.js';

// First version: to be completed.
export const unprofessional: Rule = {
  id: 'unprofessional',
  meta: { description: 'TODO', severity: 'moderate', docs: 'TODO' },
  check() {
    return [];
  },
};
