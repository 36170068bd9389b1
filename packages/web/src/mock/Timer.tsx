/**
 * The answer timer: counts down from the limit (2 minutes by default), turns to a warning at 90 seconds,
 * and tells screen readers at the start, at the warning and at the limit (not every second).
 */
import { useEffect, useRef, useState } from 'react';
import { formatDuration } from '../studio/labels.js';
import { timerAnnouncement, timerPhase, type TimerPhase } from './timing.js';

/** Seconds since `running` last turned true; frozen while it is false. */
export function useElapsed(running: boolean): number {
  const [elapsed, setElapsed] = useState(0);
  const elapsedRef = useRef(0);
  useEffect(() => {
    if (!running) return;
    // Resume from where it stopped; the clock, not the interval count, says how long it has been.
    const startedAt = performance.now() - elapsedRef.current * 1000;
    const tick = () => {
      elapsedRef.current = (performance.now() - startedAt) / 1000;
      setElapsed(elapsedRef.current);
    };
    const timer = window.setInterval(tick, 250);
    return () => {
      tick();
      window.clearInterval(timer);
    };
  }, [running]);
  return elapsed;
}

interface Props {
  elapsed: number;
  limit: number;
  warnAt: number;
  running: boolean;
}

export function Timer({ elapsed, limit, warnAt, running }: Props) {
  const phase = timerPhase(elapsed, warnAt, limit);
  const [announcement, setAnnouncement] = useState('');
  const lastPhase = useRef<TimerPhase | null>(null);

  useEffect(() => {
    if (!running) {
      lastPhase.current = null;
      return;
    }
    if (lastPhase.current !== phase) {
      lastPhase.current = phase;
      setAnnouncement(timerAnnouncement(phase, limit, warnAt));
    }
  }, [phase, running, limit, warnAt]);

  const left = limit - elapsed;
  const shown = left >= 0 ? `${formatDuration(Math.ceil(left))} left` : `${formatDuration(-left)} over`;
  const fraction = Math.min(1, elapsed / limit);
  return (
    <div className={`timer timer--${phase}`}>
      <div className="timer__row">
        <span className="timer__label">Time</span>
        <span className="timer__value" role="timer" aria-label="Time left for this answer" data-testid="timer">
          {shown}
        </span>
      </div>
      <div className="timer__bar" aria-hidden="true">
        <span style={{ width: `${fraction * 100}%` }} />
        <i style={{ left: `${(warnAt / limit) * 100}%` }} />
      </div>
      {phase === 'warning' ? <p className="timer__note">Start wrapping up.</p> : null}
      {phase === 'over' ? <p className="timer__note">Time is up: finish your sentence.</p> : null}
      <p className="visually-hidden" aria-live="assertive" data-testid="timer-announcement">
        {announcement}
      </p>
    </div>
  );
}
