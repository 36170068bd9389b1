import type { Rule } from './rule.js';

// First version: to be completed.
export const leavingSoon: Rule = {
  id: 'leaving_soon',
  meta: { description: 'TODO', severity: 'moderate', docs: 'TODO' },
  check() {
    return [];
  },
};
