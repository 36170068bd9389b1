/** The analyzer and the answer builder, fed with what the server knows of the user (target, profile, goals). */
import { buildAnswer, draftableGoals, getQuestion, type Analysis, type AnalysisInput } from '@trajectory/core';
import type { z } from 'zod';
import type { Deps } from '../deps.js';
import { ApiError } from '../api/errors.js';
import type { DraftAnswerInputSchema, DraftAnswerResponse, ProfileResponse } from '../api/schemas.js';
import { getProfile } from '../profile/profile.service.js';
import { referencedTarget, toCoreTarget } from '../targets/target.service.js';
import type { TargetRow } from '../targets/target.table.js';
import { coreGoals } from '../goals/goal.service.js';
import { isoDay } from '../clock.js';
import type { AnalyzedAnswer } from '../analysis/analyzer.js';

type DraftAnswerInput = z.output<typeof DraftAnswerInputSchema>;

/** The role, company and level to judge an answer against: the target's when one is named, else the profile's. */
export function analysisContext(target: TargetRow | null, profile: ProfileResponse): Omit<AnalysisInput, 'answer'> {
  const context: Omit<AnalysisInput, 'answer'> = {};
  const role = target?.role ?? profile.targetRole;
  const company = target ? [target.company, target.description, target.notes].filter(Boolean).join('\n\n') : profile.company;
  if (role) context.role = role;
  if (company) context.company = company;
  if (profile.experience) context.experience = profile.experience;
  return context;
}

/** Judge an answer to a bank question in the user's context. */
export async function analyzeForUser(deps: Deps, userId: string, questionId: string, answer: string, targetId?: string | null): Promise<AnalyzedAnswer> {
  const [target, profile] = await Promise.all([referencedTarget(deps.db, userId, targetId), getProfile(deps.db, userId)]);
  return deps.analyzer({ answer, question: questionId, today: isoDay(deps.clock.now()), ...analysisContext(target, profile) });
}

export async function draftAnswerFor(deps: Deps, userId: string, input: DraftAnswerInput): Promise<DraftAnswerResponse> {
  const [goals, target, profile] = await Promise.all([coreGoals(deps.db, userId), referencedTarget(deps.db, userId, input.targetId), getProfile(deps.db, userId)]);
  if (goals.length === 0) throw new ApiError(409, 'no_goals', 'add a goal first (POST /api/goals): the draft is built from your goals');
  const question = getQuestion(input.questionId)!;
  const answer = buildAnswer(question, goals, target ? toCoreTarget(target) : null, {
    ...(input.strategy ? { strategy: input.strategy } : {}),
    ...(profile.experience ? { experience: profile.experience } : {}),
    ...(input.seed !== undefined ? { seed: input.seed } : {}),
    today: isoDay(deps.clock.now()),
  });
  const { json } = await deps.analyzer({ answer, question: question.id, today: isoDay(deps.clock.now()), ...analysisContext(target, profile) });
  const leftOut = draftableGoals(goals).leftOut.map(({ goal, reason }) => ({ goalId: String(goal.id ?? ''), statement: goal.statement, reason }));
  return { answer, analysis: JSON.parse(json) as Analysis, leftOut };
}
