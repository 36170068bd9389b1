#!/usr/bin/env node
/**
 * The server process: `main.js migrate` brings the schema up to date, `main.js serve`
 * (the default) serves the API. `npm start` runs both, in that order.
 */
import { Worker } from 'node:worker_threads';
import type { ServeMessage } from './serve-thread.js';

async function migrate(): Promise<void> {
  // Loaded here, not at the top: `serve` keeps the main thread free of the database and the app.
  const [{ configFrom }, { openStore }, { migrateToLatest }] = await Promise.all([import('./config.js'), import('./db/store.js'), import('./db/migrate.js')]);
  const store = openStore(configFrom(process.env));
  try {
    const { applied } = await migrateToLatest(store);
    console.log(applied.length ? `Migrated ${store.location}: ${applied.join(', ')}` : `Database ${store.location} is up to date`);
  } finally {
    await store.close();
  }
}

/**
 * The server thread's heap bounds. V8 would otherwise let the heap grow far past what the
 * server keeps alive (tens of MB) before collecting; these keep the process well under 300 MB
 * with room to spare for bursts.
 */
const SERVER_LIMITS = { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 24 };

async function serveForever(): Promise<void> {
  const thread = new Worker(new URL('./serve-thread.js', import.meta.url), { resourceLimits: SERVER_LIMITS });
  thread.on('message', (message: ServeMessage) => {
    if (message.type === 'listening') console.log(`Trajectory API listening on ${message.url} (${message.dialect}: ${message.location})`);
  });
  thread.on('error', (error) => {
    console.error(`Error: ${error.message}`);
    process.exitCode = 1;
  });
  thread.on('exit', (code) => {
    if (code !== 0 && !process.exitCode) process.exitCode = code;
  });
  const stop = () => thread.postMessage('stop');
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
