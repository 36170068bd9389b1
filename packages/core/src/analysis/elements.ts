/** The five elements of a good answer (DOMAIN.md §4) and the words that show them. (First version: to be completed.) */
import type { Doc } from '../text/tokenize.js';
import type { Elements } from '../types.js';
import type { Context } from './context.js';

export function detectElements(_doc: Doc, _context: Omit<Context, 'elements'>): Elements {
  const none = () => ({ present: false, evidence: [] });
  return { short_term: none(), long_term: none(), plan: none(), alignment: none(), value: none() };
}
