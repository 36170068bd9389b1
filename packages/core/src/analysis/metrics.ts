/** Length, pace, fillers and repetition. (First version: to be completed.) */
import type { Doc } from '../text/tokenize.js';
import type { Metrics } from '../types.js';

export const WORDS_PER_MINUTE = 140;

export function measure(doc: Doc): Metrics {
  return {
    words: doc.wordCount,
    sentences: doc.sentences.length,
    speakingSeconds: Math.round((doc.wordCount / WORDS_PER_MINUTE) * 60),
    fillers: [],
    repeatedPhrases: [],
  };
}
