/** Which fields of work (technology, health, finance…) the role, the company and the answer are about. (First version: to be completed.) */
import type { Doc } from '../text/tokenize.js';
import type { Context } from './context.js';

export interface FieldProfile {
  /** Fields of the target role and company text, strongest first. */
  target: string[];
}

export function profileFields(_doc: Doc, _context: Omit<Context, 'fields' | 'elements'>): FieldProfile {
  return { target: [] };
}
