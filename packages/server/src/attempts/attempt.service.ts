/** Practice attempts: each answer is stored with the analysis it got, for feedback and the trend over attempts. */
import type { Analysis, FlagId } from '@trajectory/core';
import type { z } from 'zod';
import type { Deps } from '../deps.js';
import { newId } from '../ids.js';
import { notFound } from '../api/errors.js';
import type { AttemptInputSchema, AttemptListQuerySchema, AttemptResponse, AttemptSummary } from '../api/schemas.js';
import { analyzeForUser } from '../coach/coach.service.js';
import { findAttempt, insertAttempt, listAttempts, type AttemptSummaryRow } from './attempt.repository.js';
import type { AttemptRow } from './attempt.table.js';

type AttemptInput = z.output<typeof AttemptInputSchema>;
type AttemptListQuery = z.output<typeof AttemptListQuerySchema>;

const DEFAULT_LIMIT = 100;

const toSummary = (row: AttemptSummaryRow): AttemptSummary => ({
  id: row.id,
  questionId: row.question_id,
  targetId: row.target_id,
  answer: row.answer,
  durationSeconds: row.duration_seconds,
  score: row.score,
  flags: JSON.parse(row.flag_ids) as FlagId[],
  createdAt: row.created_at,
});

const toResponse = (row: AttemptRow): AttemptResponse => ({ ...toSummary(row), analysis: JSON.parse(row.analysis) as Analysis });

export async function createAttempt(deps: Deps, userId: string, input: AttemptInput): Promise<AttemptResponse> {
  const { analysis } = await analyzeForUser(deps, userId, input.questionId, input.answer, input.targetId);
  const now = deps.clock.now();
  const row: AttemptRow = {
    id: newId(),
    user_id: userId,
    question_id: input.questionId,
    target_id: input.targetId ?? null,
    answer: input.answer,
    duration_seconds: input.durationSeconds ?? null,
    score: Math.round(analysis.score),
    flag_ids: JSON.stringify(analysis.flags.map((f) => f.id)),
    analysis: JSON.stringify(analysis),
    created_at: now.toISOString(),
  };
  await insertAttempt(deps.db, row);
  return { ...toSummary(row), analysis };
}

export async function getAttempts(deps: Deps, userId: string, query: AttemptListQuery): Promise<AttemptSummary[]> {
  return (await listAttempts(deps.db, userId, { questionId: query.questionId, limit: query.limit ?? DEFAULT_LIMIT })).map(toSummary);
}

export async function getAttempt(deps: Deps, userId: string, id: string): Promise<AttemptResponse> {
  const row = await findAttempt(deps.db, userId, id);
  if (!row) throw notFound('attempt');
  return toResponse(row);
}
