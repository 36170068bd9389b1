import type { Rule } from './rule.js';

// First version: to be completed.
export const moneyFocus: Rule = {
  id: 'money_focus',
  meta: { description: 'TODO', severity: 'moderate', docs: 'TODO' },
  check() {
    return [];
  },
};
