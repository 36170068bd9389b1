/**
 * Is a claim within reach for its timeframe and the speaker's level? One implementation,
 * used by the `unrealistic` rule and by the goals' SMART check. (First version: to be completed.)
 */
import type { Doc } from '../text/tokenize.js';
import type { Timeframe } from '../text/timeframes.js';
import type { ExperienceLevel } from '../types.js';

export interface UnrealisticClaim {
  start: number;
  end: number;
  /** Why it is out of reach, in plain words. */
  reason: string;
  suggestion: string;
}

export function unrealisticClaims(_doc: Doc, _timeframes: Timeframe[], _experience: ExperienceLevel): UnrealisticClaim[] {
  return [];
}
