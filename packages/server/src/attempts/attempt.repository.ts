import type { Db } from '../db/database.js';
import type { AttemptRow } from './attempt.table.js';

export type AttemptSummaryRow = Omit<AttemptRow, 'analysis' | 'user_id'>;

export async function insertAttempt(db: Db, row: AttemptRow): Promise<void> {
  await db.insertInto('attempts').values(row).execute();
}

export async function findAttempt(db: Db, userId: string, id: string): Promise<AttemptRow | undefined> {
  return db.selectFrom('attempts').selectAll().where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
}

/** Newest first (ids sort by creation time); the analysis stays behind, lists don't need it. */
export async function listAttempts(db: Db, userId: string, options: { questionId?: string | undefined; limit: number }): Promise<AttemptSummaryRow[]> {
  let query = db
    .selectFrom('attempts')
    .select(['id', 'question_id', 'target_id', 'answer', 'duration_seconds', 'score', 'flag_ids', 'created_at'])
    .where('user_id', '=', userId);
  if (options.questionId !== undefined) query = query.where('question_id', '=', options.questionId);
  return query.orderBy('id', 'desc').limit(options.limit).execute();
}

export async function countAttempts(db: Db, userId?: string): Promise<number> {
  let query = db.selectFrom('attempts').select((eb) => eb.fn.countAll<string | number>().as('n'));
  if (userId !== undefined) query = query.where('user_id', '=', userId);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}
