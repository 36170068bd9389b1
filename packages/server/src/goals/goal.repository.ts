import type { Db } from '../db/database.js';
import type { GoalRow, GoalStepRow } from './goal.table.js';

export interface GoalWithSteps {
  goal: GoalRow;
  steps: GoalStepRow[];
}

export async function listGoals(db: Db, userId: string): Promise<GoalWithSteps[]> {
  const goals = await db.selectFrom('goals').selectAll().where('user_id', '=', userId).orderBy('id').execute();
  if (goals.length === 0) return [];
  const steps = await db
    .selectFrom('goal_steps')
    .innerJoin('goals', 'goals.id', 'goal_steps.goal_id')
    .selectAll('goal_steps')
    .where('goals.user_id', '=', userId)
    .orderBy('goal_steps.goal_id')
    .orderBy('goal_steps.position')
    .execute();
  const byGoal = new Map<string, GoalStepRow[]>();
  for (const step of steps) byGoal.set(step.goal_id, [...(byGoal.get(step.goal_id) ?? []), step]);
  return goals.map((goal) => ({ goal, steps: byGoal.get(goal.id) ?? [] }));
}

export async function findGoal(db: Db, userId: string, id: string): Promise<GoalWithSteps | undefined> {
  const goal = await db.selectFrom('goals').selectAll().where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
  if (!goal) return undefined;
  const steps = await db.selectFrom('goal_steps').selectAll().where('goal_id', '=', id).orderBy('position').execute();
  return { goal, steps };
}

export async function goalHorizon(db: Db, userId: string, id: string): Promise<string | undefined> {
  const row = await db.selectFrom('goals').select('horizon').where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
  return row?.horizon;
}

export async function insertGoal(db: Db, goal: GoalRow): Promise<void> {
  await db.insertInto('goals').values(goal).execute();
}

export async function updateGoal(db: Db, userId: string, id: string, changes: Partial<Omit<GoalRow, 'id' | 'user_id'>>): Promise<boolean> {
  const result = await db.updateTable('goals').set(changes).where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Replace a goal's whole action plan. Call inside the transaction that changes the goal. */
export async function replaceSteps(db: Db, goalId: string, steps: GoalStepRow[]): Promise<void> {
  await db.deleteFrom('goal_steps').where('goal_id', '=', goalId).execute();
  if (steps.length > 0) await db.insertInto('goal_steps').values(steps).execute();
}

export async function deleteGoal(db: Db, userId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('goals').where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
