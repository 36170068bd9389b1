/** Reading answers and lines from files or stdin, and writing with backpressure. The only file I/O the CLI does. */
import { open, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { once } from 'node:events';
import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Io } from './command.js';
import { inputError, usageError } from './errors.js';

/** What a file error means, in a few words. */
function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Where a source is read from, for messages: a path, or "stdin". */
export const sourceName = (source: string | undefined) => (source === undefined || source === '-' ? 'stdin' : source);

/**
 * Read a whole text: from the file `source`, or from stdin when `source` is '-' or absent.
 * Absent with an interactive stdin is a usage error: nothing was given to read.
 */
export async function readText(source: string | undefined, io: Io, what: string): Promise<string> {
  if (source === undefined || source === '-') {
    if (source === undefined && io.stdin.isTTY) throw usageError(`no ${what} given: pass a FILE, or pipe it on stdin`);
    return stripBom(await readStream(io.stdin));
  }
  try {
    return stripBom(await readFile(resolve(io.cwd, source), 'utf8'));
  } catch (error) {
    throw inputError(`cannot read ${what} file '${source}': ${reason(error)}`);
  }
}

async function readStream(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** The lines of a file or of stdin ('-'), streamed. The file is opened first so a missing one fails before any output. */
export async function openLines(source: string, io: Io): Promise<Interface> {
  let input: Readable = io.stdin;
  if (source !== '-') {
    try {
      input = (await open(resolve(io.cwd, source))).createReadStream({ encoding: 'utf8' });
    } catch (error) {
      throw inputError(`cannot read --jsonl file '${source}': ${reason(error)}`);
    }
  }
  return createInterface({ input, crlfDelay: Infinity });
}

/** Write and wait when the stream asks us to, so a big batch does not pile up in memory. */
export async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}
