/** Counting words and pace in the browser, as the analyzer does (140 words a minute for an easy pace). */
import { BRIEF_WORDS } from '@trajectory/core';

export const EASY_WORDS_PER_MINUTE = 140;

export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
  return matches ? matches.length : 0;
}

export function speakingSeconds(words: number): number {
  return Math.round((words / EASY_WORDS_PER_MINUTE) * 60);
}

/** Words per minute over a measured duration; null when too short to mean anything. */
export function wordsPerMinute(words: number, seconds: number | null | undefined): number | null {
  if (!seconds || seconds < 5 || words === 0) return null;
  return Math.round((words / seconds) * 60);
}

/** What the answer's length means, in one line: the guide asks for about 100–300 words; under BRIEF_WORDS the score docks points. */
export function lengthNote(words: number): string {
  if (words < BRIEF_WORDS) return `Too short: under ${BRIEF_WORDS} words costs points; aim for 100–300 words.`;
  if (words < 100) return 'A little short: aim for 100–300 words.';
  if (words > 300) return 'Long: aim for 100–300 words.';
  return 'A good length.';
}
