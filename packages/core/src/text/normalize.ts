import { VOCAB } from '../vocab/generated.js';

/** British spellings mapped to American ones, so one phrase list serves both. */
const SPELLING = new Map<string, string>(VOCAB.spelling.map((e) => [e.phrase, e.american]));

/** The American spelling of a lower-cased word. */
export const american = (word: string): string => SPELLING.get(word) ?? word;

/** Lower-case a word, straighten its apostrophes and map British spelling to American. */
export function normalizeWord(raw: string): string {
  let word = raw.toLowerCase();
  if (word.includes('\u2019')) word = word.replaceAll('\u2019', "'");
  return american(word);
}

/** A rough singular for comparing words ("shops" and "shop", "clinics" and "clinic"); "-ss" words keep their s. */
export const singular = (word: string): string => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);
