import type { Db } from '../db/database.js';
import type { TargetRow } from './target.table.js';

export async function listTargets(db: Db, userId: string): Promise<TargetRow[]> {
  return db.selectFrom('targets').selectAll().where('user_id', '=', userId).orderBy('id').execute();
}

export async function findTarget(db: Db, userId: string, id: string): Promise<TargetRow | undefined> {
  return db.selectFrom('targets').selectAll().where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
}

export async function insertTarget(db: Db, row: TargetRow): Promise<void> {
  await db.insertInto('targets').values(row).execute();
}

export async function updateTarget(db: Db, userId: string, id: string, changes: Partial<Omit<TargetRow, 'id' | 'user_id'>>): Promise<boolean> {
  const result = await db.updateTable('targets').set(changes).where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deleteTarget(db: Db, userId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('targets').where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
