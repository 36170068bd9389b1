/** The embedded database: one SQLite file, tuned for one writing process with readers beside it. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';
import type { Database } from './database.js';
import type { Store } from './store.js';

/** Enough for every query the app compiles; DDL and one-off statements are not kept. */
const STATEMENT_CACHE_SIZE = 256;

export function openSqlite(file: string): Store {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new BetterSqlite3(file);
  // WAL lets the CLI read while the server writes; NORMAL syncs at checkpoints, not at every
  // commit (a power cut can lose the last commits, never corrupt the file).
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  // The server and a CLI command may write at once: wait for the lock instead of failing.
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return {
    db,
    dialect: 'sqlite',
    schema: undefined,
    location: file,
    close: () => db.destroy(),
  };
}

/**
 * Kysely prepares every query anew; better-sqlite3 statements can be reused, which saves the
 * parse and plan on each request. The app's queries are a small fixed set, so a plain map
 * keyed by SQL text stays small; it is cleared if it ever fills (e.g. by ad-hoc queries).
 */
export function withStatementCache(sqlite: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SqliteStatement {
      const cached = cache.get(sql);
      if (cached) return cached;
      const statement = sqlite.prepare(sql) as unknown as SqliteStatement;
      if (/^\s*(select|insert|update|delete|with)\b/i.test(sql)) {
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.clear();
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}
