import type { Selectable } from 'kysely';

export interface GoalTable {
  id: string;
  user_id: string;
  statement: string;
  horizon: string;
  type: string;
  timeframe: string | null;
  target_date: string | null;
  measure: string | null;
  /** The long-term goal a short-term one serves; cleared when that goal is deleted. */
  serves_goal_id: string | null;
  created_at: string;
  updated_at: string;
}

/** A goal's action plan, in order. Replaced as a whole when the goal's steps change. */
export interface GoalStepTable {
  goal_id: string;
  position: number;
  text: string;
  due: string | null;
  /** 0 or 1: SQLite has no boolean type, and one column type for both dialects keeps one code path. */
  done: number;
}

export type GoalRow = Selectable<GoalTable>;
export type GoalStepRow = Selectable<GoalStepTable>;
