/**
 * The SMART check of one goal (DOMAIN.md §3): specific, measurable, realistic, planned.
 * Vagueness and realism come from the analyzer's own modules, so the workbook and the
 * analyzer never disagree about the same words.
 */
import { tokenize, type Doc } from '../text/tokenize.js';
import { findTimeframes, type Timeframe } from '../text/timeframes.js';
import { PhraseMatcher } from '../text/phrases.js';
import { vagueAims, hasConcreteAim } from '../analysis/vagueness.js';
import { unrealisticClaims } from '../analysis/realism.js';
import { VOCAB } from '../vocab/generated.js';
import { EXPERIENCE_LEVELS, type ExperienceLevel } from '../types.js';
import type { CriterionResult, Goal, GoalCheck, GoalContext } from './types.js';
import { compareDates, formatDate, monthsBetween, parseIsoDate, spanInWords, type IsoDate } from './dates.js';
import { examplesFor } from './examples.js';
import { stepList, str } from './text.js';
import { timeframePhrase } from './timeframe.js';

/** Short-term goals reach up to about two years; a short goal further out, or a long one nearer, is pointed out. */
const SHORT_MAX_MONTHS = 30;
const LONG_MIN_MONTHS = 24;
const MAX_CHARS = 5_000;

const OUTCOMES = new PhraseMatcher(VOCAB['goal-outcomes'].map((e) => ({ phrase: e.phrase, value: e.phrase })));

const LEVEL_WORDS: Record<ExperienceLevel, string> = {
  graduate: 'a graduate',
  early: 'someone early in their career',
  experienced: 'an experienced professional',
  senior: 'a senior professional',
};

const pass = (reason: string, tip?: string): CriterionResult => (tip ? { pass: true, reason, suggestion: '', tip } : { pass: true, reason, suggestion: '' });
const fail = (reason: string, suggestion: string): CriterionResult => ({ pass: false, reason, suggestion });

/** Check one goal. Never throws: a missing or mistyped field is judged as absent. */
export function checkGoal(goal: Goal, context: GoalContext = {}): GoalCheck {
  const safeGoal: Goal = typeof goal === 'object' && goal !== null ? goal : { statement: '', horizon: 'short', type: 'professional_development' };
  const ctx = typeof context === 'object' && context !== null ? context : {};
  const experience = EXPERIENCE_LEVELS.includes(ctx.experience as ExperienceLevel) ? (ctx.experience as ExperienceLevel) : 'early';
  const today = parseIsoDate(ctx.today);
  const statement = str(safeGoal.statement).trim().slice(0, MAX_CHARS);
  const statementDoc = tokenize(statement);

  const specific = checkSpecific(safeGoal, statement, statementDoc);
  const measurable = checkMeasurable(safeGoal, statement, today);
  const realistic = checkRealistic(safeGoal, statement, today, experience);
  const planned = checkPlanned(safeGoal, today);
  return { specific, measurable, realistic, planned, passed: specific.pass && measurable.pass && realistic.pass && planned.pass };
}

function checkSpecific(goal: Goal, statement: string, doc: Doc): CriterionResult {
  const example = examplesFor(goal.type).aim;
  if (!statement) return fail('There is no goal statement yet.', `Write what success looks like: a role, a skill or a result, e.g. "${example}".`);
  const vague = vagueAims(doc)[0];
  if (vague) {
    const words = statement.slice(vague.start, vague.end);
    return fail(`"${words}" is vague. ${asSentence(vague.reason)}`, `Replace it with what success would be for you: a role, a skill or a result, e.g. "${example}".`);
  }
  if (!hasConcreteAim(doc)) {
    return fail('It does not say what success is: no role, skill or result is named.', `Name the role, skill or result you are after, e.g. "${example}".`);
  }
  return pass('It names what success is.');
}

function checkMeasurable(goal: Goal, statement: string, today: IsoDate | null): CriterionResult {
  const timeframe = str(goal.timeframe).trim().slice(0, 500);
  const targetDate = parseIsoDate(goal.targetDate);
  // "12 months" or "2027" alone say a time once framed as a phrase: "within 12 months", "by 2027".
  const doc = tokenize(timeframe ? `${withoutEndMark(statement)}\n${timeframePhrase(timeframe)}` : statement);
  const timeframes = findTimeframes(doc, today ? { today: { year: today.year, month: today.month } } : {});
  const example = examplesFor(goal.type);

  // A year already gone ("by 2024") is not a forward timeframe at all: say so rather than "no timeframe".
  const pastYear = today ? yearsIn(`${statement} ${timeframe}`).find((year) => year < today.year) : undefined;
  if (pastYear !== undefined) {
    return fail(`${pastYear} has already passed.`, 'Set a date that is still ahead of you.');
  }
  if (timeframes.length === 0 && !targetDate) {
    return timeframe
      ? fail(`"${timeframe}" does not say when.`, 'Give a span such as "within 12 months" or "in three years", or set a target date.')
      : fail('It has no timeframe or target date, so there is no point at which to check it.', 'Add a timeframe such as "within 12 months", or set a target date.');
  }

  if (targetDate && today && compareDates(targetDate, today) < 0) {
    return fail(`The target date, ${formatDate(targetDate)}, has already passed.`, 'Set a new date, or mark the goal reached if you got there.');
  }

  const checkable = checkableOutcome(goal, doc, timeframes);
  if (!checkable) {
    const needsNumber = goal.type === 'productivity' || goal.type === 'efficiency';
    return fail(
      needsNumber ? 'It has a timeframe, but no number to tell how much better is enough.' : 'It has a timeframe, but nothing that shows when it is done.',
      `Add how you will know you got there: ${example.measure}.`,
    );
  }

  const months = targetDate && today ? monthsBetween(today, targetDate) : latest(timeframes);
  const when = targetDate && !timeframe ? `a target date (${formatDate(targetDate)})` : `a timeframe (${timeframe ? timeframePhrase(timeframe) : doc.text.slice(timeframes[0]!.start, timeframes[0]!.end)})`;
  const reason = `It has ${when} and ${checkable}.`;
  if (months !== null && goal.horizon === 'short' && months > SHORT_MAX_MONTHS) {
    return pass(reason, `It is marked short-term but is about ${spanInWords(months)} away; short-term goals reach up to about two years. Mark it long-term, or bring the date nearer.`);
  }
  if (months !== null && goal.horizon === 'long' && months < LONG_MIN_MONTHS) {
    return pass(reason, `It is marked long-term but is only about ${spanInWords(months)} away. Mark it short-term, or aim further: long-term goals look about five years ahead.`);
  }
  return pass(reason);
}

/** What makes the goal checkable, in words for the reason; null when nothing does. */
function checkableOutcome(goal: Goal, doc: Doc, timeframes: Timeframe[]): string | null {
  if (str(goal.measure).trim()) return 'a stated measure';
  const inTimeframe = (start: number) => timeframes.some((t) => start >= t.start && start < t.end);
  if (doc.tokens.some((t) => t.kind === 'number' && !inTimeframe(t.start))) return 'a number to reach';
  // Productivity and efficiency goals are about "how much": a finished thing does not show it.
  if (goal.type === 'productivity' || goal.type === 'efficiency') return null;
  return OUTCOMES.match(doc).length > 0 ? 'an outcome you can check' : null;
}

function checkRealistic(goal: Goal, statement: string, today: IsoDate | null, experience: ExperienceLevel): CriterionResult {
  if (!statement) return fail('With no statement there is nothing to judge yet.', 'Write the goal first.');
  const timeframe = str(goal.timeframe).trim().slice(0, 500);
  const targetDate = parseIsoDate(goal.targetDate);
  // The claim is judged with its time, as an interviewer would hear it: "become CEO within two years".
  let when = '';
  if (timeframe) when = timeframePhrase(timeframe);
  else if (targetDate && today) when = `within ${spanInWords(Math.max(1, monthsBetween(today, targetDate)))}`;
  const doc = tokenize(when ? `${withoutEndMark(statement)} ${when}.` : statement);
  const timeframes = findTimeframes(doc, today ? { today: { year: today.year, month: today.month } } : {});
  const claim = unrealisticClaims(doc, timeframes, experience)[0];
  if (claim) return fail(claim.reason, claim.suggestion);
  return pass(`Nothing in it looks out of reach for ${LEVEL_WORDS[experience]}${when ? ' in that time' : ''}.`);
}

function checkPlanned(goal: Goal, today: IsoDate | null): CriterionResult {
  const steps = stepList(goal);
  const needed = goal.horizon === 'long' ? 2 : 1;
  const [first, second] = examplesFor(goal.type).steps;
  if (steps.length === 0) {
    return fail('There are no action steps yet, so nothing says how you will get there.', `Add the first ${needed === 2 ? 'two steps' : 'step'}, e.g. "${first}"${needed === 2 ? ` and "${second}"` : ''}.`);
  }
  if (steps.length < needed) {
    return fail('A long-term goal needs a path of several steps; this one has only one.', `Add the milestone that comes after it, e.g. "${second}".`);
  }
  const dated = steps.filter((s) => parseIsoDate(s.due));
  const overdue = today ? dated.find((s) => !s.done && compareDates(parseIsoDate(s.due)!, today) < 0) : undefined;
  const count = steps.length === 1 ? 'One step leads' : `${spanCount(steps.length)} steps lead`;
  const datedNote = dated.length === steps.length ? (steps.length === 1 ? ', and it has a date' : ', each with a date') : '';
  const reason = `${count} to it${datedNote}.`;
  if (overdue) return pass(reason, `"${str(overdue.text).trim()}" was due on ${formatDate(parseIsoDate(overdue.due)!)}: reschedule it or mark it done.`);
  if (dated.length < steps.length) return pass(reason, dated.length === 0 ? 'Give each step a date, so you can see whether you are on track.' : 'Give the remaining steps a date too, so you can see whether you are on track.');
  return pass(reason);
}

/** Years written in the text after "by", "in", "until" or "before": "by 2024". */
function yearsIn(text: string): number[] {
  return [...text.slice(0, 1_000).matchAll(/\b(?:by|in|until|till|before|end of|of)\s+(?:\w+\s+)?((?:19|20)\d\d)\b/gi)].map((m) => Number(m[1]));
}

function latest(timeframes: Timeframe[]): number | null {
  const months = timeframes.map((t) => t.months).filter((m) => Number.isFinite(m) && m > 0);
  return months.length ? Math.max(...months) : null;
}

function spanCount(n: number): string {
  const words = ['Zero', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];
  return words[n] ?? String(n);
}

const withoutEndMark = (text: string) => text.replace(/[.!?\s]+$/, '');
const asSentence = (text: string) => {
  const trimmed = text.trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1) + (/[.!?]$/.test(trimmed) ? '' : '.');
};
