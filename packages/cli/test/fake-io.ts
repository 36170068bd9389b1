/** In-memory process streams for CLI tests: what a command writes is captured, stdin is given. */
import { Readable, Writable } from 'node:stream';
import type { Io } from '../src/command.js';

export interface FakeIoOptions {
  stdin?: string;
  /** stdin is an interactive terminal (nothing piped). */
  stdinTTY?: boolean;
  stdoutTTY?: boolean;
  env?: Record<string, string>;
  cwd?: string;
}

export function fakeIo(options: FakeIoOptions = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const sink = (chunks: string[]) =>
    new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        chunks.push(chunk.toString());
        done();
      },
    });
  const stdin: Io['stdin'] = Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]);
  if (options.stdinTTY) stdin.isTTY = true;
  const stdout: Io['stdout'] = sink(out);
  if (options.stdoutTTY) stdout.isTTY = true;
  const io: Io = { stdin, stdout, stderr: sink(err), env: options.env ?? {}, cwd: options.cwd ?? process.cwd() };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
