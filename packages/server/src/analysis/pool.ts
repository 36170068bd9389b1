/**
 * Analysis on worker threads. The analyzer is pure CPU work (about a millisecond an answer,
 * far more for a long one); on the event loop it would hold up every other request, health
 * checks included, and use one core of several. The pool keeps the event loop for I/O and
 * spreads analyses over the cores. A thread that dies fails only its own tasks and is replaced.
 */
import { Worker } from 'node:worker_threads';
import type { AnalysisInput } from '@trajectory/core';
import type { AnalyzedAnswer, Analyzer } from './analyzer.js';

export interface Task {
  id: number;
  input: AnalysisInput;
}
export type Reply = { id: number; result: AnalyzedAnswer } | { id: number; error: string };

interface Pending {
  resolve(result: AnalyzedAnswer): void;
  reject(error: Error): void;
}

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * An analysis makes much short-lived garbage; V8's default young generation lets each thread
 * grow by tens of megabytes under load for no gain in speed. A smaller one keeps the server's
 * memory low; the old-generation cap turns a runaway into a replaced thread, not a dead server.
 */
const THREAD_LIMITS = { maxYoungGenerationSizeMb: 12, maxOldGenerationSizeMb: 96 };

export interface PoolOptions {
  size: number;
  /** The worker module; the built worker.js beside this file by default. */
  workerUrl?: URL;
  execArgv?: string[];
}

export interface AnalysisPool {
  analyze: Analyzer;
  readonly size: number;
  close(): Promise<void>;
}

export function analysisPool(options: PoolOptions): AnalysisPool {
  const workerUrl = options.workerUrl ?? new URL('./worker.js', import.meta.url);
  const threads: Thread[] = [];
  let nextId = 0;
  let closing = false;

  function spawn(): Thread {
    const worker = new Worker(workerUrl, { resourceLimits: THREAD_LIMITS, ...(options.execArgv ? { execArgv: options.execArgv } : {}) });
    const thread: Thread = { worker, pending: new Map() };
    worker.on('message', (reply: Reply) => {
      const task = thread.pending.get(reply.id);
      if (!task) return;
      thread.pending.delete(reply.id);
      if (thread.pending.size === 0) worker.unref();
      if ('error' in reply) task.reject(new Error(`analysis failed: ${reply.error}`));
      else task.resolve(reply.result);
    });
    const fail = (reason: string) => {
      for (const task of thread.pending.values()) task.reject(new Error(reason));
      thread.pending.clear();
      const index = threads.indexOf(thread);
      if (index >= 0 && !closing) threads[index] = spawn();
    };
    worker.on('error', (error) => fail(`analysis thread failed: ${error.message}`));
    worker.on('exit', (code) => fail(`analysis thread exited (${code})`));
    // An idle thread must not keep the process alive; one with work must (see analyze).
    worker.unref();
    return thread;
  }

  for (let i = 0; i < Math.max(1, options.size); i++) threads.push(spawn());

  const analyze: Analyzer = (input) => {
    if (closing) return Promise.reject(new Error('the analysis pool is closed'));
    // The least busy thread: tasks vary a lot in cost, so round-robin would queue behind a long one.
    let thread = threads[0]!;
    for (const t of threads) if (t.pending.size < thread.pending.size) thread = t;
    const id = nextId++;
    return new Promise<AnalyzedAnswer>((resolve, reject) => {
      thread.pending.set(id, { resolve, reject });
      thread.worker.ref();
      thread.worker.postMessage({ id, input } satisfies Task);
    });
  };

  return {
    analyze,
    size: threads.length,
    async close() {
      closing = true;
      await Promise.all(threads.map((t) => t.worker.terminate()));
    },
  };
}
