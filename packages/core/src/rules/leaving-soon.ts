import type { Finding, Rule } from './rule.js';
import type { Doc } from '../text/tokenize.js';
import { VOCAB } from '../vocab/generated.js';
import { clauseSpan, durations, entryMatcher, isNegated, tokenSpan, type Duration } from '../text/helpers.js';

const TENURE = entryMatcher(VOCAB.tenure);
/** A stay this short (in months) or shorter, said together with leaving, is a short tenure. */
const SHORT_STAY = 36;
/** "…a year in the role", "eighteen months here": the stay itself. */
const HERE = new Set(['here', 'role', 'job', 'post', 'position', 'company', 'firm', 'you']);
/** Before a duration, these make it something other than a coming stay: "the past two years", "every year", "my first year". */
const INSIDE = new Set(['first', 'past', 'last', 'spent', 'every', 'per', 'each', 'previous', 'since']);
/** "leave" as a noun: "study leave", "maternity leave". */
const LEAVE_NOUN = new Set(['study', 'maternity', 'paternity', 'parental', 'annual', 'sick', 'on', 'of', 'the', 'compassionate', 'unpaid', 'shared', 'garden']);
/** "move on to a senior role": progression, not departure, unless somewhere else is named. */
const PROGRESSION = new Set(['senior', 'lead', 'leadership', 'manager', 'management', 'role', 'position', 'promotion', 'supervisor', 'principal']);
const ELSEWHERE = new Set(['something', 'elsewhere', 'another', 'company', 'firm', 'whoever', 'somewhere', 'bigger', 'better']);
/** Words that say the speaker expects the stay to be that long. */
const STAY_VERBS = new Set(['looking', 'see', 'expect', 'give', 'do', 'stay', 'spend', 'realistically', 'only', 'probably', 'maybe', 'just', 'solid']);

const MESSAGE = 'This tells the interviewer you plan to leave soon, so hiring and training you would not pay off for them.';
const SUGGESTION = 'Talk about what you want to achieve in this role and where it could lead inside the company; leave out how long you plan to stay.';

function insideJob(doc: Doc, d: Duration): boolean {
  for (let i = d.first - 1; i >= 0 && i >= d.first - 3; i--) {
    const t = doc.tokens[i]!;
    if (t.sentence !== doc.tokens[d.first]!.sentence) break;
    if (INSIDE.has(t.norm)) return true;
  }
  return doc.tokens[d.last]?.norm === 'ago';
}

function isDeparture(doc: Doc, first: number, last: number): boolean {
  const word = doc.tokens[first]!.norm;
  if (word === 'leave' && LEAVE_NOUN.has(doc.tokens[first - 1]?.norm ?? '')) return false;
  if (word === 'move' || word === 'moving') {
    const next = doc.tokens.slice(last, last + 5).map((t) => t.norm);
    if (next.some((w) => PROGRESSION.has(w)) && !next.some((w) => ELSEWHERE.has(w))) return false;
  }
  return true;
}

/** "around a year in the role", "a couple of years here", "an eighteen-month engagement": a stay of that length. */
function isStay(doc: Doc, d: Duration): boolean {
  const sentence = doc.tokens[d.first]!.sentence;
  for (let i = d.last; i < doc.tokens.length && i < d.last + 3; i++) {
    const t = doc.tokens[i]!;
    if (t.sentence !== sentence) break;
    if (HERE.has(t.norm) || t.norm === 'engagement' || t.norm === 'stint' || t.norm === 'contract') {
      for (let j = d.first - 1; j >= 0 && j >= d.first - 5; j--) if (doc.tokens[j]!.sentence === sentence && STAY_VERBS.has(doc.tokens[j]!.norm)) return true;
      return doc.tokens[i]!.norm === 'engagement' || doc.tokens[i]!.norm === 'stint';
    }
  }
  return false;
}

/** "move to Vancouver", "moving to Canada": a relocation. */
function relocations(doc: Doc): number[] {
  const out: number[] = [];
  doc.tokens.forEach((t, i) => {
    if ((t.norm === 'move' || t.norm === 'moving') && doc.tokens[i + 1]?.norm === 'to') {
      const place = doc.tokens[i + 2];
      if (place && place.kind === 'word' && /^[A-Z]/.test(place.text)) out.push(i);
    }
  });
  return out;
}

export const leavingSoon: Rule = {
  id: 'leaving_soon',
  meta: {
    description: 'Signals a short stay: "a stepping stone", "for a year or two until…", "before I move on".',
    severity: 'serious',
    docs:
      'A tenure phrase (data/tenure.yml) that says it by itself ("stepping stone", "until something better"), or a leaving word ("move on", "go freelance", a move abroad) ' +
      'in a sentence that also names a stay of up to three years ("a couple of years here", "eighteen months"). Negated phrases do not count.',
  },
  check(doc) {
    const findings: Finding[] = [];
    const short = durations(doc).filter((d) => d.months <= SHORT_STAY && d.months >= 1);
    const shortBySentence = new Map<number, Duration[]>();
    for (const d of short) {
      const s = doc.tokens[d.first]!.sentence;
      shortBySentence.set(s, [...(shortBySentence.get(s) ?? []), d]);
    }
    const leaves: { first: number; last: number }[] = [];
    for (const m of TENURE.match(doc)) {
      if (isNegated(doc, m.first, 6)) continue;
      if (m.value.kind === 'signal') findings.push({ ...clauseSpan(doc, m.first, m.last, 6), message: MESSAGE, suggestion: m.value.suggestion ?? SUGGESTION });
      else if (isDeparture(doc, m.first, m.last)) leaves.push(m);
    }
    for (const i of relocations(doc)) if (!isNegated(doc, i, 4)) leaves.push({ first: i, last: i + 3 });
    for (const leave of leaves) {
      const stays = (shortBySentence.get(doc.tokens[leave.first]!.sentence) ?? []).filter((d) => !insideJob(doc, d) || isStay(doc, d));
      if (stays.length === 0) continue;
      const d = stays[0]!;
      const first = Math.min(d.first, leave.first);
      const last = Math.max(d.last, leave.last);
      findings.push({ ...tokenSpan(doc, first, last), message: MESSAGE, suggestion: SUGGESTION });
    }
    // "I'm looking at around a year in the role": the stay said outright.
    for (const d of short) {
      if (isStay(doc, d) && !findings.some((f) => f.start <= doc.tokens[d.first]!.start && doc.tokens[d.first]!.start < f.end)) {
        findings.push({ ...clauseSpan(doc, d.first, d.last, 6), message: MESSAGE, suggestion: SUGGESTION });
      }
    }
    return findings;
  },
};
