/** Progress: scores per question over attempts, every attempt with its feedback, and the goals' action steps with their ticks. */
import { useEffect, useId, useMemo, useState } from 'react';
import { getQuestion } from '@trajectory/core';
import { api, errorMessage, type AttemptResponse, type AttemptSummary, type GoalResponse } from '../api.js';
import { AnalysisView } from '../components/AnalysisView.js';
import { SaveStatus } from '../components/SaveStatus.js';
import { ScoreChart, type Series } from '../components/ScoreChart.js';
import { formatDay, formatMoment, todayIso } from '../lib/dates.js';
import { useGoalDraft } from '../lib/goals.js';
import { useLoad } from '../lib/useLoad.js';
import { Link, useSearchParams } from '../router.js';

const questionText = (id: string) => getQuestion(id)?.text ?? id;

/** One attempt: a summary line that opens to the answer and its feedback (fetched when first opened). */
function AttemptItem({ summary, number, open: openAtStart }: { summary: AttemptSummary; number: number; open: boolean }) {
  const [open, setOpen] = useState(openAtStart);
  const [attempt, setAttempt] = useState<AttemptResponse | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open || attempt) return;
    let cancelled = false;
    api.getAttempt(summary.id).then(
      (full) => !cancelled && setAttempt(full),
      (reason: unknown) => !cancelled && setError(errorMessage(reason)),
    );
    return () => {
      cancelled = true;
    };
  }, [open, attempt, summary.id]);

  const flags = summary.flags.length;
  return (
    <li id={`attempt-${summary.id}`}>
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="attempt">
        <summary>
          <strong>Attempt {number}</strong>
          <span className="muted">{formatMoment(summary.createdAt)}</span>
          <span>
            Score <span className="score">{summary.score}</span>
          </span>
          <span className={flags ? 'badge badge--warn' : 'badge badge--good'}>{flags === 0 ? 'No red flags' : `${flags} red flag${flags === 1 ? '' : 's'}`}</span>
        </summary>
        <div className="attempt-body">
          {error ? <p className="error-text">The feedback could not be loaded: {error}</p> : null}
          {!attempt && !error ? <p className="loading">Loading the feedback…</p> : null}
          {attempt ? <AnalysisView answer={attempt.answer} analysis={attempt.analysis} expects={getQuestion(attempt.questionId)?.expects} headingLevel={3} /> : null}
        </div>
      </details>
    </li>
  );
}

/** One goal's steps with their due dates and done ticks; a tick saves like anything typed. */
function GoalSteps({ goal, today }: { goal: GoalResponse; today: string }) {
  const [draft, setDraft, saved] = useGoalDraft(goal);
  const id = useId();
  const steps = draft.steps.map((step, at) => ({ step, at })).filter(({ step }) => step.text.trim() !== '');
  if (steps.length === 0) return null;
  const sorted = [...steps].sort((a, b) => (a.step.due || '9999').localeCompare(b.step.due || '9999'));
  const done = steps.filter(({ step }) => step.done).length;
  const toggle = (at: number, value: boolean) => setDraft((prev) => ({ ...prev, steps: prev.steps.map((s, i) => (i === at ? { ...s, done: value } : s)) }));
  return (
    <section className="goal-steps" aria-labelledby={`${id}-title`}>
      <div className="card__head">
        <h3 id={`${id}-title`}>{draft.statement || 'Untitled goal'}</h3>
        <span className="small">
          <span className="badge">
            {done} of {steps.length} done
          </span>{' '}
          <SaveStatus state={saved} label={draft.statement} />
        </span>
      </div>
      <ul className="steps steps--progress">
        {sorted.map(({ step, at }) => {
          const overdue = !step.done && step.due !== '' && step.due < today;
          return (
            <li key={at}>
              <input type="checkbox" id={`${id}-${at}`} checked={step.done} onChange={(e) => toggle(at, e.target.checked)} />
              <label htmlFor={`${id}-${at}`} className={step.done ? 'done' : undefined}>
                {step.text}
              </label>
              <span className={overdue ? 'overdue small' : 'muted small'}>
                {step.due ? `${overdue ? 'Overdue: ' : 'Due '}${formatDay(step.due)}` : 'No date'}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export default function ProgressPage() {
  const params = useSearchParams();
  const openId = params.get('attempt');
  const data = useLoad(() => Promise.all([api.listAttempts({ limit: 500 }), api.listGoals()]), []);
  const [attempts, goals] = data.data ?? [[], []];
  const today = todayIso();

  // Oldest first within each question; questions in the order of their latest attempt.
  const groups = useMemo(() => {
    const byQuestion = new Map<string, AttemptSummary[]>();
    for (const attempt of [...attempts].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))) {
      const list = byQuestion.get(attempt.questionId) ?? [];
      list.push(attempt);
      byQuestion.set(attempt.questionId, list);
    }
    return [...byQuestion.entries()]
      .map(([questionId, list]) => ({ questionId, list }))
      .sort((a, b) => b.list[b.list.length - 1]!.createdAt.localeCompare(a.list[a.list.length - 1]!.createdAt));
  }, [attempts]);
  const series: Series[] = groups.map((g) => ({ id: g.questionId, label: questionText(g.questionId), scores: g.list.map((a) => a.score) }));

  useEffect(() => {
    if (openId && data.data) document.getElementById(`attempt-${openId}`)?.scrollIntoView({ block: 'start' });
  }, [openId, data.data]);

  const goalsWithSteps = goals.filter((g) => g.steps.length > 0);

  return (
    <section aria-labelledby="progress-title">
      <h1 id="progress-title">Progress</h1>
      <p className="page-intro">Practice makes the answer natural. Each attempt keeps its feedback, so you can see what changed.</p>
      {data.loading && !data.data ? <p className="loading">Loading…</p> : null}
      {data.error && !data.data ? (
        <p className="empty" role="alert">
          {data.offline ? 'Your progress will appear when the server is back.' : `Your progress could not be loaded: ${data.error}`}
        </p>
      ) : null}

      {data.data ? (
        <>
          <section className="card" aria-labelledby="chart-title">
            <h2 id="chart-title">Scores over attempts</h2>
            {series.length === 0 ? (
              <p className="empty">
                No attempts yet. Practise in the <Link to="/studio">answer studio</Link> or a <Link to="/mock">mock interview</Link>, and your scores appear here.
              </p>
            ) : (
              <ScoreChart series={series} title="Score out of 100 for each attempt, per question" />
            )}
          </section>

          {groups.map((group) => (
            <section className="card" key={group.questionId} aria-labelledby={`q-${group.questionId}`}>
              <div className="card__head">
                <h2 id={`q-${group.questionId}`}>{questionText(group.questionId)}</h2>
                <Link to={`/studio?q=${encodeURIComponent(group.questionId)}`} className="small">
                  Practise again
                </Link>
              </div>
              <ol className="attempts" reversed>
                {[...group.list].reverse().map((attempt, i) => (
                  <AttemptItem key={attempt.id} summary={attempt} number={group.list.length - i} open={attempt.id === openId} />
                ))}
              </ol>
            </section>
          ))}

          <section className="card" aria-labelledby="steps-title">
            <h2 id="steps-title">Action steps</h2>
            {goalsWithSteps.length === 0 ? (
              <p className="empty">
                No action steps yet. <Link to="/workbook">Give your goals a plan</Link> in the workbook.
              </p>
            ) : (
              <div className="stack">
                {goalsWithSteps.map((goal) => (
                  <GoalSteps key={goal.id} goal={goal} today={today} />
                ))}
              </div>
            )}
          </section>
        </>
      ) : null}
    </section>
  );
}
