#!/usr/bin/env node
/**
 * The trajectory command line: a thin dispatcher. It finds the command, answers `--help`,
 * and holds the one top-level catch that turns errors into `Error: …` and an exit code.
 * CLI knows core; core knows nothing of the CLI.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as registry from './commands/index.js';
import { EXIT, type Command, type CommandEntry, type Io } from './command.js';
import { CliError } from './errors.js';

export const COMMANDS: readonly CommandEntry[] = Object.values(registry as Record<string, CommandEntry>).sort((a, b) => a.name.localeCompare(b.name));

const VERSION = '0.1.0';

export function mainHelp(commands: readonly CommandEntry[] = COMMANDS): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'trajectory: coach an answer to "What are your career goals?"',
    '',
    'Usage: trajectory <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  -h, --help     show help (also: trajectory <command> --help)',
    '  -v, --version  show the version',
    '',
    'Exit codes: 0 ok, 1 bad input, 2 usage error.',
    '',
  ].join('\n');
}

/** `--help`/`-h` before a `--` separator. */
const wantsHelp = (args: string[]) => {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
};

/** Run the CLI with `argv` (the arguments after the program name); resolves to the exit code. Never throws. */
export async function run(argv: string[], io: Io, commands: readonly CommandEntry[] = COMMANDS): Promise<number> {
  const [name, ...args] = argv;
  try {
    if (name === undefined) {
      io.stderr.write(mainHelp(commands));
      return EXIT.usage;
    }
    if (name === '--help' || name === '-h') {
      io.stdout.write(mainHelp(commands));
      return EXIT.ok;
    }
    if (name === '--version' || name === '-v') {
      io.stdout.write(`${VERSION}\n`);
      return EXIT.ok;
    }
    const find = async (n: string): Promise<Command | undefined> => {
      const entry = commands.find((c) => c.name === n);
      return entry && 'load' in entry ? entry.load() : entry;
    };
    if (name === 'help') {
      const topic = args[0] === undefined ? undefined : await find(args[0]);
      if (args[0] !== undefined && !topic) throw new CliError('usage', `unknown command '${args[0]}'`);
      io.stdout.write(topic ? withNewline(topic.help) : mainHelp(commands));
      return EXIT.ok;
    }
    const command = await find(name);
    if (!command) throw new CliError('usage', `unknown command '${name}' (commands: ${commands.map((c) => c.name).join(', ')})`);
    if (wantsHelp(args)) {
      io.stdout.write(withNewline(command.help));
      return EXIT.ok;
    }
    return await command.run(args, io);
  } catch (error) {
    return report(error, io, name);
  }
}

function report(error: unknown, io: Io, name: string | undefined): number {
  if (error instanceof CliError) {
    io.stderr.write(`Error: ${error.message}\n`);
    if (error.kind === 'usage') io.stderr.write(`Run 'trajectory ${name && name !== 'help' && !name.startsWith('-') ? `${name} ` : ''}--help' for usage.\n`);
    return error.exitCode;
  }
  // A bug, not bad input: say so in one line; the stack only on request.
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`Error: ${message}\n`);
  if (io.env.TRAJECTORY_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return EXIT.input;
}

const withNewline = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);

/** True when this file is the program node was started with (also through an npm bin symlink). */
function isEntryPoint(): boolean {
  const started = process.argv[1];
  if (!started) return false;
  try {
    return realpathSync(started) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  // A closed pipe (`trajectory questions | head -1`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  // `npm run trajectory -- analyze answer.txt` runs in the repository root; the file is relative to where the user typed it.
  const cwd = process.env.npm_lifecycle_event === 'trajectory' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
  const io: Io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd };
  process.exitCode = await run(process.argv.slice(2), io);
}
