/** Work several structure checks need from the same answer, done once per document. */
import { aimSentences, memo } from '../text/helpers.js';
import { findQuantities } from '../text/quantities.js';

/** The sentences that state an aim (want to, will, goal, in five years…). */
export const aimsOf = memo(aimSentences);

/** Percentages, multipliers, money and counts. */
export const quantitiesOf = memo(findQuantities);
