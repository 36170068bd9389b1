/** Targets: the companies and roles the user prepares for, and how their goals align with each. */
import { alignGoals, type Alignment, type Target } from '@trajectory/core';
import type { z } from 'zod';
import type { Db } from '../db/database.js';
import type { Deps } from '../deps.js';
import { newId } from '../ids.js';
import { ApiError, notFound } from '../api/errors.js';
import type { TargetInputSchema, TargetPatchSchema, TargetResponse } from '../api/schemas.js';
import { coreGoals } from '../goals/goal.service.js';
import { deleteTarget, findTarget, insertTarget, listTargets, updateTarget } from './target.repository.js';
import type { TargetRow } from './target.table.js';

type TargetInput = z.output<typeof TargetInputSchema>;
type TargetPatch = z.output<typeof TargetPatchSchema>;

const toResponse = (row: TargetRow): TargetResponse => ({
  id: row.id,
  company: row.company,
  role: row.role,
  description: row.description,
  notes: row.notes,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export const toCoreTarget = (row: TargetRow): Target => ({
  id: row.id,
  company: row.company,
  role: row.role,
  description: row.description,
  notes: row.notes,
});

export async function createTarget(deps: Deps, userId: string, input: TargetInput): Promise<TargetResponse> {
  const now = deps.clock.now().toISOString();
  const row: TargetRow = {
    id: newId(),
    user_id: userId,
    company: input.company,
    role: input.role,
    description: input.description ?? null,
    notes: input.notes ?? null,
    created_at: now,
    updated_at: now,
  };
  await insertTarget(deps.db, row);
  return toResponse(row);
}

export async function getTargets(deps: Deps, userId: string): Promise<TargetResponse[]> {
  return (await listTargets(deps.db, userId)).map(toResponse);
}

export async function getTarget(deps: Deps, userId: string, id: string): Promise<TargetResponse> {
  const row = await findTarget(deps.db, userId, id);
  if (!row) throw notFound('target');
  return toResponse(row);
}

export async function patchTarget(deps: Deps, userId: string, id: string, patch: TargetPatch): Promise<TargetResponse> {
  const changes: Partial<TargetRow> = { updated_at: deps.clock.now().toISOString() };
  if (patch.company !== undefined) changes.company = patch.company;
  if (patch.role !== undefined) changes.role = patch.role;
  if (patch.description !== undefined) changes.description = patch.description;
  if (patch.notes !== undefined) changes.notes = patch.notes;
  const row = await deps.db.transaction().execute(async (trx) => {
    if (!(await updateTarget(trx, userId, id, changes))) throw notFound('target');
    return findTarget(trx, userId, id);
  });
  return toResponse(row!);
}

export async function removeTarget(deps: Deps, userId: string, id: string): Promise<void> {
  if (!(await deleteTarget(deps.db, userId, id))) throw notFound('target');
}

export async function targetAlignment(deps: Deps, userId: string, id: string): Promise<Alignment> {
  const row = await findTarget(deps.db, userId, id);
  if (!row) throw notFound('target');
  return alignGoals(await coreGoals(deps.db, userId), toCoreTarget(row));
}

/** A target named in a request body: it must be one of the user's (a 400 naming the field, not a 404). */
export async function referencedTarget(db: Db, userId: string, id: string | null | undefined): Promise<TargetRow | null> {
  if (!id) return null;
  const row = await findTarget(db, userId, id);
  if (!row) throw new ApiError(400, 'invalid_reference', 'targetId: no such target of yours', 'targetId');
  return row;
}
