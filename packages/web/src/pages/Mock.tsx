/**
 * The mock interview: set up a session, answer each question against the clock by speaking or typing,
 * get feedback after each answer, answer the interviewer's follow-up, and read the summary at the end.
 * Each main answer is stored as an attempt (with its duration); a follow-up is analyzed against its own
 * wording and shown in the summary, but not stored, because attempts belong to questions of the bank.
 */
import { useEffect, useState } from 'react';
import { api, errorMessage } from '../api.js';
import { useSearchParams } from '../router.js';
import { analysisContext, currentTarget, useCoachContext } from '../studio/useCoachContext.js';
import { AnswerTurn, type AnswerDone, type PlannedTurn } from '../mock/AnswerTurn.js';
import { Setup, type SessionConfig } from '../mock/Setup.js';
import { Summary } from '../mock/Summary.js';
import { TurnFeedback } from '../mock/TurnFeedback.js';
import { recognitionConstructor } from '../mock/speech.js';
import type { TurnResult } from '../mock/plan.js';
import { clearSession, loadSession, saveSession, type SavedSession } from '../mock/persist.js';
import '../mock/mock.css';

type Phase = 'setup' | 'answer' | 'feedback' | 'summary';

interface Session {
  id: string;
  config: SessionConfig;
  turns: PlannedTurn[];
  index: number;
  results: TurnResult[];
}

export default function MockPage() {
  const context = useCoachContext();
  const params = useSearchParams();
  const [phase, setPhase] = useState<Phase>('setup');
  const [session, setSession] = useState<Session | null>(null);
  const [mode, setMode] = useState<'speak' | 'type'>('type');
  const [pending, setPending] = useState<AnswerDone | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  // An interview left half-way (a reload, a closed tab) can be picked up where it stopped.
  const [unfinished, setUnfinished] = useState<SavedSession<Session> | null>(() => loadSession<Session>());
  useEffect(() => {
    if (session && phase !== 'setup') saveSession({ session, phase, mode });
  }, [session, phase, mode]);
  const target = currentTarget(context.targets);
  const speechSupported = recognitionConstructor() !== null;

  if (context.loading) return <p className="loading">Loading the questions…</p>;
  if (context.error) {
    return (
      <section>
        <h1>Mock interview</h1>
        <p className="error-text" role="alert">
          The questions could not be loaded: {context.error}
        </p>
      </section>
    );
  }

  const resume = (saved: SavedSession<Session>) => {
    setSession(saved.session);
    setMode(saved.mode);
    setPhase(saved.phase === 'setup' ? 'answer' : (saved.phase as Phase));
    setUnfinished(null);
  };

  const discard = () => {
    clearSession();
    setUnfinished(null);
  };

  const start = (config: SessionConfig) => {
    setUnfinished(null);
    const turns = config.questions.map((q): PlannedTurn => ({ kind: 'main', questionId: q.id, question: q.text }));
    setSession({ id: Date.now().toString(36), config, turns, index: 0, results: [] });
    setMode(config.mode);
    setPhase('answer');
  };

  const submit = async (done: AnswerDone) => {
    if (!session) return;
    const turn = session.turns[session.index]!;
    setPending(done);
    setBusy(true);
    setError('');
    try {
      const result = await judge(turn, done);
      const turns = [...session.turns];
      const followup = result.analysis.followups[0];
      if (session.config.followups && turn.kind === 'main' && followup) {
        turns.splice(session.index + 1, 0, { kind: 'followup', questionId: turn.questionId, question: followup.question, about: followup.text });
      }
      setSession({ ...session, turns, results: [...session.results, result] });
      setPending(null);
      setPhase('feedback');
    } catch (e) {
      setError(`Your answer is kept, but it could not be checked: ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const judge = async (turn: PlannedTurn, done: AnswerDone): Promise<TurnResult> => {
    const base = { kind: turn.kind, questionId: turn.questionId, question: turn.question, ...done };
    if (turn.kind === 'main') {
      const attempt = await api.createAttempt({
        questionId: turn.questionId,
        answer: done.answer,
        targetId: target?.id,
        durationSeconds: done.durationSeconds,
      });
      return { ...base, analysis: attempt.analysis, attemptId: attempt.id };
    }
    const analysis = await api.analyze({ answer: done.answer, question: turn.question, ...analysisContext(context.profile, target) });
    return { ...base, analysis, attemptId: null };
  };

  const advance = () => {
    if (!session) return;
    if (session.index + 1 >= session.turns.length) {
      setPhase('summary');
      return;
    }
    setSession({ ...session, index: session.index + 1 });
    setPhase('answer');
  };

  const skip = () => {
    if (!session) return;
    if (session.index + 1 >= session.turns.length) setPhase(session.results.length ? 'summary' : 'setup');
    else setSession({ ...session, index: session.index + 1 });
  };

  const turn = session?.turns[session.index];
  const mainCount = session?.config.questions.length ?? 0;
  const mainIndex = session ? session.turns.slice(0, session.index + 1).filter((t) => t.kind === 'main').length : 0;
  const position = turn?.kind === 'followup' ? 'The interviewer follows up' : `Question ${mainIndex} of ${mainCount}`;
  const lastResult = session?.results[session.results.length - 1];
  const nextTurn = session?.turns[session.index + 1];
  const question = (id: string) => context.questions.find((q) => q.id === id);

  return (
    <section className="mock">
      <h1>Mock interview</h1>
      <p className="page-intro">
        Answer out loud as you would in the room, against the clock. Feedback comes after each answer, and the
        interviewer may follow up on what you said.
      </p>

      {phase === 'setup' && unfinished ? (
        <div className="card mock-resume" role="region" aria-labelledby="mock-resume-title">
          <h2 id="mock-resume-title">Pick up where you stopped?</h2>
          <p>
            You have an interview in progress: {unfinished.session.results.length} of {unfinished.session.turns.length}{' '}
            {unfinished.session.turns.length === 1 ? 'answer' : 'answers'} given. What you typed is kept.
          </p>
          <div className="actions">
            <button type="button" className="btn" onClick={() => resume(unfinished)}>
              Resume the interview
            </button>
            <button type="button" className="btn btn--ghost" onClick={discard}>
              Discard it
            </button>
          </div>
        </div>
      ) : null}

      {phase === 'setup' ? (
        <Setup
          questions={context.questions}
          hasTarget={target !== null}
          speechSupported={speechSupported}
          preselect={params.get('q')}
          onStart={start}
        />
      ) : null}

      {phase === 'answer' && session && turn ? (
        <>
          <AnswerTurn
            key={`${session.id}-${session.index}`}
            turn={turn}
            position={position}
            limitSeconds={session.config.limitSeconds}
            mode={mode}
            draftKey={`mock:${session.id}:${session.index}`}
            onModeChange={setMode}
            busy={busy || Boolean(error)}
            onDone={submit}
            onSkip={skip}
          />
          {busy ? (
            <p className="loading" role="status">
              Listening back to your answer…
            </p>
          ) : null}
          {error && pending ? (
            <div className="notice" role="alert">
              <p>{error}</p>
              <button type="button" className="btn btn--small" onClick={() => void submit(pending)}>
                Try again
              </button>
            </div>
          ) : null}
        </>
      ) : null}

      {phase === 'feedback' && session && lastResult ? (
        <TurnFeedback
          key={session.results.length}
          result={lastResult}
          expects={question(lastResult.questionId)?.expects}
          next={{
            label: !nextTurn ? 'See the summary' : nextTurn.kind === 'followup' ? 'Answer the follow-up' : 'Next question',
            onClick: advance,
          }}
        />
      ) : null}

      {phase === 'summary' && session ? (
        <Summary
          results={session.results}
          onRestart={() => {
            clearSession();
            setSession(null);
            setPhase('setup');
          }}
        />
      ) : null}
    </section>
  );
}
