/** The path: each long-term goal with the short-term goals that lead to it, in date order, as stepping stones. */
import type { GoalDraft } from '../lib/goals.js';
import { formatDay } from '../lib/dates.js';

interface Entry {
  id: string;
  draft: GoalDraft;
}

const byDate = (a: Entry, b: Entry) => (a.draft.targetDate || '9999').localeCompare(b.draft.targetDate || '9999');
const name = (entry: Entry, fallback: string) => entry.draft.statement.trim() || fallback;
const when = (entry: Entry) => (entry.draft.targetDate ? formatDay(entry.draft.targetDate) : entry.draft.timeframe.trim() || null);

export function GoalPath({ goals }: { goals: Entry[] }) {
  const longs = goals.filter((g) => g.draft.horizon === 'long');
  const shorts = goals.filter((g) => g.draft.horizon === 'short');
  const longIds = new Set(longs.map((g) => g.id));
  const unlinked = shorts.filter((g) => !longIds.has(g.draft.servesGoalId));

  if (longs.length === 0 && shorts.length === 0) return null;
  return (
    <section className="card" aria-labelledby="path-title" data-testid="goal-path">
      <h2 id="path-title">3. Your path</h2>
      <p className="muted">Short-term goals are stepping stones: link each one to the long-term goal it serves.</p>
      {longs.length === 0 ? <p className="empty">Add a long-term goal to see where your short-term goals lead.</p> : null}
      <div className="path">
        {longs.map((long) => {
          const steps = shorts.filter((s) => s.draft.servesGoalId === long.id).sort(byDate);
          return (
            <ol className="path__track" key={long.id} aria-label={`Path to: ${name(long, 'an untitled long-term goal')}`}>
              {steps.length === 0 ? (
                <li className="path__node path__node--missing">No short-term goal leads here yet</li>
              ) : (
                steps.map((step) => (
                  <li className="path__node" key={step.id}>
                    <span className="path__label">Step</span>
                    {name(step, 'Untitled goal')}
                    {when(step) ? <span className="path__when">{when(step)}</span> : null}
                  </li>
                ))
              )}
              <li className="path__node path__node--long">
                <span className="path__label">Long-term goal</span>
                {name(long, 'Untitled long-term goal')}
                {when(long) ? <span className="path__when">{when(long)}</span> : null}
              </li>
            </ol>
          );
        })}
      </div>
      {unlinked.length > 0 ? (
        <div className="path__unlinked">
          <h3>Not linked yet</h3>
          <ul className="pill-list">
            {unlinked.map((g) => (
              <li key={g.id}>{name(g, 'Untitled goal')}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
