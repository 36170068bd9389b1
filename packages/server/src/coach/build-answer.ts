/**
 * The seam to the core's answer builder. `buildAnswer` is being added to @trajectory/core;
 * until it is exported, a plain fallback composes a draft from the goals so the route works.
 * When the core's version lands it is picked up here with no other change.
 */
import * as core from '@trajectory/core';
import type { BuildOptions, Goal, Question, Target } from '@trajectory/core';

type BuildAnswer = (question: Question, goals: Goal[], target: Target | null, options: BuildOptions) => unknown;

const fromCore = (core as unknown as { buildAnswer?: BuildAnswer }).buildAnswer;

export function draftAnswer(question: Question, goals: Goal[], target: Target | null, options: BuildOptions): string {
  if (typeof fromCore === 'function') return answerText(fromCore(question, goals, target, options));
  return fallbackDraft(goals, target, options);
}

/** The builder may return the text itself or an object holding it. */
function answerText(result: unknown): string {
  if (typeof result === 'string') return result;
  if (result && typeof result === 'object') {
    const { answer, text } = result as { answer?: unknown; text?: unknown };
    if (typeof answer === 'string') return answer;
    if (typeof text === 'string') return text;
  }
  throw new Error('buildAnswer returned no text');
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const sentence = (s: string) => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);
const when = (goal: Goal) => (goal.timeframe ? ` ${goal.timeframe}` : goal.targetDate ? ` by ${goal.targetDate}` : '');

function fallbackDraft(goals: Goal[], target: Target | null, options: BuildOptions): string {
  const short = goals.filter((g) => g.horizon === 'short');
  const long = goals.filter((g) => g.horizon === 'long');
  const shortLines = short.map((g) => {
    const steps = (g.steps ?? []).filter((s) => !s.done).map((s) => lowerFirst(s.text));
    return sentence(`In the near term I want to ${lowerFirst(g.statement)}${when(g)}`) + (steps.length ? ` ${sentence(`To get there I will ${steps.join(', then ')}`)}` : '');
  });
  const longLines = long.map((g) => sentence(`Longer term, I aim to ${lowerFirst(g.statement)}${when(g)}`));
  const fit = target ? [sentence(`This ${target.role} role at ${target.company} is where I can do that work and bring results to the team while I grow`)] : [];
  const parts = options.strategy === 'build-up' ? [...shortLines, ...longLines] : [...longLines, ...shortLines];
  return [...parts, ...fit].join(' ');
}
