/** Feedback on one interview answer, shown after it: the gist first, the full analysis on request. */
import { useEffect, useRef } from 'react';
import type { ElementId } from '@trajectory/core';
import { AnalysisView } from '../components/AnalysisView.js';
import { ScoreGauge } from '../studio/ScoreGauge.js';
import { bySeverity } from '../studio/highlight.js';
import { flagName, formatDuration } from '../studio/labels.js';
import { wordsPerMinute } from '../studio/words.js';
import type { TurnResult } from './plan.js';

interface Props {
  result: TurnResult;
  expects?: readonly ElementId[];
  next: { label: string; onClick(): void };
}

export function TurnFeedback({ result, expects, next }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { analysis } = result;
  const pace = wordsPerMinute(analysis.metrics.words, result.durationSeconds);
  const fillers = analysis.metrics.fillers.reduce((sum, f) => sum + f.count, 0);
  const flags = [...analysis.flags].sort(bySeverity).slice(0, 3);

  return (
    <section className="card mock-feedback" aria-labelledby="mock-feedback-title">
      <h2 id="mock-feedback-title" ref={heading} tabIndex={-1}>
        Feedback: {result.question}
      </h2>
      <div className="mock-feedback__gist">
        <ScoreGauge score={analysis.score} size="small" />
        <dl className="metrics">
          <div>
            <dt>Time</dt>
            <dd>{formatDuration(result.durationSeconds)}</dd>
          </div>
          <div>
            <dt>{result.mode === 'spoken' ? 'Pace' : 'Pace (typed)'}</dt>
            <dd>{pace === null ? '–' : `${pace} wpm`}</dd>
          </div>
          <div>
            <dt>Fillers</dt>
            <dd>{fillers}</dd>
          </div>
        </dl>
      </div>

      <div className="grid-2">
        <div>
          <h3>What works</h3>
          {analysis.strengths.length ? (
            <ul className="mock-feedback__list">
              {analysis.strengths.slice(0, 3).map((s, i) => (
                <li key={i}>{s.message}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">Name a goal, a step toward it and what the company gains from it.</p>
          )}
        </div>
        <div>
          <h3>What to fix first</h3>
          {flags.length ? (
            <ul className="mock-feedback__list">
              {flags.map((f, i) => (
                <li key={i}>
                  <strong>{flagName(f.id)}:</strong> {f.suggestion || f.message}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No red flags in this answer.</p>
          )}
        </div>
      </div>

      <details className="mock-feedback__details">
        <summary>Full feedback, with your answer marked</summary>
        <AnalysisView answer={result.answer} analysis={analysis} expects={result.kind === 'main' ? expects : []} headingLevel={3} />
      </details>

      <div className="actions">
        <button type="button" className="btn" onClick={next.onClick}>
          {next.label}
        </button>
        {result.attemptId ? <span className="muted small">Saved to Progress.</span> : null}
      </div>
    </section>
  );
}
