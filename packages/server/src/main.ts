#!/usr/bin/env node
/**
 * The server process: `main.js migrate` brings the schema up to date, `main.js serve`
 * (the default) serves the API. `npm start` runs both, in that order.
 */
import { configFrom } from './config.js';
import { openStore } from './db/store.js';
import { migrateToLatest } from './db/migrate.js';
import { startServer } from './server.js';

async function migrate(): Promise<void> {
  const store = openStore(configFrom(process.env));
  try {
    const { applied } = await migrateToLatest(store);
    console.log(applied.length ? `Migrated ${store.location}: ${applied.join(', ')}` : `Database ${store.location} is up to date`);
  } finally {
    await store.close();
  }
}

async function serveForever(): Promise<void> {
  const server = await startServer(configFrom(process.env));
  console.log(`Trajectory API listening on ${server.url} (${server.store.dialect}: ${server.store.location})`);
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const [command = 'serve', ...rest] = process.argv.slice(2);
const commands: Record<string, () => Promise<void>> = { migrate, serve: serveForever };
const run = commands[command];
if (!run || rest.length > 0) {
  console.error(`Usage: trajectory-server [serve|migrate]\n  serve    serve the API on PORT (default 3000)\n  migrate  bring the database schema up to date`);
  process.exitCode = 2;
} else {
  run().catch((error: unknown) => {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
