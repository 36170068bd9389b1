/** Start-up: open the database, check its schema, find the user, then listen. */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { withWeb } from './static.js';
import { localUser } from './api/context.js';
import type { ServerConfig } from './config.js';
import { openStore, type Store } from './db/store.js';
import { pendingMigrations } from './db/migrate.js';
import { ensureLocalUser } from './users/user.service.js';
import { systemClock } from './clock.js';
import { analysisPool, type AnalysisPool } from './analysis/pool.js';
import { inProcessAnalyzer } from './analysis/analyzer.js';

export interface RunningServer {
  url: string;
  store: Store;
  close(): Promise<void>;
}

/** Thrown when the database is behind the code: the fix is one command, and the message names it. */
export class PendingMigrationsError extends Error {
  constructor(readonly pending: string[]) {
    super(`the database needs migrating (${pending.join(', ')}): run 'trajectory db migrate' (or 'npm start', which migrates first)`);
    this.name = 'PendingMigrationsError';
  }
}

export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const store = openStore(config);
  let pool: AnalysisPool | undefined;
  try {
    const pending = await pendingMigrations(store);
    if (pending.length > 0) throw new PendingMigrationsError(pending);
    const userId = await ensureLocalUser(store.db, systemClock);
    pool = config.analysisThreads > 0 ? analysisPool({ size: config.analysisThreads }) : undefined;
    const app = withWeb(createApp({ db: store.db, resolveUser: localUser(userId), analyzer: pool?.analyze ?? inProcessAnalyzer }));
    const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
      s.once('error', reject);
    });
    const { port } = server.address() as AddressInfo;
    const host = config.host === '127.0.0.1' || config.host === '::1' ? 'localhost' : config.host;
    return {
      url: `http://${host}:${port}`,
      store,
      close: async () => {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await pool?.close();
        await store.close();
      },
    };
  } catch (error) {
    await pool?.close();
    await store.close();
    throw error;
  }
}
