import type { Db } from '../db/database.js';
import type { Clock } from '../clock.js';
import { newId } from '../ids.js';
import { findUserByHandle, insertUserUnlessHandleTaken } from './user.repository.js';

export const LOCAL_HANDLE = 'local';

/** Local mode's one user: made on first start, found on every start after. Returns its id. */
export async function ensureLocalUser(db: Db, clock: Clock): Promise<string> {
  const existing = await findUserByHandle(db, LOCAL_HANDLE);
  if (existing) return existing.id;
  await insertUserUnlessHandleTaken(db, { id: newId(), handle: LOCAL_HANDLE, created_at: clock.now().toISOString() });
  const created = await findUserByHandle(db, LOCAL_HANDLE);
  if (!created) throw new Error('could not create the local user');
  return created.id;
}
