/** The one seam between the app and its database: SQLite by default, PostgreSQL when DATABASE_URL says so. */
import { join } from 'node:path';
import type { Db } from './database.js';
import { openSqlite } from './sqlite.js';
import { openPostgres } from './postgres.js';

export type DialectName = 'sqlite' | 'postgres';

export interface Store {
  db: Db;
  dialect: DialectName;
  /** PostgreSQL only: the schema the tables live in. */
  schema: string | undefined;
  /** Where the data is, for messages (a file path, or the URL without its password). */
  location: string;
  close(): Promise<void>;
}

export const SQLITE_FILE = 'trajectory.sqlite';

export interface StoreConfig {
  /** postgres://… selects PostgreSQL; otherwise SQLite in dataDir. */
  databaseUrl?: string | undefined;
  dataDir: string;
}

export function openStore(config: StoreConfig): Store {
  const url = config.databaseUrl?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new Error(`DATABASE_URL must start with postgres:// (got '${url.split(':')[0]}:…')`);
    return openPostgres(url);
  }
  return openSqlite(join(config.dataDir, SQLITE_FILE));
}
