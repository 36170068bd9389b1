/** Adds a goal: its first words are a draft (kept while the server is away), the goal is created on "Add". */
import { useId, useMemo, useState } from 'react';
import { checkGoal, GOAL_TYPES, HORIZONS, type ExperienceLevel, type GoalType, type Horizon } from '@trajectory/core';
import { api, errorMessage, type GoalResponse } from '../api.js';
import { useAutosave } from '../autosave.js';
import { GOAL_TYPE_LABELS, HORIZON_LABELS } from '../lib/goals.js';
import { todayIso } from '../lib/dates.js';
import { SmartCheck } from './SmartCheck.js';

interface NewGoal {
  statement: string;
  horizon: Horizon;
  type: GoalType;
}

const EMPTY: NewGoal = { statement: '', horizon: 'short', type: 'professional_development' };

export function GoalComposer({ onCreated, experience, role }: { onCreated: (goal: GoalResponse) => void; experience: ExperienceLevel | undefined; role: string }) {
  const [draft, setDraft] = useAutosave<NewGoal>('goal:new', EMPTY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const today = todayIso();
  const check = useMemo(() => checkGoal({ ...draft }, { experience, role, today }), [draft, experience, role, today]);

  const add = async () => {
    if (!draft.statement.trim()) {
      setError('Write the goal first.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const goal = await api.createGoal({ statement: draft.statement, horizon: draft.horizon, type: draft.type });
      setDraft({ ...EMPTY, horizon: draft.horizon });
      onCreated(goal);
    } catch (reason) {
      setError(`${errorMessage(reason)} Your words are kept; try again in a moment.`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Add a goal</h3>
      <div className="goal">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-statement`}>Goal</label>
            <textarea
              id={`${id}-statement`}
              rows={2}
              placeholder={draft.horizon === 'short' ? 'e.g. Complete a certificate in cloud security within a year' : 'e.g. Lead a data team within five years'}
              value={draft.statement}
              onChange={(e) => setDraft((prev) => ({ ...prev, statement: e.target.value }))}
            />
          </div>
          <div className="row">
            <fieldset className="field">
              <legend>Horizon</legend>
              <div className="choices">
                {HORIZONS.map((horizon) => (
                  <label key={horizon} className="choice">
                    <input
                      type="radio"
                      name={`${id}-horizon`}
                      value={horizon}
                      checked={draft.horizon === horizon}
                      onChange={() => setDraft((prev) => ({ ...prev, horizon }))}
                    />
                    {HORIZON_LABELS[horizon]}
                  </label>
                ))}
              </div>
            </fieldset>
            <div className="field">
              <label htmlFor={`${id}-type`}>Type</label>
              <select id={`${id}-type`} value={draft.type} onChange={(e) => setDraft((prev) => ({ ...prev, type: e.target.value as GoalType }))}>
                {GOAL_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {GOAL_TYPE_LABELS[type]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="actions" style={{ marginTop: '1rem' }}>
            <button type="submit" className="btn" disabled={busy}>
              {busy ? 'Adding…' : 'Add goal'}
            </button>
            <span className="hint">Then give it a date, a measure and its steps.</span>
          </div>
          {error ? (
            <p className="error-text" role="alert">
              {error}
            </p>
          ) : null}
        </form>
        {draft.statement.trim() ? <SmartCheck check={check} headingId={`${id}-smart`} /> : <div />}
      </div>
    </section>
  );
}
