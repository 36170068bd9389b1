import type { Rule } from './rule.js';

// First version: to be completed.
export const blamesOthers: Rule = {
  id: 'blames_others',
  meta: { description: 'TODO', severity: 'moderate', docs: 'TODO' },
  check() {
    return [];
  },
};
