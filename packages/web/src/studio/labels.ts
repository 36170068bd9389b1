/** Human names for the analyzer's ids: the ids are a contract, these words are for people. */
import type { ElementId, FlagId, Severity } from '@trajectory/core';

export const FLAG_NAMES: Record<FlagId, string> = {
  no_goals: 'No goals',
  money_focus: 'About the money',
  irrelevant: 'Unrelated to the role',
  misaligned: 'Leads away from this job',
  leaving_soon: 'Sounds like a short stay',
  too_specific: 'Too rigid',
  unprofessional: 'Too personal',
  cliche: 'Cliché',
  unrealistic: 'Out of reach',
  unclear: 'Vague',
  self_focused: 'About what you get',
  wants_interviewer_job: "Aims at the interviewer's seat",
  no_short_term: 'No short-term goal',
  no_long_term: 'No long-term goal',
  no_plan: 'No plan',
  rambling: 'Rambling',
  evasive: 'Dodges the question',
  blames_others: 'Blames others',
};

export const SEVERITY_NAMES: Record<Severity, string> = {
  serious: 'Serious',
  moderate: 'Worth fixing',
  minor: 'Minor',
};

export const ELEMENTS: { id: ElementId; name: string; what: string }[] = [
  { id: 'short_term', name: 'A short-term goal', what: 'What you aim for in the next year or two.' },
  { id: 'long_term', name: 'A long-term goal', what: 'Where you want your career to be in about five years.' },
  { id: 'plan', name: 'A plan', what: 'The concrete steps that will get you there.' },
  { id: 'alignment', name: 'Fit with this role and company', what: 'How your goals meet what this job offers.' },
  { id: 'value', name: 'The value you bring', what: 'What the company gains from you, not what you gain from it.' },
];

export function flagName(id: string): string {
  return (FLAG_NAMES as Record<string, string>)[id] ?? id.replace(/_/g, ' ');
}

/** 0–100 into a word, so the number is never the only signal. */
export function scoreBand(score: number): { label: string; tone: 'good' | 'warn' | 'bad' } {
  if (score >= 75) return { label: 'Strong', tone: 'good' };
  if (score >= 50) return { label: 'Getting there', tone: 'warn' };
  return { label: 'Needs work', tone: 'bad' };
}

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
