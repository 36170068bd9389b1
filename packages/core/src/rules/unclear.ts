import type { Rule } from './rule.js';

// First version: to be completed.
export const unclear: Rule = {
  id: 'unclear',
  meta: { description: 'TODO', severity: 'moderate', docs: 'TODO' },
  check() {
    return [];
  },
};
