import type { Rule } from './rule.js';

// First version: to be completed.
export const selfFocused: Rule = {
  id: 'self_focused',
  meta: { description: 'TODO', severity: 'moderate', docs: 'TODO' },
  check() {
    return [];
  },
};
