import type { Db } from '../db/database.js';
import type { ProfileRow } from './profile.table.js';

export async function findProfile(db: Db, userId: string): Promise<ProfileRow | undefined> {
  return db.selectFrom('profiles').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

export async function upsertProfile(db: Db, row: ProfileRow): Promise<void> {
  const { user_id: _userId, ...changes } = row;
  await db
    .insertInto('profiles')
    .values(row)
    .onConflict((oc) => oc.column('user_id').doUpdateSet(changes))
    .execute();
}
