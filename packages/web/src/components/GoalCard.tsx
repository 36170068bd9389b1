/** One goal in the workbook: every field, the action steps, and beside it the SMART check updating as it is typed. */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { checkGoal, GOAL_TYPES, HORIZONS, type ExperienceLevel, type GoalType, type Horizon } from '@trajectory/core';
import type { GoalResponse } from '../api.js';
import { GOAL_TYPE_LABELS, HORIZON_LABELS, toCoreGoal, useGoalDraft, type GoalDraft, type StepDraft } from '../lib/goals.js';
import { todayIso } from '../lib/dates.js';
import { SaveStatus } from './SaveStatus.js';
import { SmartCheck } from './SmartCheck.js';

interface Props {
  goal: GoalResponse;
  /** Position in the list, for labels ("Goal 2"). */
  index: number;
  /** The long-term goals a short-term one can serve (live statements). */
  longGoals: { id: string; statement: string }[];
  experience: ExperienceLevel | undefined;
  role: string;
  onDraft: (id: string, draft: GoalDraft) => void;
  onSaved: (goal: GoalResponse) => void;
  onDelete: (id: string) => Promise<void>;
}

export function GoalCard({ goal, index, longGoals, experience, role, onDraft, onSaved, onDelete }: Props) {
  const [draft, setDraft, saved] = useGoalDraft(goal, onSaved);
  const [confirming, setConfirming] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const id = useId();
  const newStepRef = useRef<number | null>(null);
  const stepInputs = useRef<(HTMLInputElement | null)[]>([]);

  useEffect(() => onDraft(goal.id, draft), [goal.id, draft, onDraft]);
  useEffect(() => {
    if (newStepRef.current !== null) {
      stepInputs.current[newStepRef.current]?.focus();
      newStepRef.current = null;
    }
  }, [draft.steps.length]);

  const today = todayIso();
  const check = useMemo(() => checkGoal(toCoreGoal(draft, goal.id), { experience, role, today }), [draft, goal.id, experience, role, today]);

  const set = <K extends keyof GoalDraft>(field: K, value: GoalDraft[K]) => setDraft((prev) => ({ ...prev, [field]: value }));
  const setStep = (at: number, change: Partial<StepDraft>) =>
    setDraft((prev) => ({ ...prev, steps: prev.steps.map((step, i) => (i === at ? { ...step, ...change } : step)) }));
  const addStep = () => {
    newStepRef.current = draft.steps.length;
    setDraft((prev) => ({ ...prev, steps: [...prev.steps, { text: '', due: '', done: false }] }));
  };
  const removeStep = (at: number) => setDraft((prev) => ({ ...prev, steps: prev.steps.filter((_, i) => i !== at) }));

  const title = draft.statement.trim() || `Goal ${index + 1}`;
  const servable = longGoals.filter((g) => g.id !== goal.id);

  return (
    <article className={`card goal-card goal--${draft.horizon}`} aria-labelledby={`${id}-title`} data-goal-id={goal.id}>
      <div className="card__head">
        <h3 id={`${id}-title`}>
          <span className="badge badge--accent">{HORIZON_LABELS[draft.horizon]}</span> <span className="goal-card__title">{title}</span>
        </h3>
        <SaveStatus state={saved} label={`Goal ${index + 1}`} />
      </div>
      <div className="goal">
        <div>
          <div className="field">
            <label htmlFor={`${id}-statement`}>Goal</label>
            <textarea id={`${id}-statement`} rows={2} value={draft.statement} onChange={(e) => set('statement', e.target.value)} />
          </div>
          <div className="row">
            <fieldset className="field">
              <legend>Horizon</legend>
              <div className="choices">
                {HORIZONS.map((horizon: Horizon) => (
                  <label key={horizon} className="choice">
                    <input type="radio" name={`${id}-horizon`} value={horizon} checked={draft.horizon === horizon} onChange={() => set('horizon', horizon)} />
                    {HORIZON_LABELS[horizon]}
                  </label>
                ))}
              </div>
            </fieldset>
            <div className="field">
              <label htmlFor={`${id}-type`}>Type</label>
              <select id={`${id}-type`} value={draft.type} onChange={(e) => set('type', e.target.value as GoalType)}>
                {GOAL_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {GOAL_TYPE_LABELS[type]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="row" style={{ marginTop: '1rem' }}>
            <div className="field">
              <label htmlFor={`${id}-timeframe`}>Timeframe</label>
              <input
                id={`${id}-timeframe`}
                type="text"
                placeholder={draft.horizon === 'short' ? 'e.g. within 12 months' : 'e.g. in five years'}
                value={draft.timeframe}
                onChange={(e) => set('timeframe', e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-date`}>Target date</label>
              <input id={`${id}-date`} type="date" value={draft.targetDate} onChange={(e) => set('targetDate', e.target.value)} />
            </div>
          </div>
          <div className="field" style={{ marginTop: '1rem' }}>
            <label htmlFor={`${id}-measure`}>How you will know you got there</label>
            <input
              id={`${id}-measure`}
              type="text"
              placeholder="e.g. the certificate passed, a figure before and after"
              value={draft.measure}
              onChange={(e) => set('measure', e.target.value)}
            />
          </div>
          {draft.horizon === 'short' ? (
            <div className="field">
              <label htmlFor={`${id}-serves`}>The long-term goal it leads to</label>
              <select id={`${id}-serves`} value={draft.servesGoalId} onChange={(e) => set('servesGoalId', e.target.value)}>
                <option value="">{servable.length ? 'Not linked yet' : 'Add a long-term goal to link it'}</option>
                {servable.map((long) => (
                  <option key={long.id} value={long.id}>
                    {long.statement.trim() || 'Untitled long-term goal'}
                  </option>
                ))}
              </select>
            </div>
          ) : null}

          <fieldset>
            <legend>Action steps</legend>
            {draft.steps.length === 0 ? <p className="hint">The activities and milestones that lead to this goal, each with a date.</p> : null}
            <ol className="steps">
              {draft.steps.map((step, at) => (
                <li key={at}>
                  <input
                    type="checkbox"
                    checked={step.done}
                    aria-label={`Step ${at + 1} done`}
                    onChange={(e) => setStep(at, { done: e.target.checked })}
                  />
                  <input
                    type="text"
                    ref={(el) => {
                      stepInputs.current[at] = el;
                    }}
                    aria-label={`Step ${at + 1}`}
                    placeholder="e.g. enrol in the course"
                    className={step.done ? 'done' : undefined}
                    value={step.text}
                    onChange={(e) => setStep(at, { text: e.target.value })}
                  />
                  <input type="date" aria-label={`Step ${at + 1} due date`} value={step.due} onChange={(e) => setStep(at, { due: e.target.value })} />
                  <button type="button" className="btn btn--danger btn--small" onClick={() => removeStep(at)} aria-label={`Remove step ${at + 1}`}>
                    Remove
                  </button>
                </li>
              ))}
            </ol>
            <button type="button" className="btn btn--ghost btn--small" onClick={addStep}>
              + Add a step
            </button>
          </fieldset>

          <div className="actions">
            {confirming ? (
              <>
                <span>Delete this goal and its steps?</span>
                <button
                  type="button"
                  className="btn btn--danger btn--small"
                  onClick={() => onDelete(goal.id).catch((error: Error) => setDeleteError(error.message))}
                >
                  Yes, delete
                </button>
                <button type="button" className="btn btn--ghost btn--small" onClick={() => setConfirming(false)}>
                  Keep it
                </button>
              </>
            ) : (
              <button type="button" className="btn btn--danger btn--small" onClick={() => setConfirming(true)}>
                Delete goal
              </button>
            )}
            {deleteError ? <span className="error-text">{deleteError}</span> : null}
          </div>
        </div>
        <SmartCheck check={check} headingId={`${id}-smart`} />
      </div>
    </article>
  );
}
