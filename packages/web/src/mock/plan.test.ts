import { describe, expect, it } from 'vitest';
import type { Analysis } from '@trajectory/core';
import { paceAdvice, planSession, summarize, weightOf, type TurnResult } from './plan.js';

const q = (id: string, probes: string[], expects: string[] = []) => ({ id, text: id, probes, expects });
const BANK = [
  q('career-goals', ['plan']),
  q('why-company', ['fit'], ['alignment']),
  q('fit-goals', ['fit']),
  q('motivation', ['motivation']),
  q('learn', ['growth']),
  q('ten-years', ['tenure']),
];

/** A seeded generator, so the draws are repeatable. */
function seeded(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

describe('planSession', () => {
  it('opens with the classic question and never repeats one', () => {
    const plan = planSession(BANK, 4, { hasTarget: false, random: seeded(1) });
    expect(plan[0]!.id).toBe('career-goals');
    expect(new Set(plan.map((p) => p.id)).size).toBe(4);
  });

  it('asks for no more than the bank holds', () => {
    expect(planSession(BANK, 20, { hasTarget: true, random: seeded(2) })).toHaveLength(BANK.length);
  });

  it('with a target, asks about fit with the job more often than without', () => {
    const fitShare = (hasTarget: boolean) => {
      const random = seeded(7);
      let fit = 0;
      for (let i = 0; i < 400; i++) {
        const [, second] = planSession(BANK, 2, { hasTarget, random });
        if (second && weightOf(second, true) > 1) fit++;
      }
      return fit / 400;
    };
    expect(fitShare(true)).toBeGreaterThan(0.6);
    expect(fitShare(false)).toBeLessThan(0.55);
  });
});

const analysis = (words: number, score: number, fillers: { phrase: string; count: number }[] = []): Analysis => ({
  flags: [],
  elements: {
    short_term: { present: false, evidence: [] },
    long_term: { present: false, evidence: [] },
    plan: { present: false, evidence: [] },
    alignment: { present: false, evidence: [] },
    value: { present: false, evidence: [] },
  },
  score,
  strengths: [],
  followups: [],
  metrics: { words, sentences: 1, speakingSeconds: 0, fillers, repeatedPhrases: [] },
  questionId: null,
});

const turn = (over: Partial<TurnResult>): TurnResult => ({
  kind: 'main',
  questionId: 'career-goals',
  question: 'What are your career goals?',
  answer: '',
  mode: 'spoken',
  durationSeconds: 60,
  analysis: analysis(140, 70),
  attemptId: null,
  ...over,
});

describe('summarize', () => {
  it('measures pace over the spoken answers and adds up fillers', () => {
    const summary = summarize([
      turn({ durationSeconds: 60, analysis: analysis(150, 80, [{ phrase: 'um', count: 2 }]) }),
      turn({ kind: 'followup', durationSeconds: 30, analysis: analysis(60, 20, [{ phrase: 'um', count: 1 }, { phrase: 'like', count: 3 }]) }),
      turn({ mode: 'typed', durationSeconds: 300, analysis: analysis(100, 60) }),
    ]);
    expect(summary.pace).toBe(140);
    expect(summary.paceFrom).toBe('spoken');
    expect(summary.fillerCount).toBe(6);
    expect(summary.fillers[0]).toEqual({ phrase: 'like', count: 3 });
    expect(summary.averageScore).toBe(70);
    expect(summary.seconds).toBe(390);
  });

  it('falls back to the typed answers and says so', () => {
    const summary = summarize([turn({ mode: 'typed', durationSeconds: 120, analysis: analysis(60, 50) })]);
    expect(summary.pace).toBe(30);
    expect(paceAdvice(summary.pace, summary.paceFrom)).toMatch(/typing/);
  });

  it('gives pace advice by range', () => {
    expect(paceAdvice(90, 'spoken')).toMatch(/slow/);
    expect(paceAdvice(190, 'spoken')).toMatch(/Fast/);
    expect(paceAdvice(140, 'spoken')).toMatch(/easy pace/);
    expect(paceAdvice(null, null)).toMatch(/longer/);
  });
});
