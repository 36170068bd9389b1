/** A pool thread: analyzes what it is sent, one message at a time (see pool.ts). */
import { parentPort } from 'node:worker_threads';
import { analyzeToJson } from './analyzer.js';
import type { Reply, Task } from './pool.js';

parentPort!.on('message', ({ id, input }: Task) => {
  let reply: Reply;
  try {
    reply = { id, result: analyzeToJson(input) };
  } catch (error) {
    // The core promises never to throw; if it does, the request fails, not the thread.
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(reply);
});
