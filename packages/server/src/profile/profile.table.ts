import type { Selectable } from 'kysely';

/** One row per user: what the coach should assume when nothing else says (role, company, experience). */
export interface ProfileTable {
  user_id: string;
  target_role: string | null;
  company: string | null;
  experience: string | null;
  updated_at: string;
}

export type ProfileRow = Selectable<ProfileTable>;
