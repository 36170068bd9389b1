/** Builds the prep sheet's model from what the person has: goals, target, and their latest answers. */
import type { Analysis, Flag, Severity } from '@trajectory/core';
import type { GoalResponse, ProfileResponse, TargetResponse } from '../api.js';
import { flagName } from '../studio/labels.js';
import type { PrepItem, PrepSheet } from './model.js';

export interface PrepAnswer {
  questionId: string;
  question: string;
  answer: string;
  analysis: Analysis;
  source: 'attempt' | 'draft';
}

export interface PrepInput {
  profile: ProfileResponse | null;
  target: TargetResponse | null;
  goals: GoalResponse[];
  answers: PrepAnswer[];
  /** Today, YYYY-MM-DD. */
  today: string;
}

const MAX_STEPS_PER_GOAL = 3;
const MAX_FOLLOWUPS = 6;
const MAX_FLAGS = 6;
const EXPERIENCE: Record<string, string> = {
  graduate: 'Graduate',
  early: 'Early career',
  experienced: 'Experienced',
  senior: 'Senior',
};
const RANK: Record<Severity, number> = { serious: 0, moderate: 1, minor: 2 };

export function buildSheet(input: PrepInput): PrepSheet {
  const role = input.target?.role || input.profile?.targetRole;
  const company = input.target?.company || input.profile?.company;
  const title = role ? `Prep sheet: ${role}${company ? ` at ${company}` : ''}` : 'Prep sheet: your career goals';
  const experience = input.profile?.experience ? EXPERIENCE[input.profile.experience] : null;
  const subtitle = [experience, `Prepared ${formatDate(input.today)}`, 'Say it aloud; do not recite it.'].filter(Boolean).join(' · ');
  return {
    title,
    subtitle,
    sections: [
      { id: 'goals', heading: 'Goals and plan', empty: 'No goals yet: set them in the workbook.', items: goalItems(input.goals) },
      {
        id: 'answers',
        heading: 'Tailored answers',
        empty: 'No answers yet: draft one in the answer studio.',
        items: input.answers.map((a) => ({ label: `${a.question} (score ${a.analysis.score})`, text: a.answer, long: true })),
      },
      { id: 'followups', heading: 'Follow-ups to prepare', empty: 'Analyze an answer to see the follow-ups it invites.', items: followupItems(input.answers) },
      { id: 'redflags', heading: 'Red flags to avoid', empty: 'None in these answers. Keep it that way: no salary talk, no clichés.', items: flagItems(input.answers) },
    ],
  };
}

function goalItems(goals: readonly GoalResponse[]): PrepItem[] {
  const items: PrepItem[] = [];
  const longs = goals.filter((g) => g.horizon === 'long');
  const shorts = goals.filter((g) => g.horizon === 'short');
  const served = new Set<string>();
  // Each long-term goal, its own next steps, then the short-term goals that lead to it, as a path.
  for (const long of longs) {
    items.push({ label: 'Long-term goal', text: withTime(long) }, ...stepItems(long, 1));
    for (const short of shorts.filter((s) => s.servesGoalId === long.id)) {
      served.add(short.id);
      items.push({ label: 'Short-term goal', text: withTime(short), indent: 1 }, ...stepItems(short, 2));
    }
  }
  for (const short of shorts.filter((s) => !served.has(s.id))) items.push({ label: 'Short-term goal', text: withTime(short) }, ...stepItems(short, 1));
  return items;
}

/** The next few steps, open ones first: the sheet is for what is still to do. */
function stepItems(goal: GoalResponse, indent: 1 | 2): PrepItem[] {
  const steps = [...goal.steps].sort((a, b) => Number(a.done) - Number(b.done)).slice(0, MAX_STEPS_PER_GOAL);
  return steps.map((s) => ({
    label: s.done ? 'Done' : 'Step',
    text: `${s.text}${s.due ? ` (by ${formatDate(s.due)})` : ''}`,
    indent,
  }));
}

function withTime(goal: GoalResponse): string {
  const when = goal.timeframe || (goal.targetDate ? `by ${formatDate(goal.targetDate)}` : '');
  return when ? `${goal.statement} (${when})` : goal.statement;
}

function followupItems(answers: readonly PrepAnswer[]): PrepItem[] {
  const seen = new Set<string>();
  const items: PrepItem[] = [];
  for (const answer of answers) {
    for (const f of answer.analysis.followups) {
      const key = f.question.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      items.push({ text: f.question, bullet: true });
    }
  }
  return items.slice(0, MAX_FOLLOWUPS);
}

function flagItems(answers: readonly PrepAnswer[]): PrepItem[] {
  const byId = new Map<string, { flag: Flag; answer: string }>();
  for (const a of answers) {
    for (const flag of a.analysis.flags) {
      const known = byId.get(flag.id);
      if (!known || RANK[flag.severity] < RANK[known.flag.severity]) byId.set(flag.id, { flag, answer: a.answer });
    }
  }
  return [...byId.values()]
    .sort((x, y) => RANK[x.flag.severity] - RANK[y.flag.severity])
    .slice(0, MAX_FLAGS)
    .map(({ flag, answer }) => {
      const said = flag.text && flag.end - flag.start < answer.length && flag.text.length <= 80 ? ` You said “${flag.text.trim()}”.` : '';
      return { label: flagName(flag.id), text: `${flag.suggestion || flag.message}${said}`, bullet: true };
    });
}

export function formatDate(iso: string): string {
  const date = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
