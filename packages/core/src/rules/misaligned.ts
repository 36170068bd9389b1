import type { Rule } from './rule.js';

// First version: to be completed.
export const misaligned: Rule = {
  id: 'misaligned',
  meta: { description: 'TODO', severity: 'moderate', docs: 'TODO' },
  check() {
    return [];
  },
};
