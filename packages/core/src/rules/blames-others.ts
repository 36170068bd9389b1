import type { Finding, Rule } from './rule.js';
import { VOCAB } from '../vocab/generated.js';
import { asksAboutMisses, clauseSpan, entryMatcher, isNegated, ownsLesson } from '../text/helpers.js';

const BLAME = entryMatcher(VOCAB.blame);

export const blamesOthers: Rule = {
  id: 'blames_others',
  meta: {
    description: 'A missed goal put down to someone else (manager, team, company, economy) with no lesson of one\'s own.',
    severity: 'serious',
    docs:
      'On the missed-goal and career-progress questions only. A blaming phrase (data/blame.yml) counts unless the answer owns a part of the miss or draws a lesson ("that was on me", "I learned", "what I changed").',
  },
  check(doc, context) {
    if (!asksAboutMisses(context.kind, context.question?.id)) return [];
    const blame = BLAME.match(doc).filter((m) => !isNegated(doc, m.first, 3));
    if (blame.length === 0 || ownsLesson(doc)) return [];
    return blame.map((m): Finding => ({
      ...clauseSpan(doc, m.first, m.last, 6),
      message: 'The miss is put entirely on other people. Interviewers ask this question to hear what you learned, and blame tells them you might blame them too.',
      suggestion: 'Mention the circumstances in one sentence, then own your part: what you could have done differently, what you changed, and what result that brought.',
    }));
  },
};
