/** The end of the interview: scores, pace and fillers over the whole session, and every answer listed. */
import { useEffect, useRef } from 'react';
import { Link } from '../router.js';
import { formatDuration } from '../studio/labels.js';
import { wordsPerMinute } from '../studio/words.js';
import { paceAdvice, summarize, type TurnResult } from './plan.js';

export function Summary({ results, onRestart }: { results: TurnResult[]; onRestart(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const summary = summarize(results);

  return (
    <section className="mock-summary" aria-labelledby="mock-summary-title">
      <h2 id="mock-summary-title" ref={heading} tabIndex={-1}>
        How the interview went
      </h2>
      <div className="stat-cards">
        <div className="card stat">
          <p className="stat__label">Average score</p>
          <p className="stat__value" data-testid="summary-score">
            {summary.averageScore ?? '–'}
            <span className="stat__unit"> / 100</span>
          </p>
          <p className="muted small">Over the main questions.</p>
        </div>
        <div className="card stat">
          <p className="stat__label">{summary.paceFrom === 'typed' ? 'Pace (typed)' : 'Speaking pace'}</p>
          <p className="stat__value" data-testid="summary-pace">
            {summary.pace ?? '–'}
            <span className="stat__unit"> words a minute</span>
          </p>
          <p className="muted small">{paceAdvice(summary.pace, summary.paceFrom)}</p>
        </div>
        <div className="card stat">
          <p className="stat__label">Fillers</p>
          <p className="stat__value" data-testid="summary-fillers">
            {summary.fillerCount}
          </p>
          <p className="muted small">
            {summary.fillers.length
              ? `Most used: ${summary.fillers
                  .slice(0, 3)
                  .map((f) => `“${f.phrase}” ×${f.count}`)
                  .join(', ')}. A short pause says more.`
              : 'None heard. Pauses serve you better than fillers, and you used them.'}
          </p>
        </div>
        <div className="card stat">
          <p className="stat__label">Time answering</p>
          <p className="stat__value">{formatDuration(summary.seconds)}</p>
          <p className="muted small">
            {summary.turns} {summary.turns === 1 ? 'answer' : 'answers'}, {summary.words} words.
          </p>
        </div>
      </div>

      <div className="card">
        <h3>Every answer</h3>
        <ol className="mock-summary__turns">
          {results.map((r, i) => {
            const pace = wordsPerMinute(r.analysis.metrics.words, r.durationSeconds);
            return (
              <li key={i} className={r.kind === 'followup' ? 'is-followup' : undefined}>
                <p className="mock-summary__q">
                  {r.kind === 'followup' ? <span className="badge">Follow-up</span> : null} {r.question}
                </p>
                <p className="muted small">
                  Score {r.analysis.score} · {formatDuration(r.durationSeconds)} · {r.analysis.metrics.words} words ·{' '}
                  {pace === null ? 'pace not measured' : `${pace} wpm`} · {r.mode === 'spoken' ? 'spoken' : 'typed'}
                </p>
              </li>
            );
          })}
        </ol>
      </div>

      <div className="actions">
        <button type="button" className="btn" onClick={onRestart}>
          Start another interview
        </button>
        <Link to="/progress" className="btn btn--ghost">
          See your progress
        </Link>
        <Link to="/prep" className="btn btn--ghost">
          Make the prep sheet
        </Link>
      </div>
    </section>
  );
}
