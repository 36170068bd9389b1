/** The database's shape, table by table: Kysely types every query against it. */
import type { Kysely } from 'kysely';
import type { UserTable } from '../users/user.table.js';
import type { ProfileTable } from '../profile/profile.table.js';
import type { GoalStepTable, GoalTable } from '../goals/goal.table.js';
import type { TargetTable } from '../targets/target.table.js';
import type { ReflectionTable } from '../reflection/reflection.table.js';
import type { AttemptTable } from '../attempts/attempt.table.js';
import type { DraftTable } from '../drafts/draft.table.js';

export interface Database {
  users: UserTable;
  profiles: ProfileTable;
  goals: GoalTable;
  goal_steps: GoalStepTable;
  targets: TargetTable;
  reflections: ReflectionTable;
  attempts: AttemptTable;
  drafts: DraftTable;
}

export type Db = Kysely<Database>;
