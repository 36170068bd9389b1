/**
 * Scores per question over attempts, drawn as plain SVG: one line per question, each with its own colour and
 * marker shape (so colour is never the only cue), a text summary for screen readers, and the same data as a table.
 */
import { useId } from 'react';

export interface Series {
  id: string;
  label: string;
  /** Scores 0–100 in the order the attempts were made. */
  scores: number[];
}

/** Line colours with at least 3:1 contrast on white. */
const COLOURS = ['#1d4ed8', '#b45309', '#047857', '#be185d', '#6d28d9', '#0e7490', '#4d5562', '#a21caf'];
const SHAPES = ['circle', 'square', 'triangle', 'diamond'] as const;

const WIDTH = 640;
const HEIGHT = 280;
const PAD = { top: 16, right: 20, bottom: 40, left: 44 };

function Marker({ shape, x, y, colour }: { shape: (typeof SHAPES)[number]; x: number; y: number; colour: string }) {
  const r = 5;
  switch (shape) {
    case 'square':
      return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} fill={colour} />;
    case 'triangle':
      return <polygon points={`${x},${y - r - 1} ${x + r + 1},${y + r} ${x - r - 1},${y + r}`} fill={colour} />;
    case 'diamond':
      return <polygon points={`${x},${y - r - 1} ${x + r + 1},${y} ${x},${y + r + 1} ${x - r - 1},${y}`} fill={colour} />;
    default:
      return <circle cx={x} cy={y} r={r} fill={colour} />;
  }
}

export function summarize(series: Series): string {
  const { scores } = series;
  if (scores.length === 0) return `${series.label}: no attempts.`;
  const first = scores[0]!;
  const last = scores[scores.length - 1]!;
  const best = Math.max(...scores);
  const noun = scores.length === 1 ? 'attempt' : 'attempts';
  if (scores.length === 1) return `${series.label}: 1 attempt, scored ${first}.`;
  const trend = last > first ? `up from ${first} to ${last}` : last < first ? `down from ${first} to ${last}` : `level at ${last}`;
  return `${series.label}: ${scores.length} ${noun}, ${trend}; best ${best}.`;
}

export function ScoreChart({ series, title }: { series: Series[]; title: string }) {
  const id = useId();
  const maxAttempts = Math.max(2, ...series.map((s) => s.scores.length));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (i / (maxAttempts - 1)) * plotW;
  const y = (score: number) => PAD.top + (1 - Math.min(100, Math.max(0, score)) / 100) * plotH;
  const xTicks = Array.from({ length: maxAttempts }, (_, i) => i).filter((i) => maxAttempts <= 12 || i % Math.ceil(maxAttempts / 10) === 0);

  return (
    <figure className="chart-figure" style={{ margin: 0 }}>
      <svg className="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} data-testid="score-chart">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{series.map(summarize).join(' ')}</desc>
        {[0, 25, 50, 75, 100].map((score) => (
          <g key={score} aria-hidden="true">
            <line className="gridline" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(score)} y2={y(score)} />
            <text x={PAD.left - 8} y={y(score) + 4} textAnchor="end">
              {score}
            </text>
          </g>
        ))}
        <g aria-hidden="true">
          <line className="axis" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} />
          {xTicks.map((i) => (
            <text key={i} x={x(i)} y={HEIGHT - PAD.bottom + 18} textAnchor="middle">
              {i + 1}
            </text>
          ))}
          <text x={PAD.left + plotW / 2} y={HEIGHT - 6} textAnchor="middle">
            Attempt
          </text>
        </g>
        {series.map((s, n) => {
          const colour = COLOURS[n % COLOURS.length]!;
          const shape = SHAPES[n % SHAPES.length]!;
          const points = s.scores.map((score, i) => `${x(i)},${y(score)}`).join(' ');
          return (
            <g key={s.id} aria-hidden="true" data-series={s.id}>
              {s.scores.length > 1 ? <polyline className="line" points={points} stroke={colour} /> : null}
              {s.scores.map((score, i) => (
                <Marker key={i} shape={shape} x={x(i)} y={y(score)} colour={colour} />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="legend" aria-label="Questions in the chart">
          {series.map((s, n) => (
            <li key={s.id}>
              <svg width="18" height="14" viewBox="0 0 18 14" aria-hidden="true" focusable="false" style={{ verticalAlign: '-2px', marginRight: 6 }}>
                <line x1="0" x2="18" y1="7" y2="7" stroke={COLOURS[n % COLOURS.length]} strokeWidth="2.5" />
                <Marker shape={SHAPES[n % SHAPES.length]!} x={9} y={7} colour={COLOURS[n % COLOURS.length]!} />
              </svg>
              {s.label}
            </li>
          ))}
        </ul>
        <details style={{ marginTop: '0.75rem' }}>
          <summary>Show the scores as a table</summary>
          <div className="table-scroll">
            <table className="data">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">Question</th>
                  {Array.from({ length: maxAttempts }, (_, i) => (
                    <th scope="col" key={i}>
                      Attempt {i + 1}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {series.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">{s.label}</th>
                    {Array.from({ length: maxAttempts }, (_, i) => (
                      <td key={i}>{s.scores[i] ?? '—'}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </figcaption>
    </figure>
  );
}
