import type { Db } from '../db/database.js';
import type { UserRow } from './user.table.js';

export async function findUserByHandle(db: Db, handle: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('handle', '=', handle).executeTakeFirst();
}

/** Insert unless a user with this handle exists: two processes starting at once make one user, not two. */
export async function insertUserUnlessHandleTaken(db: Db, user: UserRow): Promise<void> {
  await db
    .insertInto('users')
    .values(user)
    .onConflict((oc) => oc.column('handle').doNothing())
    .execute();
}
