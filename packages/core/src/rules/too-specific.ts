import type { Rule, Finding } from './rule.js';
import type { Doc, Token } from '../text/tokenize.js';
import { PhraseMatcher, type PhraseMatch } from '../text/phrases.js';
import { VOCAB } from '../vocab/generated.js';

const ROLES = new PhraseMatcher<true>([
  ...VOCAB['role-nouns'].map((e) => ({ phrase: e.phrase, value: true as const })),
  ...VOCAB['job-titles'].map((e) => ({ phrase: e.phrase, value: true as const })),
]);
/** Words that make a role the speaker's own promotion: "I will be", "appointed", "hold the title". */
const BECOMING = new Set(['be', 'become', 'becoming', 'appointed', 'promoted', 'title', 'hold', 'as', 'made', 'make', 'named', "i'll", 'will']);
const OTHER_OWNER = new Set(['your', 'our', 'their', 'his', 'her', 'my']);

const capitalised = (t: Token | undefined) => t !== undefined && t.kind === 'word' && t.text.charCodeAt(0) >= 65 && t.text.charCodeAt(0) <= 90;

/** The end of a title written out in full: "Senior Manager of Payments", "Staff Engineer, Ledger Platform", "Officer (PO3), Net Zero". */
function fullTitleEnd(doc: Doc, last: number): number {
  const { tokens } = doc;
  const sentence = tokens[last - 1]!.sentence;
  let end = last;
  for (let steps = 0; steps < 8 && end < tokens.length && tokens[end]!.sentence === sentence; steps++) {
    const t = tokens[end]!;
    const next = tokens[end + 1];
    if (capitalised(t)) end++;
    else if ((t.norm === 'of' || t.norm === 'for') && capitalised(next)) end += 2;
    else if ((t.text === ',' || t.text === '(' || t.text === ')') && (capitalised(next) || (next && next.text === ')') || t.text === ')')) end++;
    else if (t.kind === 'number' && tokens[end - 1]?.text === '(') end++;
    else break;
  }
  while (end > last && tokens[end - 1]!.kind === 'punct' && tokens[end - 1]!.text !== ')') end--;
  return end;
}

/** Is there a becoming word ("I will be", "appointed") within six words before token `at`, in its sentence? */
function becomingBefore(doc: Doc, at: number): boolean {
  const { tokens } = doc;
  for (let i = at - 1; i >= 0 && i >= at - 6 && tokens[i]!.sentence === tokens[at]!.sentence; i--) if (BECOMING.has(tokens[i]!.norm)) return true;
  return false;
}

/** The index of the token that holds or follows `offset`, by binary search. */
function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const tooSpecific: Rule = {
  id: 'too_specific',
  meta: {
    description: 'An exact title tied to an exact date: "by March 2027 I will be Senior Manager of X".',
    severity: 'moderate',
    docs: 'A date that names a month or a day, in the same sentence as a role or title the speaker says they will be or be appointed to. A broad aim with a timeframe ("within three years") is fine.',
  },
  check(doc, context) {
    const { tokens } = doc;
    const findings: Finding[] = [];
    const exact = context.timeframes.filter((t) => t.exactDate);
    if (exact.length === 0) return [];
    // The speaker's own roles, grouped by sentence, so each date looks only at its own sentence.
    const rolesBySentence = new Map<number, PhraseMatch<true>[]>();
    for (const m of ROLES.match(doc)) {
      if (OTHER_OWNER.has(tokens[m.first - 1]?.norm ?? '') || !becomingBefore(doc, m.first)) continue;
      const sentence = tokens[m.first]!.sentence;
      rolesBySentence.set(sentence, [...(rolesBySentence.get(sentence) ?? []), m]);
    }
    for (const date of exact) {
      const sentence = tokens[tokenAt(tokens, date.start)]?.sentence;
      const role = sentence === undefined ? undefined : rolesBySentence.get(sentence)?.[0];
      if (!role) continue;
      const end = fullTitleEnd(doc, role.last);
      findings.push({
        start: Math.min(date.start, role.start),
        end: Math.max(date.end, tokens[end - 1]!.end),
        message: 'An exact title on an exact date sounds rigid: plans change, and an interviewer may wonder what happens if the date slips.',
        suggestion: 'Keep the direction and loosen the date: "within about three years I would like to be leading…".',
      });
    }
    return findings;
  },
};
