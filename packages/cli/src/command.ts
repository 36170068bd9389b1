/**
 * The contract every command file under commands/ fulfils. The dispatcher (main.ts) owns
 * `--help`, the top-level catch and the exit code; a command only parses its own
 * arguments, does its work through `io`, and returns an exit code or throws a CliError.
 */
import type { Readable, Writable } from 'node:stream';

/** The process streams and environment, injected so tests can use in-memory ones. */
export interface Io {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable;
  env: Record<string, string | undefined>;
  /** Where relative paths are resolved. */
  cwd: string;
}

export interface Command {
  /** The word after `trajectory`. */
  name: string;
  /** One line for `trajectory --help`. */
  summary: string;
  /** The full text printed by `trajectory <name> --help`. */
  help: string;
  /** Runs with the arguments after the command name; resolves to the exit code (0 ok, 1 bad input). */
  run(args: string[], io: Io): Promise<number>;
}

/**
 * A command whose module is loaded only when it runs: the data commands pull in the server
 * and its database driver, which `analyze` should neither wait for nor depend on.
 */
export interface LazyCommand {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

export type CommandEntry = Command | LazyCommand;

export function lazy(name: string, summary: string, load: () => Promise<Command>): LazyCommand {
  return { name, summary, load };
}

/** Exit codes: 0 ok, 1 bad input, 2 usage. */
export const EXIT = { ok: 0, input: 1, usage: 2 } as const;
