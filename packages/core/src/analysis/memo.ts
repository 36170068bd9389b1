/** Work several structure checks need from the same answer, done once per document. */
import { memoize } from '../text/tagged.js';
import { aimSentences } from '../text/helpers.js';
import { findQuantities } from '../text/quantities.js';

/** The sentences that state an aim (want to, will, goal, in five years…). */
export const aimsOf = memoize(aimSentences);

/** Percentages, multipliers, money and counts. */
export const quantitiesOf = memoize(findQuantities);
