/**
 * The first schema: users and everything they own. Only types both dialects share
 * (text, integer); ids are UUIDv7 text made by the app; times are ISO 8601 text.
 * Kysely<any>: a migration is frozen in time and must not follow later changes to Database.
 */
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('handle', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('profiles')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('target_role', 'text')
    .addColumn('company', 'text')
    .addColumn('experience', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('goals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('statement', 'text', (c) => c.notNull())
    .addColumn('horizon', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('timeframe', 'text')
    .addColumn('target_date', 'text')
    .addColumn('measure', 'text')
    .addColumn('serves_goal_id', 'text', (c) => c.references('goals.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('goals_user_idx').on('goals').columns(['user_id', 'id']).execute();

  await db.schema
    .createTable('goal_steps')
    .addColumn('goal_id', 'text', (c) => c.notNull().references('goals.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('due', 'text')
    .addColumn('done', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('goal_steps_pk', ['goal_id', 'position'])
    .execute();

  await db.schema
    .createTable('targets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('company', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('targets_user_idx').on('targets').columns(['user_id', 'id']).execute();

  await db.schema
    .createTable('reflections')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('prompt_id', 'text', (c) => c.notNull())
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reflections_pk', ['user_id', 'prompt_id'])
    .execute();

  await db.schema
    .createTable('attempts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.references('targets.id').onDelete('set null'))
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('duration_seconds', 'integer')
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('flag_ids', 'text', (c) => c.notNull())
    .addColumn('analysis', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // "This user's attempts at this question, newest first" is the hot read; ids sort by time.
  await db.schema.createIndex('attempts_user_question_idx').on('attempts').columns(['user_id', 'question_id', 'id']).execute();
  await db.schema.createIndex('attempts_user_idx').on('attempts').columns(['user_id', 'id']).execute();

  await db.schema
    .createTable('drafts')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('drafts_pk', ['user_id', 'key'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['drafts', 'attempts', 'reflections', 'targets', 'goal_steps', 'goals', 'profiles', 'users']) {
    await db.schema.dropTable(table).execute();
  }
}
