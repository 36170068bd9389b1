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

/** An attempt with its analysis still as the JSON text it is stored as: routes send it without parsing it. */
export interface StoredAttempt {
  summary: AttemptSummary;
  analysisJson: string;
}

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

/** The attempt as an API body: the summary's JSON with the analysis spliced in as the last field. */
export const attemptJson = ({ summary, analysisJson }: StoredAttempt): string => `${JSON.stringify(summary).slice(0, -1)},"analysis":${analysisJson}}`;

export const toAttemptResponse = ({ summary, analysisJson }: StoredAttempt): AttemptResponse => ({ ...summary, analysis: JSON.parse(analysisJson) as Analysis });

export async function createAttempt(deps: Deps, userId: string, input: AttemptInput): Promise<StoredAttempt> {
  const analyzed = await analyzeForUser(deps, userId, input.questionId, input.answer, input.targetId);
  const row: AttemptRow = {
    id: newId(),
    user_id: userId,
    question_id: input.questionId,
    target_id: input.targetId ?? null,
    answer: input.answer,
    duration_seconds: input.durationSeconds ?? null,
    score: Math.round(analyzed.score),
    flag_ids: JSON.stringify(analyzed.flags),
    analysis: analyzed.json,
    created_at: deps.clock.now().toISOString(),
  };
  await insertAttempt(deps.db, row);
  return { summary: toSummary(row), analysisJson: analyzed.json };
}

export async function getAttempts(deps: Deps, userId: string, query: AttemptListQuery): Promise<AttemptSummary[]> {
  return (await listAttempts(deps.db, userId, { questionId: query.questionId, limit: query.limit ?? DEFAULT_LIMIT })).map(toSummary);
}

export async function getAttempt(deps: Deps, userId: string, id: string): Promise<StoredAttempt> {
  const row: AttemptRow | undefined = await findAttempt(deps.db, userId, id);
  if (!row) throw notFound('attempt');
  return { summary: toSummary(row), analysisJson: row.analysis };
}
