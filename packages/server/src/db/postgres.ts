/** PostgreSQL, chosen by DATABASE_URL. An optional `?schema=` keeps one app's tables apart from others in the same database. */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database.js';
import type { Store } from './store.js';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export interface PostgresOptions {
  /** Overrides `?schema=` in the URL. */
  schema?: string;
  /** Pool size; the default suits a small server. */
  max?: number;
}

export function openPostgres(url: string, options: PostgresOptions = {}): Store {
  const parsed = new URL(url);
  const schema = options.schema ?? parsed.searchParams.get('schema') ?? 'public';
  if (!SCHEMA_NAME.test(schema)) throw new Error(`DATABASE_URL: schema '${schema}' must be lower-case letters, digits and _`);
  parsed.searchParams.delete('schema');
  const pool = new pg.Pool({
    connectionString: parsed.toString(),
    max: options.max ?? 10,
    // Every connection resolves unqualified table names in the app's schema.
    options: `-c search_path=${schema}`,
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  parsed.password = parsed.password ? '***' : '';
  return { db, dialect: 'postgres', schema, location: parsed.toString(), close: () => db.destroy() };
}
