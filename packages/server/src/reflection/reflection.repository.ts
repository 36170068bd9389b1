import type { Db } from '../db/database.js';
import type { ReflectionRow } from './reflection.table.js';

export async function listReflections(db: Db, userId: string): Promise<ReflectionRow[]> {
  return db.selectFrom('reflections').selectAll().where('user_id', '=', userId).execute();
}

export async function upsertReflection(db: Db, row: ReflectionRow): Promise<void> {
  await db
    .insertInto('reflections')
    .values(row)
    .onConflict((oc) => oc.columns(['user_id', 'prompt_id']).doUpdateSet({ answer: row.answer, updated_at: row.updated_at }))
    .execute();
}

export async function deleteReflection(db: Db, userId: string, promptId: string): Promise<void> {
  await db.deleteFrom('reflections').where('user_id', '=', userId).where('prompt_id', '=', promptId).execute();
}
