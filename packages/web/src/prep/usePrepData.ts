/**
 * Gathers the prep sheet's material: goals, profile, target, and per question the latest attempt (with its
 * analysis) or, for questions never attempted, the studio draft this browser keeps (analyzed on the spot).
 */
import { useEffect, useState } from 'react';
import { api, errorMessage, type AttemptSummary, type QuestionItem } from '../api.js';
import { analysisContext, currentTarget } from '../studio/useCoachContext.js';
import type { PrepAnswer, PrepInput } from './sheet.js';

/** The studio autosaves each answer under "answer:<questionId>"; the autosave hook mirrors it locally here. */
const LOCAL_DRAFT_PREFIX = 'trajectory:autosave:answer:';
const MAX_CANDIDATES = 8;

export interface PrepData {
  loading: boolean;
  error: string | null;
  input: Omit<PrepInput, 'answers' | 'today'> | null;
  /** Every answer that could go on the sheet, newest first. */
  candidates: PrepAnswer[];
}

export function usePrepData(): PrepData {
  const [data, setData] = useState<PrepData>({ loading: true, error: null, input: null, candidates: [] });
  useEffect(() => {
    let cancelled = false;
    load().then(
      (loaded) => !cancelled && setData({ loading: false, error: null, ...loaded }),
      (error) => !cancelled && setData({ loading: false, error: errorMessage(error), input: null, candidates: [] }),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return data;
}

async function load(): Promise<Pick<PrepData, 'input' | 'candidates'>> {
  const [questions, goals, profile, targets, attempts] = await Promise.all([
    api.questions(),
    api.listGoals(),
    api.getProfile().catch(() => null),
    api.listTargets(),
    api.listAttempts({ limit: 500 }),
  ]);
  const target = currentTarget(targets);
  const text = new Map(questions.map((q) => [q.id, q.text]));

  const latest = latestPerQuestion(attempts).slice(0, MAX_CANDIDATES);
  const fromAttempts = await Promise.all(
    latest.map(async (summary): Promise<PrepAnswer> => {
      const attempt = await api.getAttempt(summary.id);
      return { questionId: summary.questionId, question: text.get(summary.questionId) ?? summary.questionId, answer: attempt.answer, analysis: attempt.analysis, source: 'attempt' };
    }),
  );

  const attempted = new Set(latest.map((a) => a.questionId));
  const drafts = localDrafts(questions).filter((d) => !attempted.has(d.questionId)).slice(0, MAX_CANDIDATES - fromAttempts.length);
  const context = analysisContext(profile, target);
  const fromDrafts = await Promise.all(
    drafts.map(async (d): Promise<PrepAnswer> => ({ ...d, analysis: await api.analyze({ answer: d.answer, question: d.questionId, ...context }), source: 'draft' })),
  );

  return { input: { profile, target, goals }, candidates: [...fromAttempts, ...fromDrafts] };
}

/** Attempts come newest first; the first one seen for a question is its latest. */
export function latestPerQuestion(attempts: readonly AttemptSummary[]): AttemptSummary[] {
  const seen = new Set<string>();
  return [...attempts]
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .filter((a) => (seen.has(a.questionId) ? false : (seen.add(a.questionId), true)));
}

function localDrafts(questions: readonly QuestionItem[]): Omit<PrepAnswer, 'analysis' | 'source'>[] {
  const found: (Omit<PrepAnswer, 'analysis' | 'source'> & { updatedAt: string })[] = [];
  for (const q of questions) {
    try {
      const raw = window.localStorage.getItem(LOCAL_DRAFT_PREFIX + q.id);
      if (!raw) continue;
      const record = JSON.parse(raw) as { value?: unknown; updatedAt?: string };
      if (typeof record.value === 'string' && record.value.trim()) {
        found.push({ questionId: q.id, question: q.text, answer: record.value, updatedAt: record.updatedAt ?? '' });
      }
    } catch {
      // an unreadable local copy is skipped
    }
  }
  return found.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).map(({ updatedAt: _updatedAt, ...rest }) => rest);
}
