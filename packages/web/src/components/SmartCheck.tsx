/** The SMART check of one goal in plain words: each criterion, why it passes or not, and the next edit. */
import type { GoalCheck, SmartCriterion } from '@trajectory/core';

const CRITERIA: { id: SmartCriterion; name: string }[] = [
  { id: 'specific', name: 'Specific' },
  { id: 'measurable', name: 'Measurable' },
  { id: 'realistic', name: 'Realistic' },
  { id: 'planned', name: 'Planned' },
];

export function SmartCheck({ check, headingId }: { check: GoalCheck; headingId: string }) {
  const met = CRITERIA.filter((c) => check[c.id].pass).length;
  return (
    <aside className="smart" aria-labelledby={headingId} data-testid="smart-check">
      <h3 id={headingId}>SMART check</h3>
      <p className="small" aria-live="polite" aria-atomic="true">
        {check.passed ? (
          <span className="badge badge--good">All four met</span>
        ) : (
          <span className="badge badge--warn">
            {met} of 4 met
          </span>
        )}
      </p>
      <ul>
        {CRITERIA.map(({ id, name }) => {
          const result = check[id];
          return (
            <li key={id} data-criterion={id} data-pass={result.pass}>
              <span className={`mark ${result.pass ? 'mark--pass' : 'mark--fail'}`} aria-hidden="true">
                {result.pass ? '✓' : '!'}
              </span>
              <span>
                <strong>{name}</strong>
                <span className="visually-hidden">{result.pass ? ': met.' : ': not yet.'}</span> {result.reason}
              </span>
              {result.suggestion ? <span className="suggestion">{result.suggestion}</span> : null}
              {result.tip ? <span className="suggestion">Tip: {result.tip}</span> : null}
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
