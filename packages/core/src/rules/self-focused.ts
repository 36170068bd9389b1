import type { Finding, Rule } from './rule.js';
import type { Doc } from '../text/tokenize.js';
import type { Context } from '../analysis/context.js';
import { VOCAB } from '../vocab/generated.js';
import { clauseSpan, entryMatcher, isNegated, valueMatches } from '../text/helpers.js';

type BenefitEntry = (typeof VOCAB)['self-benefit'][number];

/** The plain forms of a verb: "reward" → reward, rewards, rewarded, rewarding; "take care of" → takes care of… (a wrong form such as "taked" never matches, so it does no harm). */
export function verbForms(verb: string): string[] {
  const [head = '', ...rest] = verb.split(' ');
  const stem = head.endsWith('e') ? head.slice(0, -1) : head;
  const tail = rest.length > 0 ? ' ' + rest.join(' ') : '';
  return [head, head + 's', stem + 'ed', stem + 'ing'].map((form) => form + tail);
}

/** A verb the company does to the candidate counts in each of its forms followed by "me": "rewards me", "looking after me". */
function expandVerbs(entries: readonly BenefitEntry[]): BenefitEntry[] {
  return entries.flatMap((e) => (e.kind === 'acts_on_me' ? verbForms(e.phrase).map((form) => ({ ...e, phrase: `${form} me`, kind: 'for_me' })) : [e]));
}

const BENEFITS = entryMatcher(expandVerbs(VOCAB['self-benefit']));
const WEIGHT: Record<string, number> = { perk: 1, for_me: 1, weak: 0.5 };
/** How much of the answer must be about what the company gives before it counts as the reason. */
const THRESHOLD = 2.5;

/**
 * Does the answer say what the candidate will do for the company? The elements detector's `value`
 * evidence counts, except where it sits in a sentence that lists what the company gives (a perk list
 * is not an offer); our own value words ("I'd bring", "you'd get") count too.
 */
export function offersValue(doc: Doc, context: Context, benefitSentences: ReadonlySet<number>): boolean {
  for (const [start] of context.elements?.value?.evidence ?? []) {
    const token = doc.tokens.find((t) => t.end > start);
    if (token && !benefitSentences.has(token.sentence)) return true;
  }
  return valueMatches(doc).length > 0;
}

export const selfFocused: Rule = {
  id: 'self_focused',
  meta: {
    description: 'The reasons are what the company will do for the candidate (perks, flexibility, training paid for), and nothing is said of what the candidate will do for it.',
    severity: 'moderate',
    docs:
      'Counts perks and company-for-me phrases (data/self-benefit.yml; "gives me" and "I\'d get" count half), and verbs the company does to the candidate in any form ("rewards me", "guiding me"). ' +
      'Flags when they add up to 2.5 or more and the answer has no value statement ("I\'d bring…", "you\'d get…", "for your team…").',
  },
  check(doc, context) {
    const hits = BENEFITS.match(doc).filter((m) => !isNegated(doc, m.first, 3));
    const weight = hits.reduce((sum, m) => sum + (WEIGHT[m.value.kind] ?? 0), 0);
    if (weight < THRESHOLD) return [];
    const benefitSentences = new Set(hits.filter((m) => m.value.kind !== 'weak').map((m) => doc.tokens[m.first]!.sentence));
    if (offersValue(doc, context, benefitSentences)) return [];
    return hits
      .filter((m) => m.value.kind !== 'weak')
      .map((m): Finding => ({
        ...clauseSpan(doc, m.first, m.last, 6),
        message: 'This is about what the company would do for you. The interviewer is listening for what you would do for them.',
        suggestion:
          'Keep one reason about what the company offers, then say what you will bring in return: a skill you will apply, a problem of theirs you will take on, a result you will aim for.',
      }));
  },
};
