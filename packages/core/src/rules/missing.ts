/** What the three missing-element rules share: when a question asks for an element, and how much its absence weighs. */
import type { Doc } from '../text/tokenize.js';
import type { Context } from '../analysis/context.js';
import type { ElementId } from '../questions.js';
import type { ExperienceLevel, Severity } from '../types.js';
import { aimSentences } from '../text/helpers.js';

/** Does the question ask for this element? An unrecognised question is read as "What are your career goals?", which asks for all. */
export function expects(context: Context, element: ElementId): boolean {
  return context.question ? context.question.expects.includes(element) : true;
}

/** Does the answer state any goal at all? With none, `no_goals` speaks for the answer instead. */
export function hasSomeGoal(doc: Doc, context: Context): boolean {
  const e = context.elements;
  return aimSentences(doc).size > 0 || e.short_term.present || e.long_term.present || e.plan.present;
}

/** A missing element weighs more the more experience the speaker has (DOMAIN.md §5). */
export function severityByExperience(experience: ExperienceLevel): Severity {
  return experience === 'graduate' ? 'minor' : experience === 'early' ? 'moderate' : 'serious';
}
