/**
 * Settings from the environment, with their defaults. Read once at start-up; everything else
 * receives the resolved values, so tests pass their own.
 */
import { availableParallelism, homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

export interface ServerConfig {
  port: number;
  /** Loopback by default: local mode has no sign-in, so it must not listen on the network unasked. */
  host: string;
  /** Where the SQLite file lives (and anything else kept on disk). */
  dataDir: string;
  /** postgres://… selects PostgreSQL instead of the SQLite file. */
  databaseUrl: string | undefined;
  /** Threads that run the analyzer; 0 runs it on the event loop. */
  analysisThreads: number;
}

export type Env = Record<string, string | undefined>;

export const DEFAULT_PORT = 3000;

/** TRAJECTORY_DATA, else $XDG_DATA_HOME/trajectory, else ~/.local/share/trajectory. */
export function dataDirFrom(env: Env, cwd: string = process.cwd(), home: string = homedir()): string {
  const explicit = env.TRAJECTORY_DATA?.trim();
  if (explicit) return resolve(cwd, explicit);
  const xdg = env.XDG_DATA_HOME?.trim();
  // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
  if (xdg && isAbsolute(xdg)) return join(xdg, 'trajectory');
  return join(home, '.local', 'share', 'trajectory');
}

export function configFrom(env: Env, cwd: string = process.cwd()): ServerConfig {
  return {
    port: portFrom(env.PORT),
    host: env.HOST?.trim() || '127.0.0.1',
    dataDir: dataDirFrom(env, cwd),
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    analysisThreads: threadsFrom(env.TRAJECTORY_ANALYSIS_THREADS),
  };
}

/**
 * By default one analysis thread per core but one: that core is left to the event loop
 * (HTTP, JSON, the database). Each thread is a V8 heap of its own, so more threads than
 * cores would cost memory and gain nothing.
 */
function threadsFrom(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return Math.max(1, availableParallelism() - 1);
  const threads = Number(value);
  if (!Number.isInteger(threads) || threads < 0 || threads > 64) throw new Error(`TRAJECTORY_ANALYSIS_THREADS must be a whole number from 0 to 64 (got '${value}')`);
  return threads;
}

function portFrom(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be a whole number from 0 to 65535 (got '${value}')`);
  return port;
}
