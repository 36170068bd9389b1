/** Durations and dates in an answer: "within three months", "in five years", "by 2030". (First version: to be completed.) */
import type { Doc } from './tokenize.js';

export interface Timeframe {
  start: number;
  end: number;
  /** Months from now the phrase points to (a best estimate). */
  months: number;
  /** 'duration': "in two years"; 'date': "by March 2027"; 'relative': "next year", "long term". */
  kind: 'duration' | 'date' | 'relative';
  /** True when a month or day is named with the year: "by March 2027". */
  exactDate: boolean;
}

export function findTimeframes(_doc: Doc): Timeframe[] {
  return [];
}
