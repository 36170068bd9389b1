/** The timer's phases and what it says at each: pure, so the thresholds are unit-tested. */

export type TimerPhase = 'calm' | 'warning' | 'over';

export function timerPhase(elapsed: number, warnAt: number, limit: number): TimerPhase {
  if (elapsed >= limit) return 'over';
  if (elapsed >= warnAt) return 'warning';
  return 'calm';
}

/** What to announce when the timer crosses a line; null when nothing changed. */
export function timerAnnouncement(phase: TimerPhase, limit: number, warnAt: number): string {
  if (phase === 'warning') return `${formatSpoken(warnAt)} gone, ${formatSpoken(limit - warnAt)} left. Start wrapping up.`;
  if (phase === 'over') return `Time is up: ${formatSpoken(limit)}. Finish your sentence and end the answer.`;
  return `Timer started: ${formatSpoken(limit)}.`;
}

function formatSpoken(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  const parts = [m ? `${m} minute${m === 1 ? '' : 's'}` : '', s ? `${s} seconds` : ''].filter(Boolean);
  return parts.join(' ') || '0 seconds';
}
