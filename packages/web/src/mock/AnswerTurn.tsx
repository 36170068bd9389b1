/**
 * One turn of the interview: the question, a timer, and the answer by speaking or typing.
 * No feedback here: it comes after the answer, as in a real interview.
 */
import { useEffect, useRef, useState } from 'react';
import { useAutosave } from '../autosave.js';
import { SaveStatus } from '../components/SaveStatus.js';
import { countWords } from '../studio/words.js';
import { appendSpoken, Dictation, failureMessage, recognitionConstructor } from './speech.js';
import { Timer, useElapsed } from './Timer.js';

export interface PlannedTurn {
  kind: 'main' | 'followup';
  questionId: string;
  question: string;
  /** For a follow-up: the words of the previous answer it probes. */
  about?: string;
}

export interface AnswerDone {
  answer: string;
  durationSeconds: number;
  mode: 'spoken' | 'typed';
}

interface Props {
  turn: PlannedTurn;
  /** "Question 2 of 3" or "Follow-up". */
  position: string;
  limitSeconds: number;
  mode: 'speak' | 'type';
  draftKey: string;
  /** The answer is being checked (or waits for a retry): no starting over meanwhile. */
  busy?: boolean;
  onModeChange(mode: 'speak' | 'type'): void;
  onDone(done: AnswerDone): void;
  onSkip(): void;
}

const WARN_AT = 90;

export function AnswerTurn({ turn, position, limitSeconds, mode, draftKey, busy = false, onModeChange, onDone, onSkip }: Props) {
  const [answer, setAnswer, saved] = useAutosave(draftKey, '');
  const [answering, setAnswering] = useState(false);
  const [listening, setListening] = useState(false);
  const [interim, setInterim] = useState('');
  const [message, setMessage] = useState('');
  const elapsed = useElapsed(answering);
  const spoke = useRef(false);
  // The text as of now, even between a dictation callback and the next render.
  const textNow = useRef(answer);
  textNow.current = answer;
  const textRef = useRef<HTMLTextAreaElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const dictation = useRef<Dictation | null>(null);
  const supported = recognitionConstructor() !== null;
  const warnAt = Math.min(WARN_AT, Math.round(limitSeconds * 0.75));

  if (!dictation.current) {
    dictation.current = new Dictation({
      onFinal: (text) => {
        spoke.current = true;
        setAnswer((prev) => (textNow.current = appendSpoken(prev, text)));
      },
      onInterim: setInterim,
      onListening: setListening,
      onFail: (reason) => {
        setMessage(failureMessage(reason));
        onModeChange('type');
        window.setTimeout(() => textRef.current?.focus(), 0);
      },
    });
  }
  useEffect(() => () => dictation.current?.dispose(), []);
  useEffect(() => {
    startRef.current?.focus();
  }, []);

  const start = () => {
    setAnswering(true);
    if (mode === 'speak') dictation.current?.start();
    else window.setTimeout(() => textRef.current?.focus(), 0);
  };

  const switchTo = (next: 'speak' | 'type') => {
    setMessage('');
    onModeChange(next);
    if (!answering) return;
    if (next === 'type') {
      dictation.current?.stop();
      window.setTimeout(() => textRef.current?.focus(), 0);
    } else dictation.current?.start();
  };

  const finish = () => {
    // Stopping commits the unfinished phrase, so read the text after it.
    dictation.current?.stop();
    setAnswering(false);
    onDone({ answer: textNow.current, durationSeconds: Math.max(1, Math.round(elapsed)), mode: spoke.current ? 'spoken' : 'typed' });
  };

  const words = countWords(answer) + countWords(interim);
  return (
    <section className="card mock-turn" aria-labelledby="mock-question">
      <p className="mock-turn__position">{position}</p>
      <h2 id="mock-question" className="mock-turn__question">
        {turn.kind === 'followup' ? <span className="visually-hidden">The interviewer follows up: </span> : null}
        {turn.question}
      </h2>
      {turn.about ? <p className="muted small">About what you said: “{turn.about}”</p> : null}

      <Timer elapsed={elapsed} limit={limitSeconds} warnAt={warnAt} running={answering} />

      {message ? (
        <p className="notice" role="alert" data-testid="speech-fallback">
          {message}
        </p>
      ) : null}

      <div className="mock-turn__mode" role="group" aria-label="Answer by">
        <button type="button" className="btn btn--ghost btn--small" aria-pressed={mode === 'speak'} disabled={!supported} onClick={() => switchTo('speak')}>
          Speak
        </button>
        <button type="button" className="btn btn--ghost btn--small" aria-pressed={mode === 'type'} onClick={() => switchTo('type')}>
          Type
        </button>
        {!supported ? <span className="hint">This browser cannot listen to speech: type your answer.</span> : null}
        {mode === 'speak' && answering ? (
          <span className={`mic ${listening ? 'mic--on' : ''}`} aria-live="polite">
            {listening ? 'Listening…' : 'Microphone off'}
          </span>
        ) : null}
      </div>

      {!answering && busy ? null : !answering ? (
        <div className="actions">
          <button type="button" className="btn" ref={startRef} onClick={start}>
            {answer.trim() ? 'Resume answering' : 'Start answering'}
          </button>
          <button type="button" className="btn btn--ghost" onClick={onSkip}>
            Skip this question
          </button>
        </div>
      ) : (
        <>
          <div className="field">
            <div className="card__head">
              <label htmlFor="mock-answer">{mode === 'speak' ? 'What you said (you can correct it)' : 'Your answer'}</label>
              <SaveStatus state={saved} label="Your answer" />
            </div>
            <textarea id="mock-answer" ref={textRef} rows={8} value={answer} onChange={(e) => setAnswer((textNow.current = e.target.value))} />
            {interim ? (
              <p className="mock-turn__interim" aria-hidden="true">
                {interim}…
              </p>
            ) : null}
            <span className="hint">{words} words</span>
          </div>
          <div className="actions">
            <button type="button" className="btn" onClick={finish} disabled={!answer.trim() && !interim.trim()}>
              Finish answer
            </button>
          </div>
        </>
      )}
    </section>
  );
}
