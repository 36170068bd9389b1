import type { Rule } from './rule.js';
import { PhraseMatcher } from '../text/phrases.js';
import { VOCAB } from '../vocab/generated.js';

const SEAT = new PhraseMatcher(VOCAB['interviewer-job'].map((e) => ({ phrase: e.phrase, value: e.phrase })));
/** Wanting words that must come shortly before the seat for it to be an aim. */
const WANT = new Set(['want', 'wants', 'like', 'love', 'have', 'take', 'taking', 'be', 'become', 'replace', 'aim', 'hope', 'in', 'sitting', 'doing', 'after', 'fill', 'into', 'get']);

export const wantsInterviewerJob: Rule = {
  id: 'wants_interviewer_job',
  meta: {
    description: "Aims at the interviewer's own seat.",
    severity: 'moderate',
    docs: 'A phrase such as "your job" or "where you\'re sitting" preceded within a few words by a wanting or becoming verb.',
  },
  check(doc) {
    return SEAT.match(doc).flatMap((m) => {
      const from = Math.max(0, m.first - 5);
      const aimed = doc.tokens.slice(from, m.first).some((t) => t.sentence === doc.tokens[m.first]!.sentence && WANT.has(t.norm));
      if (!aimed) return [];
      return [{
        start: doc.tokens[Math.max(from, m.first - 2)]!.start,
        end: m.end,
        message: "Aiming at the interviewer's own job can sound like a threat or a joke, and it says nothing about this role.",
        suggestion: 'Name the kind of responsibility you want to grow into (leading a team, owning a product area) and how this role builds toward it.',
      }];
    });
  },
};
