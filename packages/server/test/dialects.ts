/**
 * One route suite, every database: each test file runs its cases against SQLite (a temp file)
 * and PostgreSQL (a fresh schema per run, dropped afterwards). PostgreSQL is skipped with a
 * note when it is unreachable, except under CI=true, where that is a failure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { localUser } from '../src/api/context.js';
import type { Clock } from '../src/clock.js';
import type { Db } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { openSqlite } from '../src/db/sqlite.js';
import { openPostgres } from '../src/db/postgres.js';
import type { DialectName, Store } from '../src/db/store.js';
import { ensureLocalUser } from '../src/users/user.service.js';

export const TEST_POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Tests judge dates against a fixed day, so SMART checks do not change with the calendar. */
export const TEST_TODAY = new Date('2026-03-02T09:00:00.000Z');
export const fixedClock: Clock = { now: () => new Date(TEST_TODAY) };

interface Dialect {
  name: DialectName;
  /** A new, empty database; `drop` removes it. */
  open(): Promise<{ store: Store; drop(): Promise<void> }>;
}

const sqliteDialect: Dialect = {
  name: 'sqlite',
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'trajectory-test-'));
    const store = openSqlite(join(dir, 'test.sqlite'));
    return { store, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  },
};

const postgresDialect: Dialect = {
  name: 'postgres',
  async open() {
    const schema = `test_${process.pid}_${randomBytes(4).toString('hex')}`;
    const store = openPostgres(TEST_POSTGRES_URL, { schema, max: 4 });
    return {
      store,
      drop: async () => {
        const admin = openPostgres(TEST_POSTGRES_URL, { max: 1 });
        await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(admin.db);
        await admin.close();
      },
    };
  },
};

let reachable: Promise<string | null> | undefined;

/** null when PostgreSQL answers; otherwise why not. Asked once per test file. */
export function postgresProblem(): Promise<string | null> {
  reachable ??= (async () => {
    const client = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 2_000 });
    try {
      await client.connect();
      await client.query('select 1');
      return null;
    } catch (error) {
      return error instanceof Error ? error.message || error.name : String(error);
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return reachable;
}

const problem = await postgresProblem();
const inCi = process.env.CI === 'true';
if (problem && !inCi) console.log(`PostgreSQL tests skipped: ${TEST_POSTGRES_URL} unreachable (${problem}); CI=true makes this a failure.`);

export interface DialectContext {
  readonly name: DialectName;
  readonly db: Db;
  readonly store: Store;
  readonly app: App;
  readonly userId: string;
}

/** Tables a test may fill; emptied before each test so cases do not see each other's rows. */
const USER_TABLES = ['attempts', 'goal_steps', 'goals', 'targets', 'reflections', 'drafts', 'profiles'] as const;

/** Run `suite` once per dialect, each against a freshly migrated database with its own app. */
export function describeEachDialect(title: string, suite: (ctx: DialectContext) => void): void {
  for (const dialect of [sqliteDialect, postgresDialect]) {
    const skip = dialect.name === 'postgres' && problem !== null && !inCi;
    describe.skipIf(skip)(`${title} [${dialect.name}]`, () => {
      let opened: Awaited<ReturnType<Dialect['open']>> | undefined;
      let app: App | undefined;
      let userId = '';
      const ctx: DialectContext = {
        name: dialect.name,
        get store() {
          return opened!.store;
        },
        get db() {
          return opened!.store.db;
        },
        get app() {
          return app!;
        },
        get userId() {
          return userId;
        },
      };
      beforeAll(async () => {
        if (dialect.name === 'postgres' && problem) throw new Error(`PostgreSQL at ${TEST_POSTGRES_URL} is unreachable (${problem}); CI=true requires it`);
        opened = await dialect.open();
        await migrateToLatest(opened.store);
        userId = await ensureLocalUser(opened.store.db, fixedClock);
        app = createApp({ db: opened.store.db, resolveUser: localUser(userId), clock: fixedClock, log: () => undefined });
      });
      beforeEach(async () => {
        for (const table of USER_TABLES) await opened!.store.db.deleteFrom(table).execute();
      });
      afterAll(async () => {
        if (!opened) return;
        await opened.store.close();
        await opened.drop();
      });
      suite(ctx);
    });
  }
}

export interface JsonResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** One request to the app in-process; the body is sent as JSON unless it is already a string. */
export async function call<T = any>(app: App, method: string, path: string, body?: unknown): Promise<JsonResponse<T>> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const init: RequestInit = { method, headers: { 'content-type': 'application/json' } };
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
  const response = await app.request(path, init);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}
