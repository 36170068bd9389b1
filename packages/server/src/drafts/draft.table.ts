import type { Selectable } from 'kysely';

/** Work in progress the web app autosaves, under a key it chooses (e.g. "answer:career-goals"). */
export interface DraftTable {
  user_id: string;
  key: string;
  text: string;
  updated_at: string;
}

export type DraftRow = Selectable<DraftTable>;
