/**
 * Drafts a first-person answer of about 100–250 words from the user's goals and target,
 * following the guide's §4 for the question's kind: short- and long-term goals kept apart,
 * the plan, the fit with this company, the value the candidate brings. Two strategies:
 * 'long-first' starts from the long-term goal and fills in the steps; 'build-up' builds the
 * short-term goals up to the long-term one. The seed picks among phrasings.
 */
import { recognizeQuestion } from '../../analysis/context.js';
import { repeatedPhrases } from '../../analysis/metrics.js';
import { getQuestion, type Question } from '../../questions.js';
import { tokenize } from '../../text/tokenize.js';
import { EXPERIENCE_LEVELS, type ExperienceLevel } from '../../types.js';
import { parseIsoDate } from '../dates.js';
import type { BuildOptions, Goal, Strategy, Target } from '../types.js';
import { draftableGoals, gather, targetFocus, type Material } from './material.js';
import * as say from './phrasings.js';
import { Chooser, seededRandom, type Phrasing } from './random.js';

const MIN_WORDS = 100;
const MAX_WORDS = 250;
/** Aim a little inside the bounds, so a long name or list cannot tip the draft over. */
const TARGET_MAX = 235;
/** Other seeds tried when a draft repeats itself. */
const RETRIES = 4;

type Slot = 'opener' | 'missed' | 'long' | 'short1' | 'short2' | 'plan' | 'measure' | 'review' | 'feedback' | 'fit' | 'offers' | 'value' | 'closing';

/** Dropped first when the draft is too long. */
const DROP_ORDER: Slot[] = ['measure', 'closing', 'opener', 'offers', 'short2'];
/** Added, in order, when the draft is too short. */
const PAD_ORDER: Slot[] = ['review', 'feedback'];

/** How much detail a draft keeps: each level trims more, for goals written at great length. */
const LEVELS = [
  { maxWords: 28, maxSteps: 3 },
  { maxWords: 20, maxSteps: 2 },
  { maxWords: 14, maxSteps: 2 },
  { maxWords: 9, maxSteps: 1 },
];

export function buildAnswer(question: Question | string, allGoals: Goal[], target: Target | null | undefined, options: BuildOptions = {}): string {
  const q = resolveQuestion(question);
  // A goal that is not specific yet is left out: the caller tells the user which (draftableGoals).
  const goals = draftableGoals(allGoals).usable;
  const opts = typeof options === 'object' && options !== null ? options : {};
  const seed = typeof opts.seed === 'number' && Number.isFinite(opts.seed) ? opts.seed : 0;
  const experience: ExperienceLevel = EXPERIENCE_LEVELS.includes(opts.experience as ExperienceLevel) ? (opts.experience as ExperienceLevel) : 'early';
  const today = parseIsoDate(opts.today);

  // The target is read once: every attempt below phrases the same facts.
  const focus = targetFocus(goals, target);
  let draft = '';
  for (const level of LEVELS) {
    draft = draftAt(level, seed);
    // The user's words and ours may say one phrase over and over: try other phrasings before giving in.
    for (let retry = 1; retry <= RETRIES && circles(draft); retry++) draft = draftAt(level, seed + retry * 7919);
    if (words(draft) <= MAX_WORDS) break;
  }
  return draft;

  function draftAt(level: (typeof LEVELS)[number], attemptSeed: number): string {
    const choose = new Chooser(seededRandom(attemptSeed));
    const strategy: Strategy = opts.strategy === 'long-first' || opts.strategy === 'build-up' ? opts.strategy : choose.any(['long-first', 'build-up'] as const);
    const preferType = q.kind === 'learning' ? 'education' : undefined;
    const material = gather(goals, target, choose, { ...level, preferType, today, experience }, focus);
    return fit(render(q, strategy, material, choose));
  }
}

function resolveQuestion(question: unknown): Question {
  if (typeof question === 'string') return recognizeQuestion(question) ?? getQuestion('career-goals')!;
  if (question && typeof question === 'object') {
    const q = question as Partial<Question>;
    if (typeof q.kind === 'string' && typeof q.text === 'string') return { id: String(q.id ?? ''), text: q.text, kind: q.kind, probes: [], expects: [], followups: [] };
    const known = recognizeQuestion(String(q.id ?? q.text ?? ''));
    if (known) return known;
  }
  return getQuestion('career-goals')!;
}

/** The order of slots for a question's kind and a strategy. */
function slotOrder(question: Question, strategy: Strategy): Slot[] {
  const core: Slot[] = strategy === 'long-first' ? ['long', 'short1', 'short2', 'plan', 'review', 'feedback'] : ['short1', 'short2', 'plan', 'review', 'feedback', 'long'];
  switch (question.kind) {
    case 'company':
      return ['opener', 'fit', 'offers', ...core, 'measure', 'value', 'closing'];
    case 'learning':
      return ['opener', ...core, 'measure', 'value', 'fit', 'offers', 'closing'];
    case 'missed_goal':
      return ['missed', ...core, 'measure', 'fit', 'value', 'closing'];
    default:
      return ['opener', ...core, 'measure', 'fit', 'offers', 'value', 'closing'];
  }
}

interface Sentence {
  slot: Slot;
  text: string;
}

function render(question: Question, strategy: Strategy, m: Material, choose: Chooser): Sentence[] {
  const pick = <A extends unknown[]>(options: Phrasing<A>[], ...args: A) => choose.phrasing(options).render(...args);
  const out: Sentence[] = [];
  const add = (slot: Slot, text: string | null) => {
    if (!text) return;
    out.push({ slot, text });
    if (m.company && text.includes(m.company)) m.companyMentions++;
  };
  const fitFirst = question.kind === 'company';
  const [first, second] = m.short;
  for (const slot of slotOrder(question, strategy)) {
    switch (slot) {
      case 'opener':
        add(slot, pick(say.openers(question, m)));
        break;
      case 'missed':
        for (const text of say.MISSED) add(slot, text);
        break;
      case 'long':
        if (m.long) add(slot, strategy === 'long-first' ? pick(say.LONG_FIRST, m.long) : pick(say.LONG_LAST, m.long));
        else add(slot, pick(say.LONG_FALLBACK, m));
        break;
      case 'short1':
        if (first) add(slot, strategy === 'long-first' && m.long ? pick(say.SHORT_AFTER_LONG, first) : pick(say.SHORT_FIRST, first));
        else add(slot, pick(say.SHORT_FALLBACK, m));
        break;
      case 'short2':
        if (second) add(slot, pick(say.SHORT_SECOND, second));
        break;
      case 'plan':
        if (m.steps.length === 0) add(slot, pick(say.PLAN_FALLBACK));
        else add(slot, m.steps[0]!.done ? pick(say.PLAN_STARTED, m.steps) : pick(say.PLAN, m.steps));
        break;
      case 'measure':
        if (m.measure) add(slot, pick(say.MEASURE, m.measure));
        break;
      case 'review':
        add(slot, pick(say.REVIEW));
        break;
      case 'feedback':
        add(slot, pick(say.FEEDBACK));
        break;
      case 'fit':
        add(slot, m.work.length > 0 ? pick(fitFirst ? say.FIT_WORK_FIRST : say.FIT_WORK, m) : pick(say.FIT_FALLBACK, m));
        break;
      case 'offers':
        if (m.offers.length > 0) add(slot, pick(say.FIT_OFFERS, m));
        break;
      case 'value':
        add(slot, m.values.length > 0 ? pick(say.VALUE, m) : pick(say.VALUE_FALLBACK, m));
        break;
      case 'closing':
        add(slot, pick(say.CLOSING, m));
        break;
    }
  }
  return out;
}

/** Keep the draft within bounds: leave out the extras first, add the padding sentences only when it is short. */
function fit(all: Sentence[]): string {
  const kept = new Set<Slot>(all.map((s) => s.slot).filter((slot) => !PAD_ORDER.includes(slot)));
  const text = () => all.filter((s) => kept.has(s.slot)).map((s) => s.text).join(' ');
  for (const slot of DROP_ORDER) {
    if (words(text()) <= TARGET_MAX) break;
    kept.delete(slot);
  }
  for (const slot of PAD_ORDER) {
    if (words(text()) >= MIN_WORDS) break;
    kept.add(slot);
  }
  return text();
}

const words = (text: string) => tokenize(text).wordCount;

/** Does a phrase of three or more words come back three times? (The analyzer calls that going round in circles.) */
const circles = (text: string) => repeatedPhrases(tokenize(text)).some((p) => p.count >= 3);
