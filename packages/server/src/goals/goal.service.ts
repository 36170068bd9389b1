/** Goals: stored with their action plan, returned with their SMART check. */
import { checkGoal, type Goal, type GoalContext, type GoalType, type Horizon } from '@trajectory/core';
import type { z } from 'zod';
import type { Db } from '../db/database.js';
import type { Deps } from '../deps.js';
import { isoDay } from '../clock.js';
import { newId } from '../ids.js';
import { ApiError, notFound } from '../api/errors.js';
import type { GoalInputSchema, GoalPatchSchema, GoalResponse } from '../api/schemas.js';
import { getProfile } from '../profile/profile.service.js';
import { deleteGoal, findGoal, goalHorizon, insertGoal, listGoals, replaceSteps, updateGoal, type GoalWithSteps } from './goal.repository.js';
import type { GoalRow, GoalStepRow } from './goal.table.js';

type GoalInput = z.output<typeof GoalInputSchema>;
type GoalPatch = z.output<typeof GoalPatchSchema>;

/** The core's view of a stored goal. */
export function toCoreGoal({ goal, steps }: GoalWithSteps): Goal & { id: string } {
  return {
    id: goal.id,
    statement: goal.statement,
    horizon: goal.horizon as Horizon,
    type: goal.type as GoalType,
    timeframe: goal.timeframe,
    targetDate: goal.target_date,
    measure: goal.measure,
    steps: steps.map((s) => ({ text: s.text, due: s.due, done: s.done === 1 })),
    servesGoalId: goal.serves_goal_id,
  };
}

function toResponse(stored: GoalWithSteps, context: GoalContext): GoalResponse {
  const goal = toCoreGoal(stored);
  return {
    id: goal.id,
    statement: goal.statement,
    horizon: goal.horizon,
    type: goal.type,
    timeframe: goal.timeframe ?? null,
    targetDate: goal.targetDate ?? null,
    measure: goal.measure ?? null,
    steps: (goal.steps ?? []).map((s) => ({ text: s.text, due: s.due ?? null, done: s.done === true })),
    servesGoalId: goal.servesGoalId ?? null,
    createdAt: stored.goal.created_at,
    updatedAt: stored.goal.updated_at,
    check: checkGoal(goal, context),
  };
}

/** What the SMART check knows of the person: their level and role, and today's date. */
export async function goalContext(deps: Deps, userId: string): Promise<GoalContext> {
  const profile = await getProfile(deps.db, userId);
  return {
    ...(profile.experience ? { experience: profile.experience } : {}),
    ...(profile.targetRole ? { role: profile.targetRole } : {}),
    today: isoDay(deps.clock.now()),
  };
}

const stepRows = (goalId: string, steps: NonNullable<GoalInput['steps']>): GoalStepRow[] =>
  steps.map((s, position) => ({ goal_id: goalId, position, text: s.text, due: s.due ?? null, done: s.done ? 1 : 0 }));

/** A short-term goal may serve one of the user's long-term goals, never itself. */
async function checkServes(db: Db, userId: string, servesGoalId: string | null | undefined, selfId?: string): Promise<void> {
  if (!servesGoalId) return;
  const field = 'servesGoalId';
  if (servesGoalId === selfId) throw new ApiError(400, 'invalid_reference', 'servesGoalId: a goal cannot serve itself', field);
  const horizon = await goalHorizon(db, userId, servesGoalId);
  if (horizon === undefined) throw new ApiError(400, 'invalid_reference', 'servesGoalId: no such goal of yours', field);
  if (horizon !== 'long') throw new ApiError(400, 'invalid_reference', 'servesGoalId: must be one of your long-term goals', field);
}

export async function createGoal(deps: Deps, userId: string, input: GoalInput): Promise<GoalResponse> {
  const id = newId();
  const now = deps.clock.now().toISOString();
  const row: GoalRow = {
    id,
    user_id: userId,
    statement: input.statement,
    horizon: input.horizon,
    type: input.type,
    timeframe: input.timeframe ?? null,
    target_date: input.targetDate ?? null,
    measure: input.measure ?? null,
    serves_goal_id: input.servesGoalId ?? null,
    created_at: now,
    updated_at: now,
  };
  const stored = await deps.db.transaction().execute(async (trx) => {
    await checkServes(trx, userId, input.servesGoalId);
    await insertGoal(trx, row);
    await replaceSteps(trx, id, stepRows(id, input.steps ?? []));
    return findGoal(trx, userId, id);
  });
  return toResponse(stored!, await goalContext(deps, userId));
}

export async function getGoals(deps: Deps, userId: string): Promise<GoalResponse[]> {
  const [goals, context] = await Promise.all([listGoals(deps.db, userId), goalContext(deps, userId)]);
  return goals.map((g) => toResponse(g, context));
}

export async function getGoal(deps: Deps, userId: string, id: string): Promise<GoalResponse> {
  const stored = await findGoal(deps.db, userId, id);
  if (!stored) throw notFound('goal');
  return toResponse(stored, await goalContext(deps, userId));
}

export async function patchGoal(deps: Deps, userId: string, id: string, patch: GoalPatch): Promise<GoalResponse> {
  const changes: Partial<GoalRow> = { updated_at: deps.clock.now().toISOString() };
  if (patch.statement !== undefined) changes.statement = patch.statement;
  if (patch.horizon !== undefined) changes.horizon = patch.horizon;
  if (patch.type !== undefined) changes.type = patch.type;
  if (patch.timeframe !== undefined) changes.timeframe = patch.timeframe;
  if (patch.targetDate !== undefined) changes.target_date = patch.targetDate;
  if (patch.measure !== undefined) changes.measure = patch.measure;
  if (patch.servesGoalId !== undefined) changes.serves_goal_id = patch.servesGoalId;
  const stored = await deps.db.transaction().execute(async (trx) => {
    await checkServes(trx, userId, patch.servesGoalId, id);
    if (!(await updateGoal(trx, userId, id, changes))) throw notFound('goal');
    if (patch.steps !== undefined) await replaceSteps(trx, id, stepRows(id, patch.steps));
    return findGoal(trx, userId, id);
  });
  return toResponse(stored!, await goalContext(deps, userId));
}

export async function removeGoal(deps: Deps, userId: string, id: string): Promise<void> {
  if (!(await deleteGoal(deps.db, userId, id))) throw notFound('goal');
}

/** The user's goals as the core sees them: for alignment and for drafting an answer. */
export async function coreGoals(db: Db, userId: string): Promise<(Goal & { id: string })[]> {
  return (await listGoals(db, userId)).map(toCoreGoal);
}
