import type { Rule } from './rule.js';
import { fillerMatches, repeatedPhrases } from '../analysis/metrics.js';
import { wholeAnswer } from '../text/helpers.js';

/** Past this many words an answer takes well over two minutes to say (guidelines: "clearly past ~330 words"). */
export const RAMBLING_WORDS = 330;
/** Fillers per word above which an answer sounds unprepared, with at least this many fillers in all. */
export const FILLER_DENSITY = 0.06;
export const MIN_FILLERS = 6;
/** A content phrase said this many times is going round in circles. */
export const REPEATS = 3;

export const rambling: Rule = {
  id: 'rambling',
  meta: {
    description: 'Not to the point: far too long, thick with fillers, or going round in circles.',
    severity: 'moderate',
    docs: `Raised past ${RAMBLING_WORDS} words (a focused answer of 250–300 words is fine), when fillers such as "um", "like" or "you know" make up ${FILLER_DENSITY * 100}% or more of the words, or when the same phrase of three or more words comes back ${REPEATS} times. Points at the whole answer.`,
  },
  check(doc) {
    const words = doc.wordCount;
    const reasons: string[] = [];
    if (words > RAMBLING_WORDS) reasons.push(`at about ${words} words it takes over two minutes to say`);
    const fillers = fillerMatches(doc).length;
    if (fillers >= MIN_FILLERS && fillers / Math.max(1, words) >= FILLER_DENSITY) reasons.push(`${fillers} fillers ("um", "like", "you know"…) break it up`);
    const circling = repeatedPhrases(doc).find((p) => p.count >= REPEATS);
    if (circling) reasons.push(`"${circling.phrase}" comes back ${circling.count} times`);
    if (reasons.length === 0) return [];
    return [{
      ...wholeAnswer(doc),
      message: `The answer is not to the point: ${reasons.join('; ')}.`,
      suggestion: 'Aim for 100–300 words (under two minutes): one short-term goal, one long-term goal, two or three steps, and what you bring. Say each point once.',
    }];
  },
};
