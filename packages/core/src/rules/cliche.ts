import type { Finding, Rule } from './rule.js';
import type { Doc } from '../text/tokenize.js';
import { VOCAB } from '../vocab/generated.js';
import { entryMatcher, isNegated, substanceIn } from '../text/helpers.js';

const CLICHES = entryMatcher(VOCAB.cliches);
/** Substance before one of these does not back a stock phrase after it: "…every budget meeting — I'm a perfectionist". */
const SEGMENT_BREAKS = new Set([';', '—', '–']);

/** Where the stretch that may back the phrase at `first` begins: the sentence start or the last dash or semicolon before it. */
function segmentStart(doc: Doc, first: number): number {
  const s = doc.sentences[doc.tokens[first]!.sentence]!;
  for (let i = first - 1; i >= s.first; i--) {
    const t = doc.tokens[i]!;
    if (t.kind === 'punct' && (SEGMENT_BREAKS.has(t.text) || (t.text === '-' && doc.tokens[i - 1]?.end !== t.start))) return i + 1;
  }
  return s.first;
}

/**
 * Is the answer concrete throughout, at least one concrete thing a sentence on average? Then a lone
 * stock phrase ("I have the people skills for it") is a turn of phrase, not an answer leaning on clichés.
 */
function concreteThroughout(doc: Doc, inPhrase: ReadonlySet<number>): boolean {
  return substanceIn(doc, 0, doc.tokens.length, inPhrase) >= Math.max(1, doc.sentences.length);
}

/**
 * "What I'll give back is a physio who turns up prepared": the stock words are the verb of a "what … is" clause that
 * goes on to name what is meant, not the stock phrase itself.
 */
function namedAfterWhat(doc: Doc, first: number, last: number): boolean {
  const next = doc.tokens[last]?.norm;
  if (next !== 'is' && next !== 'was' && next !== 'will') return false;
  for (let i = first - 1; i >= 0 && i >= first - 3; i--) if (doc.tokens[i]!.norm === 'what') return true;
  return false;
}

const DEFAULT_SUGGESTION = 'Replace the stock phrase with evidence: a skill you named, a result with a number, a project or a tool.';

export const cliche: Rule = {
  id: 'cliche',
  meta: {
    description: 'Leans on stock phrases ("team player", "learn and grow", "give 110%") with nothing concrete behind them.',
    severity: 'minor',
    docs:
      'A stock phrase (data/cliches.yml) counts when the stretch of sentence around it names nothing concrete: no number, named tool or course, result or action. ' +
      'Substance before a dash or semicolon does not back a phrase after it; the stock phrase itself ("110%") is not substance. ' +
      'A lone stock phrase in an answer that is concrete throughout (on average one concrete thing a sentence) is not leaning on clichés, and stock words that open a "what … is" clause naming what is meant ("what I\'ll give back is a physio who…") are not the stock phrase.',
  },
  check(doc) {
    const matches = CLICHES.match(doc);
    if (matches.length === 0) return [];
    const inPhrase = new Set<number>();
    for (const m of matches) for (let i = m.first; i < m.last; i++) inPhrase.add(i);
    const live = matches.filter((m) => !isNegated(doc, m.first, 3) && !namedAfterWhat(doc, m.first, m.last));
    if (live.length === 1 && concreteThroughout(doc, inPhrase)) return [];
    const findings: Finding[] = [];
    for (const m of live) {
      const sentence = doc.sentences[doc.tokens[m.first]!.sentence]!;
      const from = segmentStart(doc, m.first);
      const phrasesHere = matches.filter((o) => o.first >= from && o.first < sentence.last).length;
      const backing = substanceIn(doc, from, sentence.last, inPhrase);
      // One stock phrase needs one concrete thing beside it; a string of them needs more.
      if (backing >= (phrasesHere >= 3 ? 3 : phrasesHere === 2 ? 2 : 1)) continue;
      findings.push({
        start: m.start,
        end: m.end,
        message: `"${doc.text.slice(m.start, m.end)}" is a stock phrase, and nothing in the sentence shows it is true of you.`,
        suggestion: m.value.suggestion ?? DEFAULT_SUGGESTION,
      });
    }
    return findings;
  },
};
