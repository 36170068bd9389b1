/** Reading goals and targets defensively: they come from forms and storage, so any field may be missing or mistyped. */
import type { ActionStep, Goal, Target } from './types.js';

export const str = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

export function goalList(goals: unknown): Goal[] {
  return Array.isArray(goals) ? goals.filter((g): g is Goal => typeof g === 'object' && g !== null) : [];
}

export function stepList(goal: Goal): ActionStep[] {
  const steps: unknown = goal.steps;
  return Array.isArray(steps) ? steps.filter((s): s is ActionStep => typeof s === 'object' && s !== null && str(s.text).trim() !== '') : [];
}

/** Everything a goal says: its statement, how it is measured and its steps. */
export function goalText(goal: Goal): string {
  return [str(goal.statement), str(goal.measure), ...stepList(goal).map((s) => str(s.text))].filter((t) => t.trim()).join('\n');
}

/** Everything a target says: role, job description and notes, each ending its own sentence. */
export function targetText(target: Target | null | undefined): string {
  if (!target || typeof target !== 'object') return '';
  return [str(target.role), str(target.description), str(target.notes)].filter((t) => t.trim()).join('\n');
}
