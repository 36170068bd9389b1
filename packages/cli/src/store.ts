/**
 * The data commands (db, goals, target, draft) work on the server's store: the same data
 * directory (TRAJECTORY_DATA, else the per-user default) or DATABASE_URL, and the same
 * local user. They call the server's services directly, so they validate, check and store
 * exactly as the API does. CLI knows server; server knows nothing of the CLI.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import {
  ApiError,
  dataDirFrom,
  ensureLocalUser,
  inProcessAnalyzer,
  openStore,
  pendingMigrations,
  systemClock,
  type Deps,
  type Store,
  type StoreConfig,
} from '@trajectory/server';
import type { z } from 'zod';
import type { Io } from './command.js';
import { CliError, inputError, usageError } from './errors.js';

export const DATA_OPTION_HELP = `  --data DIR  the data directory (default: $TRAJECTORY_DATA, else
              $XDG_DATA_HOME/trajectory, else ~/.local/share/trajectory);
              DATABASE_URL=postgres://… uses PostgreSQL instead`;

/** Where the data is: --data, then the environment, then the per-user default. */
export function storeConfig(io: Io, dataFlag: string | undefined): StoreConfig {
  const env = dataFlag === undefined ? io.env : { ...io.env, TRAJECTORY_DATA: dataFlag };
  return { dataDir: dataDirFrom(env, io.cwd), databaseUrl: io.env.DATABASE_URL?.trim() || undefined };
}

/** Open the store, run `work`, close it whatever happens. */
export async function withStore<T>(io: Io, dataFlag: string | undefined, work: (store: Store) => Promise<T>): Promise<T> {
  let store: Store;
  try {
    store = openStore(storeConfig(io, dataFlag));
  } catch (error) {
    throw inputError(`cannot open the database: ${reason(error)}`);
  }
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

export interface Session {
  deps: Deps;
  userId: string;
  store: Store;
}

/** Open the store as the local user; an unmigrated database is an error that names the fix. */
export async function withSession<T>(io: Io, dataFlag: string | undefined, work: (session: Session) => Promise<T>): Promise<T> {
  return withStore(io, dataFlag, async (store) => {
    const pending = await pendingMigrations(store).catch((error: unknown) => {
      throw inputError(`cannot read the database at ${store.location}: ${reason(error)}`);
    });
    if (pending.length > 0) throw inputError(`the database at ${store.location} needs migrating: run 'trajectory db migrate'`);
    const userId = await ensureLocalUser(store.db, systemClock);
    try {
      return await work({ deps: { db: store.db, clock: systemClock, analyzer: inProcessAnalyzer }, userId, store });
    } catch (error) {
      // The services speak HTTP errors; here they are bad input (exit 1) with the same message.
      if (error instanceof ApiError) throw inputError(error.message);
      throw error;
    }
  });
}

/**
 * Validate with the API's own schema; a failure names the command-line flag at fault
 * (`flags` maps body fields to flags) and is bad input (exit 1).
 */
export function validate<S extends z.ZodType>(command: string, schema: S, value: unknown, flags: Record<string, string>): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const [first, ...rest] = issue.path.map(String);
  const where = first === undefined ? '' : `${flags[first] ?? first}${rest.length ? ` (${rest.join('.')})` : ''}: `;
  throw inputError(`${command}: ${where}${issue.message}`);
}

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>>;

/** Strict argument parsing that also allows repeated options (`multiple: true`); errors are usage errors. */
export function parseOptions<O extends Options>(command: string, args: string[], options: O): Parsed<O> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw usageError(`${command}: ${message.split(/\.\s|\n/)[0]!.replace(/\.$/, '')}`);
  }
}

/** The first positional as a subcommand, which must be one of `names`. */
export function subcommand<N extends string>(command: string, positionals: string[], names: readonly N[]): N {
  const [name] = positionals;
  if (name === undefined) throw usageError(`${command}: name a subcommand (${names.join(', ')})`);
  if (!names.includes(name as N)) throw usageError(`${command}: unknown subcommand '${name}' (${names.join(', ')})`);
  return name as N;
}

/** One of a fixed set of values for a flag, or a usage error listing them. */
export function choice<V extends string>(command: string, flag: string, value: string | undefined, allowed: readonly V[]): V | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as V)) throw usageError(`${command}: ${flag} must be one of ${allowed.join(', ')} (got '${value}')`);
  return value as V;
}

export const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const reason = (error: unknown) => (error instanceof CliError ? error.message : error instanceof Error ? error.message : String(error));
