/** Choosing a mock interview's questions, and summing up how it went. Pure, so both are unit-tested. */
import type { Analysis } from '@trajectory/core';
import { wordsPerMinute } from '../studio/words.js';

export interface PlannableQuestion {
  id: string;
  text: string;
  probes: readonly string[];
  expects: readonly string[];
}

/**
 * A mix of `count` questions. It opens with the classic question when there is one; with a target job,
 * questions that probe fit with it weigh three times as much, so most sessions ask about the job.
 */
export function planSession<Q extends PlannableQuestion>(
  questions: readonly Q[],
  count: number,
  options: { hasTarget: boolean; random?: () => number; openWith?: string },
): Q[] {
  const random = options.random ?? Math.random;
  const pool = [...questions];
  const chosen: Q[] = [];
  const opener = pool.findIndex((q) => q.id === (options.openWith ?? 'career-goals'));
  if (opener >= 0 && count > 0) chosen.push(...pool.splice(opener, 1));
  while (chosen.length < count && pool.length > 0) {
    const weights = pool.map((q) => weightOf(q, options.hasTarget));
    const total = weights.reduce((a, b) => a + b, 0);
    let pick = random() * total;
    let index = 0;
    while (index < pool.length - 1 && pick >= weights[index]!) {
      pick -= weights[index]!;
      index++;
    }
    chosen.push(...pool.splice(index, 1));
  }
  return chosen;
}

export function weightOf(question: PlannableQuestion, hasTarget: boolean): number {
  if (!hasTarget) return 1;
  const aboutTheJob = question.probes.includes('fit') || question.expects.includes('alignment');
  return aboutTheJob ? 3 : 1;
}

export interface TurnResult {
  kind: 'main' | 'followup';
  questionId: string;
  question: string;
  answer: string;
  mode: 'spoken' | 'typed';
  durationSeconds: number;
  analysis: Analysis;
  /** Set when the answer was stored as an attempt. */
  attemptId: string | null;
}

export interface SessionSummary {
  turns: number;
  words: number;
  seconds: number;
  /** Words per minute over the spoken answers, or over all answers when none was spoken. */
  pace: number | null;
  paceFrom: 'spoken' | 'typed' | null;
  fillers: { phrase: string; count: number }[];
  fillerCount: number;
  averageScore: number | null;
}

export function summarize(turns: readonly TurnResult[]): SessionSummary {
  const spoken = turns.filter((t) => t.mode === 'spoken');
  const paced = spoken.length ? spoken : turns;
  const pacedWords = paced.reduce((sum, t) => sum + t.analysis.metrics.words, 0);
  const pacedSeconds = paced.reduce((sum, t) => sum + t.durationSeconds, 0);
  const fillers = new Map<string, number>();
  for (const turn of turns) for (const f of turn.analysis.metrics.fillers) fillers.set(f.phrase, (fillers.get(f.phrase) ?? 0) + f.count);
  const fillerList = [...fillers].map(([phrase, count]) => ({ phrase, count })).sort((a, b) => b.count - a.count || a.phrase.localeCompare(b.phrase));
  const scored = turns.filter((t) => t.kind === 'main');
  return {
    turns: turns.length,
    words: turns.reduce((sum, t) => sum + t.analysis.metrics.words, 0),
    seconds: turns.reduce((sum, t) => sum + t.durationSeconds, 0),
    pace: wordsPerMinute(pacedWords, pacedSeconds),
    paceFrom: turns.length === 0 ? null : spoken.length ? 'spoken' : 'typed',
    fillers: fillerList,
    fillerCount: fillerList.reduce((sum, f) => sum + f.count, 0),
    averageScore: scored.length ? Math.round(scored.reduce((sum, t) => sum + t.analysis.score, 0) / scored.length) : null,
  };
}

/** A word on the pace: conversational speech is about 120–160 words a minute. */
export function paceAdvice(pace: number | null, from: SessionSummary['paceFrom']): string {
  if (pace === null) return 'Answer for a little longer to measure your pace.';
  if (from === 'typed') return 'Measured while typing, so it is slower than speech. Try speaking the answers to see your real pace.';
  if (pace < 110) return 'A little slow: aim for 120–160 words a minute. Rehearsing the answer aloud makes it flow.';
  if (pace > 170) return 'Fast: slow down and pause between your goals. Aim for 120–160 words a minute.';
  return 'An easy pace to follow: 120–160 words a minute is the range to aim for.';
}
