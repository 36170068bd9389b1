/** What every rule may read besides the answer itself, computed once per analysis. */
import type { Doc } from '../text/tokenize.js';
import { tokenize } from '../text/tokenize.js';
import { QUESTIONS, getQuestion, type Question, type QuestionKind } from '../questions.js';
import type { AnalysisInput, Elements, ExperienceLevel } from '../types.js';
import { EXPERIENCE_LEVELS } from '../types.js';
import { detectElements } from './elements.js';
import { findTimeframes, type Timeframe } from '../text/timeframes.js';
import { profileFields, type FieldProfile } from './fields.js';

export interface Context {
  /** The recognised question, or null when none was given or it was not recognised. */
  question: Question | null;
  /** What kind of answer is expected; 'goals' when the question is unknown. */
  kind: QuestionKind;
  experience: ExperienceLevel;
  role: Doc | null;
  company: Doc | null;
  /** Durations and dates in the answer. */
  timeframes: Timeframe[];
  /** The fields (technology, health…) of the role and company, and of the answer. */
  fields: FieldProfile;
  elements: Elements;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : value == null ? '' : String(value));

/** Recognise a question from its id, its exact text, or its wording. */
export function recognizeQuestion(question: string): Question | null {
  const trimmed = question.trim();
  if (!trimmed) return null;
  const byId = getQuestion(trimmed);
  if (byId) return byId;
  const lower = trimmed.toLowerCase().slice(0, 500);
  const exact = QUESTIONS.find((q) => q.text.toLowerCase() === lower);
  if (exact) return exact;
  const has = (...words: string[]) => words.some((w) => lower.includes(w));
  if (has('not reach', "didn't reach", 'did not achieve', "didn't achieve", 'fail', 'missed')) return getQuestion('missed-goal')!;
  if (has('ten years', '10 years')) return getQuestion('ten-years')!;
  if (has('five years', '5 years', 'few years')) return getQuestion('five-years')!;
  if (has('short-term', 'short term', 'long-term', 'long term')) return getQuestion('short-long-goals')!;
  if (has('why do you want', 'why this company', 'why us', 'why our')) return getQuestion('why-company')!;
  if (has('motivat')) return getQuestion('motivation')!;
  if (has('proud', 'accomplishment')) return getQuestion('proudest-accomplishment')!;
  if (has('education', 'training', 'degree', 'study')) return getQuestion('further-education')!;
  if (has('learn')) return getQuestion('learn-more')!;
  if (has('path')) return getQuestion('career-path-interest')!;
  if (has('fit into', 'fit with', 'align')) return getQuestion('position-fit')!;
  if (has('next position', 'next role', 'looking for')) return getQuestion('next-position')!;
  if (has('improve')) return getQuestion('improved-past-year')!;
  if (has('progressed')) return getQuestion('career-progressed')!;
  if (has('goal', 'plan', 'future', 'ambition', 'aspiration')) return getQuestion('career-goals')!;
  return null;
}

export function buildContext(doc: Doc, input: AnalysisInput): Context {
  const question = recognizeQuestion(text(input.question));
  const experience = EXPERIENCE_LEVELS.includes(input.experience as ExperienceLevel) ? (input.experience as ExperienceLevel) : 'early';
  const roleText = text(input.role).trim();
  const companyText = text(input.company).trim();
  const role = roleText ? tokenize(roleText) : null;
  const company = companyText ? tokenize(companyText) : null;
  const timeframes = findTimeframes(doc);
  const kind = question?.kind ?? 'goals';
  // Objects written out rather than spread: spreading copies property by property on every analysis.
  const fields = profileFields(doc, { role, company });
  const elements = detectElements(doc, { question, kind, experience, role, company, timeframes, fields });
  return { question, kind, experience, role, company, timeframes, fields, elements };
}
