import type { Rule } from './rule.js';
import { fillerMatches, repeatedPhrases } from '../analysis/metrics.js';
import { wholeAnswer } from '../text/helpers.js';
import { VOCAB } from '../vocab/generated.js';

/** Past this many words an answer takes well over two minutes to say (guidelines: "clearly past ~330 words"; 340 leaves room for a long, focused answer). */
export const RAMBLING_WORDS = 340;
/** Fillers per word above which an answer sounds unprepared, with at least this many fillers in all. */
export const FILLER_DENSITY = 0.06;
export const MIN_FILLERS = 6;
/** A content phrase said this many times is going round in circles. */
export const REPEATS = 3;
/** How many words of content a repeated phrase needs: a role named three times ("a duty manager") is not circling. */
export const CONTENT_WORDS = 3;

const STOP = new Set(VOCAB['stop-words'].map((e) => e.phrase));
/** Words of time and order: "in the first year" said three times is structure, not circling. */
const TIME_WORDS = new Set([
  'first', 'second', 'third', 'next', 'last', 'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'quarter', 'end',
  'start', 'time', 'two', 'three', 'four', 'five', 'six', 'ten', 'term', 'long', 'short', 'goal', 'goals', 'step', 'steps', 'plan',
]);
const contentWords = (phrase: string) => phrase.split(' ').filter((w) => !STOP.has(w) && !TIME_WORDS.has(w)).length;

export const rambling: Rule = {
  id: 'rambling',
  meta: {
    description: 'Not to the point: far too long, thick with fillers, or going round in circles.',
    severity: 'moderate',
    docs: `Raised past ${RAMBLING_WORDS} words (a focused answer of 250–300 words is fine), when fillers such as "um", "like" or "you know" make up ${FILLER_DENSITY * 100}% or more of the words, or when the same phrase, with at least ${CONTENT_WORDS} words of content, comes back ${REPEATS} times. Points at the whole answer.`,
  },
  check(doc) {
    const words = doc.wordCount;
    const reasons: string[] = [];
    if (words > RAMBLING_WORDS) reasons.push(`at about ${words} words it takes over two minutes to say`);
    const fillers = fillerMatches(doc).length;
    if (fillers >= MIN_FILLERS && fillers / Math.max(1, words) >= FILLER_DENSITY) reasons.push(`${fillers} fillers ("um", "like", "you know"…) break it up`);
    const circling = repeatedPhrases(doc).find((p) => p.count >= REPEATS && contentWords(p.phrase) >= CONTENT_WORDS);
    if (circling) reasons.push(`"${circling.phrase}" comes back ${circling.count} times`);
    if (reasons.length === 0) return [];
    return [{
      ...wholeAnswer(doc),
      message: `The answer is not to the point: ${reasons.join('; ')}.`,
      suggestion: 'Aim for 100–300 words (under two minutes): one short-term goal, one long-term goal, two or three steps, and what you bring. Say each point once.',
    }];
  },
};
