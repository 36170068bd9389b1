/** The questions a seasoned interviewer would ask of this answer (DOMAIN.md §6). (First version: to be completed.) */
import type { Doc } from '../text/tokenize.js';
import type { Flag, Followup } from '../types.js';
import type { Context } from './context.js';

export function findFollowups(_doc: Doc, _context: Context, _flags: Flag[]): Followup[] {
  return [];
}
