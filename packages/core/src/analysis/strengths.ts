/** "Why this works": short statements tied to their evidence. (First version: to be completed.) */
import type { Doc } from '../text/tokenize.js';
import type { Flag, Strength } from '../types.js';
import type { Context } from './context.js';

export function findStrengths(_doc: Doc, _context: Context, _flags: Flag[]): Strength[] {
  return [];
}
