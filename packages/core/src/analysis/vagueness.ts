/**
 * Vague aims ("something in management maybe") and concrete ones (a role, a skill, a result).
 * One implementation, used by the `unclear` rule and by the goals' SMART check. (First version: to be completed.)
 */
import type { Doc } from '../text/tokenize.js';

export interface VagueAim {
  start: number;
  end: number;
  reason: string;
}

export function vagueAims(_doc: Doc): VagueAim[] {
  return [];
}

/** Does the text name a concrete aim: a role, a skill, a result? */
export function hasConcreteAim(_doc: Doc): boolean {
  return true;
}
