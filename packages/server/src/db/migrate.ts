/**
 * Migrations: timestamped modules under migrations/, listed here so they travel with the build
 * (no directory scan at run time). Add a new file, then one line to MIGRATIONS; never edit one
 * that has shipped.
 */
import { Migrator, sql, type Migration, type MigrationResultSet } from 'kysely';
import type { Store } from './store.js';
import * as initial from './migrations/20261122T0300_initial.js';

export const MIGRATIONS: Record<string, Migration> = {
  '20261122T0300_initial': initial,
};

function migratorFor(store: Store): Migrator {
  return new Migrator({
    db: store.db,
    provider: { getMigrations: async () => MIGRATIONS },
    // On PostgreSQL, other schemas in the same database may hold their own kysely_migration table.
    ...(store.schema ? { migrationTableSchema: store.schema } : {}),
  });
}

export interface MigrationReport {
  /** The migrations this run applied, in order. */
  applied: string[];
}

/** Bring the schema to the latest migration; safe to run again (it then applies nothing). */
export async function migrateToLatest(store: Store): Promise<MigrationReport> {
  if (store.schema) await sql`create schema if not exists ${sql.id(store.schema)}`.execute(store.db);
  const { error, results }: MigrationResultSet = await migratorFor(store).migrateToLatest();
  const applied = (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`migration ${failed ?? '(setup)'} failed: ${reason}`);
  }
  return { applied };
}

/** Names of the migrations not yet applied: the server refuses to start on an old schema. */
export async function pendingMigrations(store: Store): Promise<string[]> {
  const all = await migratorFor(store).getMigrations();
  return all.filter((m) => !m.executedAt).map((m) => m.name);
}
