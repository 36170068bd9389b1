/** The 0–100 score (rubric in docs/scoring.md). (First version: to be completed.) */
import type { Elements, Flag } from '../types.js';
import type { Context } from './context.js';

export function score(flags: Flag[], elements: Elements, _context: Context): number {
  const present = Object.values(elements).filter((e) => e.present).length;
  return Math.max(0, Math.min(100, 40 + present * 12 - flags.length * 15));
}
