/**
 * The server, run on a worker thread by `main.js serve`: a thread's heap can be bounded
 * (resourceLimits), the main thread's only by command-line flags. The main thread relays
 * signals and output; this thread does everything else.
 */
import { parentPort } from 'node:worker_threads';
import { configFrom } from './config.js';
import { startServer } from './server.js';

export type ServeMessage = { type: 'listening'; url: string; dialect: string; location: string };

const server = await startServer(configFrom(process.env));
parentPort!.postMessage({ type: 'listening', url: server.url, dialect: server.store.dialect, location: server.store.location } satisfies ServeMessage);
parentPort!.on('message', (message: unknown) => {
  if (message === 'stop') void server.close().finally(() => process.exit(0));
});
