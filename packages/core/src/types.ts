/** The analyzer's public shapes: one serializable result used by the CLI, the API and the web app. */
import type { ElementId } from './questions.js';

export type ExperienceLevel = 'graduate' | 'early' | 'experienced' | 'senior';
export const EXPERIENCE_LEVELS: readonly ExperienceLevel[] = ['graduate', 'early', 'experienced', 'senior'];

/** The red-flag ids of DOMAIN.md §5. They are a contract: never rename one. */
export const FLAG_IDS = [
  'no_goals',
  'money_focus',
  'irrelevant',
  'misaligned',
  'leaving_soon',
  'too_specific',
  'unprofessional',
  'cliche',
  'unrealistic',
  'unclear',
  'self_focused',
  'wants_interviewer_job',
  'no_short_term',
  'no_long_term',
  'no_plan',
  'rambling',
  'evasive',
  'blames_others',
] as const;
export type FlagId = (typeof FLAG_IDS)[number];

export type Severity = 'minor' | 'moderate' | 'serious';

export interface AnalysisInput {
  answer: string;
  /** A question id from the bank, or the question's text in any wording. */
  question?: string;
  /** The target role, e.g. "Data analyst". */
  role?: string;
  /** Free text: a job description, or what the candidate knows of the company. */
  company?: string;
  experience?: ExperienceLevel;
  /**
   * The day the answer is judged on, YYYY-MM-DD: "by 2028" is measured from it. The core reads no
   * clock, so callers that know the date pass it; without it (or when it is not a valid date), mid-2026.
   */
  today?: string;
}

/** A red flag pointed at the words that triggered it (or the whole answer, for something missing). */
export interface Flag {
  id: FlagId;
  severity: Severity;
  /** 0-based UTF-16 offsets into the answer, end exclusive. */
  start: number;
  end: number;
  /** 1-based line and column of `start`, computed once by the engine. */
  line: number;
  column: number;
  /** The answer's text in [start, end). */
  text: string;
  message: string;
  suggestion: string;
}

export type Range = [start: number, end: number];

export interface ElementResult {
  present: boolean;
  evidence: Range[];
}
export type Elements = Record<ElementId, ElementResult>;

export interface Strength {
  /** Which element or quality this strength is about. */
  id: string;
  message: string;
  evidence: Range[];
}

export interface Followup {
  question: string;
  /** The phrase it probes; the whole answer when it probes what is missing. */
  start: number;
  end: number;
  text: string;
}

export interface Metrics {
  words: number;
  sentences: number;
  /** Estimated speaking time at 140 words a minute. */
  speakingSeconds: number;
  fillers: { phrase: string; count: number }[];
  /** Phrases of three or more words said more than once. */
  repeatedPhrases: { phrase: string; count: number }[];
}

export interface Analysis {
  flags: Flag[];
  elements: Elements;
  score: number;
  strengths: Strength[];
  followups: Followup[];
  metrics: Metrics;
  /** The question the answer was judged against: its id in the bank, when it was recognised. */
  questionId: string | null;
}
