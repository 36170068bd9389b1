import type { Selectable } from 'kysely';

/** One practice answer and what the analyzer said of it at the time. */
export interface AttemptTable {
  id: string;
  user_id: string;
  question_id: string;
  target_id: string | null;
  answer: string;
  duration_seconds: number | null;
  score: number;
  /** JSON array of the flag ids: lists and trends read it without parsing the whole analysis. */
  flag_ids: string;
  /** The core's Analysis as JSON text (text, not jsonb, so both dialects store it the same way). */
  analysis: string;
  created_at: string;
}

export type AttemptRow = Selectable<AttemptTable>;
