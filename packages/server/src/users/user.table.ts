import type { Selectable } from 'kysely';

/** Every row of every other table belongs to one user. */
export interface UserTable {
  id: string;
  /** Unique: 'local' for the local-mode user; an account's handle once accounts exist. */
  handle: string;
  created_at: string;
}

export type UserRow = Selectable<UserTable>;
