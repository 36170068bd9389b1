import type { Db } from '../db/database.js';
import type { DraftRow } from './draft.table.js';

export async function findDraft(db: Db, userId: string, key: string): Promise<DraftRow | undefined> {
  return db.selectFrom('drafts').selectAll().where('user_id', '=', userId).where('key', '=', key).executeTakeFirst();
}

export async function upsertDraft(db: Db, row: DraftRow): Promise<void> {
  await db
    .insertInto('drafts')
    .values(row)
    .onConflict((oc) => oc.columns(['user_id', 'key']).doUpdateSet({ text: row.text, updated_at: row.updated_at }))
    .execute();
}

export async function deleteDraft(db: Db, userId: string, key: string): Promise<boolean> {
  const result = await db.deleteFrom('drafts').where('user_id', '=', userId).where('key', '=', key).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
