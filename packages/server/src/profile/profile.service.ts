import type { ExperienceLevel } from '@trajectory/core';
import { EXPERIENCE_LEVELS } from '@trajectory/core';
import type { Db } from '../db/database.js';
import type { Clock } from '../clock.js';
import type { ProfileInput, ProfileResponse } from '../api/schemas.js';
import { findProfile, upsertProfile } from './profile.repository.js';
import type { ProfileRow } from './profile.table.js';

const EMPTY: ProfileResponse = { targetRole: null, company: null, experience: null, updatedAt: null };

const asLevel = (value: string | null): ExperienceLevel | null =>
  EXPERIENCE_LEVELS.includes(value as ExperienceLevel) ? (value as ExperienceLevel) : null;

function toProfile(row: ProfileRow | undefined): ProfileResponse {
  if (!row) return EMPTY;
  return { targetRole: row.target_role, company: row.company, experience: asLevel(row.experience), updatedAt: row.updated_at };
}

export async function getProfile(db: Db, userId: string): Promise<ProfileResponse> {
  return toProfile(await findProfile(db, userId));
}

/** Replace the profile: a field left out is cleared, like a form submitted whole. */
export async function putProfile(db: Db, clock: Clock, userId: string, input: ProfileInput): Promise<ProfileResponse> {
  const row: ProfileRow = {
    user_id: userId,
    target_role: input.targetRole ?? null,
    company: input.company ?? null,
    experience: input.experience ?? null,
    updated_at: clock.now().toISOString(),
  };
  await upsertProfile(db, row);
  return toProfile(row);
}
