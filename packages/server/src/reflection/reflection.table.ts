import type { Selectable } from 'kysely';

/** A user's answer to one reflection prompt, stored under the prompt's stable id. */
export interface ReflectionTable {
  user_id: string;
  prompt_id: string;
  answer: string;
  updated_at: string;
}

export type ReflectionRow = Selectable<ReflectionTable>;
