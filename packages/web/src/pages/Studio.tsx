/**
 * The answer studio: pick a question, draft an answer from your goals, edit it (autosaved), analyze it,
 * and save it as an attempt so Progress can show the trend. Analyze only looks; "Save attempt" records.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Analysis, Strategy } from '@trajectory/core';
import type { DraftAnswerResponse } from '@trajectory/server/schemas';
import { api, ApiError, errorMessage } from '../api.js';
import { useAutosave } from '../autosave.js';
import { SaveStatus } from '../components/SaveStatus.js';
import { AnalysisView, prefersReducedMotion } from '../components/AnalysisView.js';
import { Link, navigate, useSearchParams } from '../router.js';
import { analysisContext, currentTarget, useCoachContext } from '../studio/useCoachContext.js';
import { formatDuration } from '../studio/labels.js';
import { countWords, speakingSeconds } from '../studio/words.js';
import '../studio/studio.css';

const STRATEGIES: { id: Strategy; name: string; hint: string }[] = [
  { id: 'long-first', name: 'Long-term first', hint: 'Start from where you are heading, then the steps that lead there.' },
  { id: 'build-up', name: 'Build up', hint: 'Start from the next steps and build up to the long-term goal.' },
];

interface Feedback {
  text: string;
  analysis: Analysis;
  /** Set once this exact text was saved as an attempt. */
  attemptId: string | null;
}

export default function StudioPage() {
  const context = useCoachContext();
  const params = useSearchParams();
  const questionId = params.get('q') ?? context.questions[0]?.id ?? '';
  const question = context.questions.find((q) => q.id === questionId) ?? null;
  const target = currentTarget(context.targets);

  if (context.loading) return <p className="loading">Loading the questions…</p>;
  if (context.error) {
    return (
      <section>
        <h1>Answer studio</h1>
        <p className="error-text" role="alert">
          The questions could not be loaded: {context.error}
        </p>
      </section>
    );
  }

  return (
    <section className="studio">
      <h1>Answer studio</h1>
      <p className="page-intro">
        Pick a question, draft an answer from your goals, make it your own, then see what works and what to fix.
        {target ? (
          <>
            {' '}
            Feedback is tailored to <strong>{target.role}</strong> at <strong>{target.company}</strong>.
          </>
        ) : (
          <>
            {' '}
            <Link to="/target">Add the job you are applying for</Link> to get feedback tailored to it.
          </>
        )}
      </p>

      <div className="card">
        <div className="field">
          <label htmlFor="studio-question">Question</label>
          <select
            id="studio-question"
            value={questionId}
            onChange={(event) => navigate(`/studio?q=${encodeURIComponent(event.target.value)}`, { replace: true })}
          >
            {context.questions.map((q) => (
              <option key={q.id} value={q.id}>
                {q.text}
              </option>
            ))}
          </select>
        </div>
        {question ? <p className="muted small studio__probes">Interviewers ask this to learn about your {listProbes(question.probes)}.</p> : null}
      </div>

      {question ? (
        <Editor
          key={question.id}
          questionId={question.id}
          questionText={question.text}
          expects={question.expects}
          targetId={target?.id ?? null}
          request={analysisContext(context.profile, target)}
        />
      ) : null}
    </section>
  );
}

interface EditorProps {
  questionId: string;
  questionText: string;
  expects: Parameters<typeof AnalysisView>[0]['expects'];
  targetId: string | null;
  request: ReturnType<typeof analysisContext>;
}

function Editor({ questionId, questionText, expects, targetId, request }: EditorProps) {
  const [text, setText, saved] = useAutosave(`answer:${questionId}`, '');
  const [strategy, setStrategy] = useState<Strategy>('long-first');
  const [busy, setBusy] = useState<'draft' | 'analyze' | 'save' | null>(null);
  const [error, setError] = useState<{ message: string; needsGoals?: boolean } | null>(null);
  const [undo, setUndo] = useState<string | null>(null);
  const [leftOut, setLeftOut] = useState<DraftAnswerResponse['leftOut']>([]);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [status, setStatus] = useState('');
  const feedbackRef = useRef<HTMLDivElement>(null);

  const words = useMemo(() => countWords(text), [text]);
  const stale = feedback !== null && feedback.text !== text;

  // New feedback scrolls into view; focus stays where it was, and the status line announces it.
  const analysis = feedback?.analysis;
  useEffect(() => {
    if (analysis) feedbackRef.current?.scrollIntoView({ behavior: prefersReducedMotion() ? 'auto' : 'smooth', block: 'start' });
  }, [analysis]);

  const run = async (kind: 'draft' | 'analyze' | 'save', work: () => Promise<void>) => {
    setBusy(kind);
    setError(null);
    try {
      await work();
    } catch (e) {
      const needsGoals = e instanceof ApiError && e.code === 'no_goals';
      setError({ message: needsGoals ? 'There are no goals to draft from yet.' : errorMessage(e), needsGoals });
    } finally {
      setBusy(null);
    }
  };

  const draft = () =>
    run('draft', async () => {
      const result = await api.draftAnswer({ questionId, strategy, targetId: targetId ?? undefined });
      setUndo(text.trim() ? text : null);
      setText(result.answer);
      setLeftOut(result.leftOut);
      setFeedback({ text: result.answer, analysis: result.analysis, attemptId: null });
      setStatus('A draft from your goals is in the editor, with its feedback below.');
    });

  const analyze = () =>
    run('analyze', async () => {
      const analysis = await api.analyze({ answer: text, question: questionId, ...request });
      setFeedback({ text, analysis, attemptId: null });
      setStatus(`Analyzed. Score ${analysis.score} out of 100.`);
    });

  const saveAttempt = () =>
    run('save', async () => {
      const attempt = await api.createAttempt({ questionId, answer: text, targetId: targetId ?? undefined });
      setFeedback({ text, analysis: attempt.analysis, attemptId: attempt.id });
      setStatus('Saved as an attempt. Progress shows it now.');
    });

  const empty = !text.trim();
  return (
    <>
      <div className="card">
        <div className="card__head">
          <h2>Draft from your goals</h2>
        </div>
        <fieldset>
          <legend>How to tell it</legend>
          <div className="choices">
            {STRATEGIES.map((s) => (
              <label key={s.id} className="choice">
                <input type="radio" name="strategy" value={s.id} checked={strategy === s.id} onChange={() => setStrategy(s.id)} />
                {s.name}
              </label>
            ))}
          </div>
          <p className="hint">{STRATEGIES.find((s) => s.id === strategy)?.hint}</p>
        </fieldset>
        <div className="actions">
          <button type="button" className="btn btn--ghost" onClick={draft} disabled={busy !== null}>
            {busy === 'draft' ? 'Drafting…' : 'Draft from my goals'}
          </button>
          {undo !== null ? (
            <button
              type="button"
              className="btn btn--ghost btn--small"
              onClick={() => {
                setText(undo);
                setUndo(null);
                setStatus('Your previous text is back.');
              }}
            >
              Undo draft
            </button>
          ) : null}
        </div>
        {leftOut.length > 0 ? (
          <div className="hint" role="note">
            <p>The draft leaves out {leftOut.length === 1 ? 'a goal that is' : 'goals that are'} not specific yet:</p>
            <ul>
              {leftOut.map((g) => (
                <li key={g.goalId}>
                  “{g.statement}” — {g.reason}
                </li>
              ))}
            </ul>
            <p>
              <Link to="/workbook">Sharpen {leftOut.length === 1 ? 'it' : 'them'} in the workbook</Link>, then draft again.
            </p>
          </div>
        ) : null}
      </div>

      <div className="card">
        <div className="card__head">
          <h2>
            <label htmlFor="studio-answer">Your answer</label>
          </h2>
          <SaveStatus state={saved} label="Your answer" />
        </div>
        <p className="muted small" id="studio-answer-hint">
          “{questionText}” Aim for 100–300 words: about a minute or two spoken.
        </p>
        <textarea
          id="studio-answer"
          className="studio__answer"
          rows={10}
          value={text}
          aria-describedby="studio-answer-hint studio-answer-count"
          onChange={(event) => setText(event.target.value)}
          placeholder="In the next two years I want to…"
        />
        <p className="muted small" id="studio-answer-count">
          {words} {words === 1 ? 'word' : 'words'} · about {formatDuration(speakingSeconds(words))} spoken
        </p>
        <div className="actions">
          <button type="button" className="btn" onClick={analyze} disabled={busy !== null || empty}>
            {busy === 'analyze' ? 'Analyzing…' : 'Analyze'}
          </button>
          <button
            type="button"
            className="btn btn--ghost"
            onClick={saveAttempt}
            disabled={busy !== null || empty || (feedback?.attemptId != null && !stale)}
          >
            {busy === 'save' ? 'Saving…' : feedback?.attemptId && !stale ? 'Saved to Progress' : 'Save attempt'}
          </button>
          <Link to={`/mock?q=${encodeURIComponent(questionId)}`} className="btn btn--ghost">
            Practise it aloud
          </Link>
        </div>
        {error ? (
          <p className="error-text" role="alert">
            {error.message}{' '}
            {error.needsGoals ? (
              <>
                <Link to="/workbook">Set your goals in the workbook</Link> first.
              </>
            ) : null}
          </p>
        ) : null}
        <p className="visually-hidden" role="status">
          {status}
        </p>
      </div>

      {feedback ? (
        <div className="studio__feedback" ref={feedbackRef}>
          {stale ? (
            <p className="notice" role="note">
              You changed the answer since this feedback. Analyze again to update it.
            </p>
          ) : null}
          <AnalysisView answer={feedback.text} analysis={feedback.analysis} expects={expects} />
        </div>
      ) : null}
    </>
  );
}

const PROBE_WORDS: Record<string, string> = {
  tenure: 'staying power',
  motivation: 'motivation',
  plan: 'plan',
  fit: 'fit with the job',
  growth: 'growth',
  'self-awareness': 'self-awareness',
  resilience: 'resilience',
};

function listProbes(probes: readonly string[]): string {
  const words = probes.map((p) => PROBE_WORDS[p] ?? p);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
