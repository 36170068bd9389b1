/** The score as a half-circle gauge with the number in it and a word under it, so it reads without colour. */
import { scoreBand } from './labels.js';

const RADIUS = 52;
const HALF = Math.PI * RADIUS;

export function ScoreGauge({ score, size = 'large' }: { score: number; size?: 'large' | 'small' }) {
  const value = Math.max(0, Math.min(100, Math.round(score)));
  const band = scoreBand(value);
  return (
    <div className={`gauge gauge--${band.tone} gauge--${size}`}>
      <svg viewBox="0 0 128 74" aria-hidden="true" focusable="false">
        <path className="gauge__track" d="M 12 66 A 52 52 0 0 1 116 66" pathLength={HALF} />
        <path
          className="gauge__value"
          d="M 12 66 A 52 52 0 0 1 116 66"
          pathLength={HALF}
          strokeDasharray={`${(value / 100) * HALF} ${HALF}`}
        />
      </svg>
      <p className="gauge__number">
        <span className="gauge__value-text" data-testid="score">
          {value}
        </span>
        <span className="gauge__max"> / 100</span>
      </p>
      <p className="gauge__band">{band.label}</p>
    </div>
  );
}
