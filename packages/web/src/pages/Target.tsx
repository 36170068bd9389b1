/**
 * Target: which goals the job description supports, and what it asks that no goal touches. The match is core's
 * alignGoals, run in the browser, so it follows the notes as they are typed.
 */
import { useId, useMemo, useState } from 'react';
import { alignGoals } from '@trajectory/core';
import { api, type GoalResponse, type TargetResponse } from '../api.js';
import { useAutosave, type AutosaveStore } from '../autosave.js';
import { SaveStatus } from '../components/SaveStatus.js';
import { GOAL_TYPE_LABELS, HORIZON_LABELS } from '../lib/goals.js';
import { currentTarget } from '../lib/target.js';
import { useLoad } from '../lib/useLoad.js';
import { Link } from '../router.js';

function notesStore(target: TargetResponse): AutosaveStore<string> {
  return {
    load: async () => ({ value: target.notes ?? '', updatedAt: target.updatedAt }),
    save: async (notes) => (await api.patchTarget(target.id, { notes })).updatedAt,
  };
}

function Alignment({ target, goals }: { target: TargetResponse; goals: GoalResponse[] }) {
  const store = useMemo(() => notesStore(target), [target]);
  const [notes, setNotes, saved] = useAutosave<string>(`target-notes:${target.id}`, target.notes ?? '', { store });
  const id = useId();
  const alignment = useMemo(() => alignGoals(goals, { ...target, notes }), [goals, target, notes]);
  const byId = new Map(goals.map((g) => [g.id, g]));
  const supported = alignment.goals.filter((g) => g.supported);
  const unsupported = alignment.goals.filter((g) => !g.supported);

  return (
    <>
      <div className="card">
        <div className="card__head">
          <h2>
            {target.role} at {target.company}
          </h2>
          <Link to="/" className="small">
            Edit the job
          </Link>
        </div>
        {target.description ? (
          <details>
            <summary>The job description</summary>
            <p className="answer-text">{target.description}</p>
          </details>
        ) : (
          <p className="muted">
            There is no job description yet. <Link to="/">Paste it on the start page</Link> for a closer match.
          </p>
        )}
        <div className="field" style={{ marginTop: '1rem' }}>
          <div className="card__head" style={{ marginBottom: 0 }}>
            <label htmlFor={`${id}-notes`}>What you know about the company</label>
            <SaveStatus state={saved} label="Notes" />
          </div>
          <span className="hint" id={`${id}-notes-hint`}>
            Its training, mentoring, products, values: what you found out yourself. It counts towards the match.
          </span>
          <textarea id={`${id}-notes`} rows={4} aria-describedby={`${id}-notes-hint`} value={notes} onChange={(e) => setNotes(e.target.value)} />
        </div>
      </div>

      <div className="grid-2">
        <section className="card" aria-labelledby={`${id}-supported`} data-testid="supported">
          <h2 id={`${id}-supported`}>Goals this job supports</h2>
          {supported.length === 0 ? (
            <p className="muted">None yet. Look at what the job offers below, and see whether a goal could grow towards it.</p>
          ) : (
            <ul className="align-list">
              {supported.map((g, i) => {
                const goal = g.goalId ? byId.get(g.goalId) : undefined;
                return (
                  <li key={g.goalId ?? i}>
                    <p>
                      <span className="badge badge--good">Supported</span>{' '}
                      {goal ? <span className="badge">{HORIZON_LABELS[goal.horizon]} · {GOAL_TYPE_LABELS[goal.type]}</span> : null}
                    </p>
                    <p>
                      <strong>{g.statement}</strong>
                    </p>
                    <p className="small muted">The job mentions:</p>
                    <ul className="pill-list">
                      {g.matches.map((word) => (
                        <li key={word}>{word}</li>
                      ))}
                    </ul>
                  </li>
                );
              })}
            </ul>
          )}
          {unsupported.length > 0 ? (
            <>
              <h3 style={{ marginTop: '1.25rem' }}>Not supported by this job</h3>
              <p className="small muted">Nothing in the description speaks to these. In the interview, lead with the supported ones.</p>
              <ul className="align-list">
                {unsupported.map((g, i) => (
                  <li key={g.goalId ?? i}>{g.statement}</li>
                ))}
              </ul>
            </>
          ) : null}
        </section>

        <section className="card" aria-labelledby={`${id}-untouched`} data-testid="untouched">
          <h2 id={`${id}-untouched`}>What the job asks that no goal touches</h2>
          {alignment.untouched.length === 0 ? (
            <p className="muted">Your goals cover every theme the description raises.</p>
          ) : (
            <>
              <p className="small muted">Consider a goal, or a step in a plan, that answers one of these.</p>
              <ul className="align-list">
                {alignment.untouched.map((theme) => (
                  <li key={theme.theme}>
                    <strong className="theme-name">{theme.theme}</strong>
                    <ul className="pill-list">
                      {theme.words.map((word) => (
                        <li key={word}>{word}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
              <p style={{ marginTop: '1rem' }}>
                <Link to="/workbook">Add or change a goal in the workbook</Link>
              </p>
            </>
          )}
        </section>
      </div>
    </>
  );
}

export default function TargetPage() {
  const data = useLoad(() => Promise.all([api.listTargets(), api.listGoals()]), []);
  const [chosen, setChosen] = useState<string | null>(null);
  const [targets, goals] = data.data ?? [[], []];
  const target = targets.find((t) => t.id === chosen) ?? currentTarget(targets);

  return (
    <section aria-labelledby="target-title">
      <h1 id="target-title">Target</h1>
      <p className="page-intro">
        Interviewers want goals that fit what their company and this role can offer. Here is how yours match the job.
      </p>
      {data.loading && !data.data ? <p className="loading">Loading…</p> : null}
      {data.error && !data.data ? (
        <p className="empty" role="alert">
          {data.offline ? 'The match will appear when the server is back.' : `The job could not be loaded: ${data.error}`}
        </p>
      ) : null}
      {data.data && !target ? (
        <p className="empty">
          No job yet. <Link to="/">Tell Trajectory the role and company</Link> you are preparing for.
        </p>
      ) : null}
      {targets.length > 1 && target ? (
        <div className="field" style={{ maxWidth: '28rem' }}>
          <label htmlFor="target-choice">Job</label>
          <select id="target-choice" value={target.id} onChange={(e) => setChosen(e.target.value)}>
            {targets.map((t) => (
              <option key={t.id} value={t.id}>
                {t.role} at {t.company}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {target && goals.length === 0 ? (
        <p className="empty">
          No goals yet to match. <Link to="/workbook">Write them in the workbook</Link>.
        </p>
      ) : null}
      {target ? <Alignment key={target.id} target={target} goals={goals} /> : null}
      {target && goals.length > 0 ? (
        <div className="actions">
          <Link to="/studio" className="btn">
            Next: build your answer
          </Link>
        </div>
      ) : null}
    </section>
  );
}
