/** Goals as the forms edit them (strings, never null), and how an edited goal is saved to its resource. */
import { useMemo, useRef } from 'react';
import type { Goal, GoalType, Horizon } from '@trajectory/core';
import { api, type GoalPatch, type GoalResponse } from '../api.js';
import { useAutosave, type AutosaveState, type AutosaveStore } from '../autosave.js';

export interface StepDraft {
  text: string;
  due: string;
  done: boolean;
}

export interface GoalDraft {
  statement: string;
  horizon: Horizon;
  type: GoalType;
  timeframe: string;
  targetDate: string;
  measure: string;
  steps: StepDraft[];
  servesGoalId: string;
}

export const GOAL_TYPE_LABELS: Record<GoalType, string> = {
  productivity: 'Productivity',
  efficiency: 'Efficiency',
  education: 'Education',
  personal_development: 'Personal development',
  professional_development: 'Professional development',
  leadership: 'Leadership',
  career_change: 'Career change',
  stability: 'Stability',
};

export const HORIZON_LABELS: Record<Horizon, string> = { short: 'Short-term', long: 'Long-term' };

export function toDraft(goal: GoalResponse): GoalDraft {
  return {
    statement: goal.statement,
    horizon: goal.horizon,
    type: goal.type,
    timeframe: goal.timeframe ?? '',
    targetDate: goal.targetDate ?? '',
    measure: goal.measure ?? '',
    steps: goal.steps.map((step) => ({ text: step.text, due: step.due ?? '', done: step.done })),
    servesGoalId: goal.servesGoalId ?? '',
  };
}

/** The core's Goal, for checkGoal and alignGoals. */
export function toCoreGoal(draft: GoalDraft, id?: string): Goal {
  return {
    id,
    statement: draft.statement,
    horizon: draft.horizon,
    type: draft.type,
    timeframe: draft.timeframe || null,
    targetDate: draft.targetDate || null,
    measure: draft.measure || null,
    steps: draft.steps.map((step) => ({ text: step.text, due: step.due || null, done: step.done })),
    servesGoalId: draft.servesGoalId || null,
  };
}

/**
 * The patch that saves a draft. What the server would refuse while it is being typed is left out rather than
 * sent: an empty statement keeps the last one, and steps with no text yet stay on this device only.
 */
export function toPatch(draft: GoalDraft): GoalPatch {
  const patch: GoalPatch = {
    horizon: draft.horizon,
    type: draft.type,
    timeframe: draft.timeframe,
    targetDate: draft.targetDate || null,
    measure: draft.measure,
    steps: draft.steps.filter((step) => step.text.trim() !== '').map((step) => ({ text: step.text, due: step.due || null, done: step.done })),
    servesGoalId: draft.horizon === 'short' && draft.servesGoalId ? draft.servesGoalId : null,
  };
  if (draft.statement.trim()) patch.statement = draft.statement;
  return patch;
}

export const goalKey = (id: string) => `goal:${id}`;

function goalStore(goal: GoalResponse, onSaved?: (goal: GoalResponse) => void): AutosaveStore<GoalDraft> {
  // The list was just loaded: that is the server's copy, no second request.
  return {
    load: async () => ({ value: toDraft(goal), updatedAt: goal.updatedAt }),
    save: async (draft) => {
      const saved = await api.patchGoal(goal.id, toPatch(draft));
      onSaved?.(saved);
      return saved.updatedAt;
    },
  };
}

/** One goal, edited anywhere (the workbook, the progress page's ticks), saved as it is typed. */
export function useGoalDraft(goal: GoalResponse, onSaved?: (goal: GoalResponse) => void): [GoalDraft, (update: (prev: GoalDraft) => GoalDraft) => void, AutosaveState] {
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;
  // One store per goal id: the server copy it starts from is the one the page loaded.
  const first = useRef(goal);
  if (first.current.id !== goal.id) first.current = goal;
  const store = useMemo(() => goalStore(first.current, (saved) => onSavedRef.current?.(saved)), [goal.id]);
  const [draft, setDraft, state] = useAutosave<GoalDraft>(goalKey(goal.id), toDraft(goal), { store });
  return [draft, setDraft, state];
}
