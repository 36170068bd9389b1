/** What a draft is made of: the user's goals, steps and target, read once and shaped to fit sentences. */
import { tokenize } from '../../text/tokenize.js';
import { findTimeframes } from '../../text/timeframes.js';
import type { ExperienceLevel } from '../../types.js';
import { VOCAB } from '../../vocab/generated.js';
import { alignGoals } from '../align.js';
import { checkGoal } from '../check.js';
import { monthsBetween, parseIsoDate, spanInWords, type IsoDate } from '../dates.js';
import { goalList, stepList, str } from '../text.js';
import { findThemes, themeLabel, type ThemeHit } from '../themes.js';
import { timeframePhrase } from '../timeframe.js';
import type { Goal, GoalType, Target } from '../types.js';
import { cleanStatement, namesIn, toClause, type Clause } from './clause.js';
import type { Chooser } from './random.js';

export interface GoalPiece {
  goal: Goal;
  clause: Clause;
  /** "within 12 months": the goal's time as a phrase; '' when it has none or its statement already says it. */
  when: string;
  /** The statement itself names a time ("…within two years"). */
  ownTime: boolean;
}

export interface StepPiece {
  clause: Clause;
  done: boolean;
}

export interface Material {
  short: GoalPiece[];
  long: GoalPiece | null;
  steps: StepPiece[];
  measure: string | null;
  company: string | null;
  /** The role as said inside a sentence: "data analyst". */
  role: string | null;
  /** What the role involves that the goals meet, as noun phrases: "SQL", "stakeholder reporting". */
  work: string[];
  /** What the employer offers people to grow: "mentoring programme", "tuition support". */
  offers: string[];
  /** What the candidate brings, from the goal types. */
  values: string[];
  experience: ExperienceLevel;
  /** How often the draft has named the company so far: the phrasings name it less once it has been said. */
  companyMentions: number;
}

export interface MaterialOptions {
  maxWords: number;
  maxSteps: number;
  preferType?: GoalType;
  today: IsoDate | null;
  experience: ExperienceLevel;
}

const VALUES = VOCAB['goal-value'];
const LABELS = new Map(VOCAB['themes-labels'].map((e) => [e.phrase, e.focus]));
/** Theme words that are verbs or adjectives: they cannot follow "a focus on". */
const NOT_NOUNS = new Set([
  'lead', 'leads', 'manage', 'manages', 'supervise', 'supervises', 'deliver', 'delivers', 'present', 'presents', 'communicate', 'communicates',
  'collaborate', 'collaborates', 'partner', 'explain', 'explains', 'solve', 'solves', 'automate', 'automates', 'streamline', 'prioritize',
  'launch', 'launches', 'plan', 'written', 'accurate', 'lean', 'visual', 'coach', 'mentor', 'mentors', 'teach', 'teaches', 'design', 'designs',
  'promoted', 'step up', 'move up', 'grow into', 'progress into', 'work closely', 'working closely', 'head of', 'coach others', 'engineer',
  'engineers', 'leader', 'leaders', 'designer', 'user', 'users', 'client', 'customer', 'project', 'course', 'degree', 'masters', 'chartered',
]);
/** Offer words that read well after "your": "your mentoring programme", "your training". */
const OFFER_NOUNS = /\b(programme|program|scheme|support|budget|leave|academy|training|mentoring|mentorship|coaching|shadowing|rotations?|apprenticeship|workshops|conferences|career paths?|career ladder|framework|track|mobility|bootcamp|reimbursement|sponsorship|platform)$/i;

export interface LeftOutGoal {
  goal: Goal;
  /** Why the draft does not say it, in plain words for the user. */
  reason: string;
}

/**
 * The goals a draft can say as written, and those it leaves out: a goal that is not specific yet
 * ("get better at stuff") would put a vague aim in the user's mouth, so the draft speaks of the
 * role instead and the user is told which goal to sharpen.
 */
export function draftableGoals(goals: unknown): { usable: Goal[]; leftOut: LeftOutGoal[] } {
  const usable: Goal[] = [];
  const leftOut: LeftOutGoal[] = [];
  for (const goal of goalList(goals)) {
    if (!str(goal.statement).trim()) continue;
    const specific = checkGoal(goal).specific;
    if (specific.pass) usable.push(goal);
    else leftOut.push({ goal, reason: specific.reason });
  }
  return { usable, leftOut };
}

export function gather(goals: unknown, target: Target | null | undefined, choose: Chooser, options: MaterialOptions, focus = targetFocus(goals, target)): Material {
  const list = goalList(goals).filter((g) => str(g.statement).trim());
  const targetObj = target && typeof target === 'object' ? target : null;
  const names = namesIn([...list.flatMap((g) => [str(g.statement), ...stepList(g).map((s) => str(s.text))]), str(targetObj?.description), str(targetObj?.notes)]);
  const clauseOptions = { names, maxWords: options.maxWords };

  const longs = list.filter((g) => g.horizon === 'long');
  const shorts = list.filter((g) => g.horizon !== 'long');
  const served = (g: Goal) => shorts.filter((s) => g.id && s.servesGoalId === g.id).length;
  const mainLong = [...longs].sort((a, b) => served(b) - served(a))[0] ?? null;
  const rank = (g: Goal) => (options.preferType && g.type === options.preferType ? 0 : 2) + (mainLong?.id && g.servesGoalId === mainLong.id ? 0 : 1);
  const chosenShorts = [...shorts].sort((a, b) => rank(a) - rank(b)).slice(0, 2);

  const piece = (goal: Goal): GoalPiece => {
    const clean = cleanStatement(str(goal.statement), clauseOptions);
    const ownTime = findTimeframes(tokenize(clean)).length > 0;
    return { goal, clause: toClause(str(goal.statement), clauseOptions), when: ownTime ? '' : whenOf(goal, options.today), ownTime };
  };
  const short = chosenShorts.map(piece);
  // Two goals due in the same span: say the span once ("Alongside that…" carries it over).
  if (short[1] && short[0] && short[1].when === short[0].when) short[1] = { ...short[1], when: '' };
  const long = mainLong ? piece(mainLong) : null;

  const stepSources = [...chosenShorts, ...(mainLong ? [mainLong] : [])];
  const steps = stepSources
    .flatMap((g) => stepList(g).slice(0, 2))
    .map((s, order) => ({ step: s, order, due: parseIsoDate(s.due) }))
    .sort((a, b) => Number(!!b.step.done) - Number(!!a.step.done) || dueOrder(a.due, b.due) || a.order - b.order)
    .slice(0, options.maxSteps)
    .map(({ step }) => ({ clause: toClause(str(step.text), { names, maxWords: Math.min(options.maxWords, 16) }), done: !!step.done }))
    .filter((s) => s.clause.infinitive);
  // With no short-term goal, the long goal's first step is the nearest aim.
  if (short.length === 0 && long && steps.length > 1) {
    const first = steps.shift()!;
    short.push({ goal: { ...long.goal, horizon: 'short', statement: first.clause.infinitive }, clause: first.clause, when: '', ownTime: false });
  }

  const measureGoal = [...chosenShorts, ...(mainLong ? [mainLong] : [])].find((g) => str(g.measure).trim());
  const measure = measureGoal ? cleanStatement(str(measureGoal.measure), { names, maxWords: 16 }) : null;

  const company = str(targetObj?.company).trim().slice(0, 80) || null;
  const role = roleInSentence(str(targetObj?.role).trim().slice(0, 80), names) || null;
  const { work, offers } = focus;
  const types = [...new Set([...(mainLong ? [mainLong.type] : []), ...chosenShorts.map((g) => g.type)])];
  const values = types
    .map((t) => (typeof t === 'string' && Object.hasOwn(VALUES, t) ? choose.any(VALUES[t]!) : null))
    .filter((v): v is string => v !== null)
    .slice(0, 2);
  return { short, long, steps, measure, company, role, work, offers, values, experience: options.experience, companyMentions: 0 };
}

/** A goal's time as a phrase: its timeframe, else its target date said as a span from today (or its year). */
function whenOf(goal: Goal, today: IsoDate | null): string {
  const timeframe = str(goal.timeframe).trim().slice(0, 80);
  if (timeframe) return timeframePhrase(timeframe);
  const date = parseIsoDate(goal.targetDate);
  if (!date) return '';
  if (today) {
    const months = monthsBetween(today, date);
    if (months > 0) return `within ${spanInWords(months)}`;
  }
  return `by ${date.year}`;
}

function dueOrder(a: IsoDate | null, b: IsoDate | null): number {
  if (a && b) return a.year - b.year || a.month - b.month || a.day - b.day;
  return a ? -1 : b ? 1 : 0;
}

/** "Senior Data Analyst" → "senior data analyst"; names and acronyms keep their capitals ("UX designer"). */
function roleInSentence(role: string, names: ReadonlySet<string>): string {
  const cleaned = role.replace(/^(?:an?|the)\s+/i, '').replace(/[.!?,;:\s]+$/, '');
  return cleaned
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (/^[A-Z][a-z'-]*$/.test(w) && !names.has(w) ? w.toLowerCase() : w))
    .join(' ');
}

export interface TargetFocus {
  work: string[];
  offers: string[];
}

/** The role's work the goals meet (then the rest of it), and what the employer offers, as phrases for sentences. */
export function targetFocus(goals: unknown, target: Target | null | undefined): TargetFocus {
  if (!target || typeof target !== 'object') return { work: [], offers: [] };
  // The role line names the job, not its work: "Data analyst" says nothing about what the analyst does.
  const described = [str(target.description), str(target.notes)].filter(Boolean).join('\n');
  const doc = tokenize((described || str(target.role)).slice(0, 50_000));
  const hits = findThemes(doc);
  const untouched = new Set(alignGoals(goalList(goals), target).untouched.map((u) => u.theme));
  const touchedFirst = [...hits].sort((a, b) => Number(untouched.has(themeLabel(a.theme))) - Number(untouched.has(themeLabel(b.theme))));

  const work: string[] = [];
  const workHits = touchedFirst.filter((h) => h.kind === 'work');
  for (const hit of workHits) {
    for (const phrase of hit.words.filter(isNounPhrase).sort((a, b) => specificity(b) - specificity(a)).slice(0, 2)) addUnique(work, asWork(phrase, hit.theme));
    if (work.length >= 3) break;
  }
  // Only adjectives or verbs matched ("clinical", "lead"): name the themes instead, the touched ones.
  if (work.length === 0) for (const hit of workHits.slice(0, 2)) addUnique(work, LABELS.get(hit.theme) ?? themeLabel(hit.theme));
  const offers: string[] = [];
  for (const hit of touchedFirst.filter((h: ThemeHit) => h.kind === 'offer')) {
    const phrase = [...hit.words].sort((a, b) => b.split(' ').length - a.split(' ').length).find((w) => OFFER_NOUNS.test(w));
    addUnique(offers, phrase ?? LABELS.get(hit.theme) ?? themeLabel(hit.theme));
    if (offers.length >= 2) break;
  }
  return { work: work.slice(0, 3), offers };
}

/**
 * A bare countable noun cannot stand alone in "the work is built around …": "ward" reads as "ward work". A word is
 * taken as countable when its theme's vocabulary also lists its plural ("ward", "wards").
 */
function asWork(phrase: string, theme: string): string {
  const words = (VOCAB['themes-work'] as Record<string, readonly string[]>)[theme] ?? [];
  return !phrase.includes(' ') && words.includes(`${phrase.toLowerCase()}s`) ? `${phrase} work` : phrase;
}

/** Names, acronyms and longer phrases show research better than a bare common word ("Power BI" over "data"). */
function specificity(phrase: string): number {
  return (/[A-Z]/.test(phrase) ? 2 : 0) + (phrase.includes(' ') ? 1 : 0);
}

function isNounPhrase(phrase: string): boolean {
  if (NOT_NOUNS.has(phrase.toLowerCase())) return false;
  if (phrase.includes(' ') || /[A-Z]/.test(phrase)) return true;
  return !/(ed|ly|al|ive|ous|ful|ic)$/.test(phrase);
}

function addUnique(list: string[], phrase: string) {
  const lower = phrase.toLowerCase();
  if (!list.some((p) => p.toLowerCase() === lower || p.toLowerCase().includes(lower) || lower.includes(p.toLowerCase()))) list.push(phrase);
}
