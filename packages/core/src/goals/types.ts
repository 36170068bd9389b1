/** Goals, targets and reflection (DOMAIN.md §3): the shapes the workbook, the server and the web app share. */
import type { ExperienceLevel } from '../types.js';

export const GOAL_TYPES = [
  'productivity',
  'efficiency',
  'education',
  'personal_development',
  'professional_development',
  'leadership',
  'career_change',
  'stability',
] as const;
export type GoalType = (typeof GOAL_TYPES)[number];

export const HORIZONS = ['short', 'long'] as const;
/** short: up to about two years; long: about five years, up to a decade. */
export type Horizon = (typeof HORIZONS)[number];

export interface ActionStep {
  text: string;
  /** ISO date (YYYY-MM-DD). */
  due?: string | null;
  done?: boolean;
}

export interface Goal {
  id?: string;
  statement: string;
  horizon: Horizon;
  type: GoalType;
  /** Free text such as "within 12 months". */
  timeframe?: string | null;
  /** ISO date (YYYY-MM-DD). */
  targetDate?: string | null;
  /** How success is measured. */
  measure?: string | null;
  steps?: ActionStep[];
  /** For a short-term goal: the long-term goal it serves. */
  servesGoalId?: string | null;
}

export type SmartCriterion = 'specific' | 'measurable' | 'realistic' | 'planned';

export interface CriterionResult {
  pass: boolean;
  /** Why it passes or fails, in plain words. */
  reason: string;
  /** A concrete next edit; empty when it passes. */
  suggestion: string;
  /** For a criterion that passes: something still worth a look (a horizon that does not fit, undated steps). */
  tip?: string;
}

export type GoalCheck = Record<SmartCriterion, CriterionResult> & { passed: boolean };

export interface GoalContext {
  experience?: ExperienceLevel;
  role?: string;
  /** Today as an ISO date; dates are judged against it. Passed in so the core never reads a clock. */
  today?: string;
}

export interface Target {
  id?: string;
  company: string;
  role: string;
  /** The job description text. */
  description?: string | null;
  /** What the candidate knows: training, mentoring, products, values. */
  notes?: string | null;
}

export interface GoalAlignment {
  goalId: string | null;
  statement: string;
  supported: boolean;
  /** The target's words that support this goal. */
  matches: string[];
}

export interface Alignment {
  goals: GoalAlignment[];
  /** Themes the target asks for that no goal touches. */
  untouched: { theme: string; words: string[] }[];
}

export interface ReflectionPrompt {
  id: string;
  text: string;
  /** A nudge shown under the prompt. */
  hint: string;
}

export type Strategy = 'long-first' | 'build-up';

export interface BuildOptions {
  strategy?: Strategy;
  experience?: ExperienceLevel;
  /** Picks among phrasings; the same seed gives the same draft. */
  seed?: number;
  /** Today as an ISO date: lets target dates be said as spans ("within two years"). The core reads no clock. */
  today?: string;
}
