/**
 * The 0–100 score (rubric in docs/scoring.md): a base from the elements the question asks for,
 * lowered by each red flag according to its weight. Severity already carries the experience
 * level for the rules that depend on it (a graduate's loose plan is minor, an experienced
 * professional's missing plan serious); the weights below turn severity into points.
 */
import type { ElementId } from '../questions.js';
import type { Elements, Flag, FlagId, Severity } from '../types.js';
import type { Context } from './context.js';

const ALL_ELEMENTS: ElementId[] = ['short_term', 'long_term', 'plan', 'alignment', 'value'];

/** The base when every expected element is there, and the share of it that rests on the elements. */
export const FULL_BASE = 100;
export const ELEMENT_SHARE = 40;

/** Each element the question did not ask for but the answer lacks costs a little: a fuller answer ranks higher. */
export const UNASKED_ELEMENT_POINTS = 2;

/** Points a flag costs, by severity. */
export const SEVERITY_POINTS: Record<Severity, number> = { minor: 8, moderate: 20, serious: 32 };

/**
 * Flags whose cost is partly paid already by a missing element in the base weigh less; flags
 * that sink the whole answer (no goal at all, dodging the question) weigh more.
 */
export const FLAG_FACTOR: Partial<Record<FlagId, number>> = {
  no_short_term: 0.5,
  no_long_term: 0.5,
  no_plan: 0.75,
  no_goals: 1.5,
  evasive: 1.25,
};

/**
 * A spoken answer needs about 100 words to hold its goals, plan and fit (the guide: 45–120 seconds).
 * Below BRIEF_WORDS each missing word costs BRIEF_POINTS_PER_WORD, at most BRIEF_MAX_POINTS: a
 * 30-word answer with every element still reads as curt, not as a model answer.
 */
export const BRIEF_WORDS = 60;
export const BRIEF_POINTS_PER_WORD = 0.5;
export const BRIEF_MAX_POINTS = 15;

/** A flag raised twice in one answer costs a little more, never as much again. */
export const REPEAT_FACTOR = 0.25;

/** `words` is the answer's word count: an answer that says nothing earns nothing, whatever the question expects of it. */
export function score(flags: Flag[], elements: Elements, context: Context, words: number): number {
  if (words === 0) return 0;
  const expected = context.question?.expects ?? ALL_ELEMENTS;
  const present = expected.filter((e) => elements[e]?.present).length;
  let total = expected.length === 0 ? FULL_BASE : FULL_BASE - ELEMENT_SHARE + (ELEMENT_SHARE * present) / expected.length;
  for (const e of ALL_ELEMENTS) if (!expected.includes(e) && !elements[e]?.present) total -= UNASKED_ELEMENT_POINTS;
  total -= Math.min(BRIEF_MAX_POINTS, Math.max(0, BRIEF_WORDS - words) * BRIEF_POINTS_PER_WORD);
  const seen = new Set<FlagId>();
  for (const flag of flags) {
    const points = SEVERITY_POINTS[flag.severity] * (FLAG_FACTOR[flag.id] ?? 1);
    total -= seen.has(flag.id) ? points * REPEAT_FACTOR : points;
    seen.add(flag.id);
  }
  return Math.max(0, Math.min(100, Math.round(total)));
}


/** The rubric's numbers as markdown, exactly as docs/scoring.md shows them. */
export function renderScoringTable(): string {
  const lines = ['| what | points |', '|---|---|'];
  lines.push(`| every element the question asks for is there | ${FULL_BASE} to start |`);
  lines.push(`| the elements the question asks for, together | up to ${ELEMENT_SHARE} (shared equally) |`);
  lines.push(`| each other element missing | −${UNASKED_ELEMENT_POINTS} |`);
  lines.push(`| each word short of ${BRIEF_WORDS} | −${BRIEF_POINTS_PER_WORD}, at most −${BRIEF_MAX_POINTS} |`);
  for (const severity of ['minor', 'moderate', 'serious'] as const) lines.push(`| a ${severity} red flag | −${SEVERITY_POINTS[severity]} |`);
  for (const [id, factor] of Object.entries(FLAG_FACTOR)) lines.push(`| \`${id}\` | × ${factor} of its severity |`);
  lines.push(`| the same flag again | × ${REPEAT_FACTOR} |`);
  return lines.join('\n');
}
