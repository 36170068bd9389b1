import type { Rule, Finding } from './rule.js';
import type { Doc, Token } from '../text/tokenize.js';
import { PhraseMatcher } from '../text/phrases.js';
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
    const roles = ROLES.match(doc);
    for (const date of exact) {
      const dateFirst = tokens.findIndex((t) => t.start >= date.start);
      if (dateFirst < 0) continue;
      const sentence = tokens[dateFirst]!.sentence;
      const role = roles.find((m) => {
        if (tokens[m.first]!.sentence !== sentence || OTHER_OWNER.has(tokens[m.first - 1]?.norm ?? '')) return false;
        for (let i = m.first - 1; i >= 0 && i >= m.first - 6 && tokens[i]!.sentence === sentence; i--) if (BECOMING.has(tokens[i]!.norm)) return true;
        return false;
      });
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
