import type { Selectable } from 'kysely';

/** A company and role the user is preparing for. */
export interface TargetTable {
  id: string;
  user_id: string;
  company: string;
  role: string;
  description: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export type TargetRow = Selectable<TargetTable>;
