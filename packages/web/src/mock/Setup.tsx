/** Setting up a mock interview: how many questions, which ones, how long per answer, speaking or typing. */
import { useState, type FormEvent } from 'react';
import type { QuestionItem } from '../api.js';
import { planSession } from './plan.js';

export interface SessionConfig {
  questions: QuestionItem[];
  limitSeconds: number;
  followups: boolean;
  mode: 'speak' | 'type';
}

interface Props {
  questions: QuestionItem[];
  hasTarget: boolean;
  speechSupported: boolean;
  /** A question to preselect (from the studio's "Practise it aloud"). */
  preselect: string | null;
  onStart(config: SessionConfig): void;
}

const LIMITS = [
  { seconds: 60, label: '1 minute' },
  { seconds: 120, label: '2 minutes' },
  { seconds: 180, label: '3 minutes' },
];

export function Setup({ questions, hasTarget, speechSupported, preselect, onStart }: Props) {
  const [how, setHow] = useState<'mix' | 'choose'>(preselect ? 'choose' : 'mix');
  const [count, setCount] = useState(3);
  const [chosen, setChosen] = useState<string[]>(preselect ? [preselect] : []);
  const [limitSeconds, setLimitSeconds] = useState(120);
  const [followups, setFollowups] = useState(true);
  const [mode, setMode] = useState<'speak' | 'type'>(speechSupported ? 'speak' : 'type');
  const [error, setError] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const picked =
      how === 'mix'
        ? planSession(questions, count, { hasTarget })
        : chosen.flatMap((id) => questions.filter((q) => q.id === id));
    if (picked.length === 0) {
      setError('Choose at least one question.');
      return;
    }
    onStart({ questions: picked, limitSeconds, followups, mode });
  };

  const toggle = (id: string) => setChosen((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));

  return (
    <form className="card mock-setup" onSubmit={submit} aria-labelledby="mock-setup-title" noValidate>
      <h2 id="mock-setup-title">Set up the interview</h2>

      <fieldset>
        <legend>Questions</legend>
        <div className="choices">
          <label className="choice">
            <input type="radio" name="how" value="mix" checked={how === 'mix'} onChange={() => setHow('mix')} />
            {hasTarget ? 'A mix weighted to my target job' : 'A mix'}
          </label>
          <label className="choice">
            <input type="radio" name="how" value="choose" checked={how === 'choose'} onChange={() => setHow('choose')} />
            Let me choose
          </label>
        </div>
      </fieldset>

      {how === 'mix' ? (
        <div className="field mock-setup__count">
          <label htmlFor="mock-count">How many questions</label>
          <select id="mock-count" value={count} onChange={(e) => setCount(Number(e.target.value))}>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          <span className="hint">
            {hasTarget ? 'Questions about fit with the job come up most often.' : 'Add a target job to weight the mix toward it.'}
          </span>
        </div>
      ) : (
        <fieldset className="mock-setup__pick">
          <legend>Choose the questions, in the order to ask them</legend>
          <ul className="mock-setup__list">
            {questions.map((q) => (
              <li key={q.id}>
                <label className="checkbox">
                  <input type="checkbox" checked={chosen.includes(q.id)} onChange={() => toggle(q.id)} />
                  <span>
                    {chosen.includes(q.id) ? <span className="badge badge--accent">{chosen.indexOf(q.id) + 1}</span> : null} {q.text}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}

      <div className="row">
        <div className="field">
          <label htmlFor="mock-limit">Time per answer</label>
          <select id="mock-limit" value={limitSeconds} onChange={(e) => setLimitSeconds(Number(e.target.value))}>
            {LIMITS.map((l) => (
              <option key={l.seconds} value={l.seconds}>
                {l.label}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field">
          <legend>Answer by</legend>
          <div className="choices">
            <label className="choice">
              <input type="radio" name="mode" value="speak" checked={mode === 'speak'} onChange={() => setMode('speak')} disabled={!speechSupported} />
              Speaking
            </label>
            <label className="choice">
              <input type="radio" name="mode" value="type" checked={mode === 'type'} onChange={() => setMode('type')} />
              Typing
            </label>
          </div>
        </fieldset>
      </div>
      {!speechSupported ? (
        <p className="notice" role="note" data-testid="speech-unsupported">
          This browser cannot listen to speech, so you will type your answers. Chrome, Edge and Safari can listen.
        </p>
      ) : null}

      <label className="checkbox mock-setup__followups">
        <input type="checkbox" checked={followups} onChange={(e) => setFollowups(e.target.checked)} />
        The interviewer asks a follow-up after each answer
      </label>

      {error ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="btn">
          Start the interview
        </button>
      </div>
    </form>
  );
}
