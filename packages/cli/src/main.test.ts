import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fakeIo } from '../test/fake-io.js';
import { COMMANDS, run } from './main.js';
import type { Command } from './command.js';

describe('dispatcher', () => {
  test('--help lists every command and the exit codes', async () => {
    const { io, stdout } = fakeIo();
    expect(await run(['--help'], io)).toBe(0);
    for (const c of COMMANDS) expect(stdout()).toContain(`  ${c.name}`);
    expect(stdout()).toContain('Exit codes: 0 ok, 1 bad input, 2 usage error.');
  });

  test('the built-in commands are registered', () => {
    expect(COMMANDS.map((c) => c.name)).toEqual(expect.arrayContaining(['analyze', 'demo', 'questions']));
  });

  test('a lazily registered command loads the command of its name, with the summary it declares', async () => {
    for (const entry of COMMANDS) {
      if (!('load' in entry)) continue;
      const command = await entry.load();
      expect(command.name).toBe(entry.name);
      expect(command.summary).toBe(entry.summary);
    }
  });

  test.each(COMMANDS.map((c) => c.name))('%s --help prints its usage and exits 0', async (name) => {
    const { io, stdout, stderr } = fakeIo({ stdinTTY: true });
    expect(await run([name, '--help'], io)).toBe(0);
    expect(stdout()).toMatch(new RegExp(`^Usage: trajectory ${name}`));
    expect(stderr()).toBe('');
  });

  test('help COMMAND is the same as COMMAND --help', async () => {
    const a = fakeIo();
    const b = fakeIo();
    await run(['help', 'analyze'], a.io);
    await run(['analyze', '-h'], b.io);
    expect(a.stdout()).toBe(b.stdout());
  });

  test('no command: usage on stderr, exit 2', async () => {
    const { io, stdout, stderr } = fakeIo();
    expect(await run([], io)).toBe(2);
    expect(stdout()).toBe('');
    expect(stderr()).toContain('Usage: trajectory <command>');
  });

  test('an unknown command or option is a usage error: exit 2 and one Error line', async () => {
    const unknown = fakeIo();
    expect(await run(['analyse'], unknown.io)).toBe(2);
    expect(unknown.stderr().split('\n')[0]).toBe("Error: unknown command 'analyse' (commands: analyze, demo, questions)".replace('analyze, demo, questions', COMMANDS.map((c) => c.name).join(', ')));
    const option = fakeIo();
    expect(await run(['questions', '--bogus'], option.io)).toBe(2);
    expect(option.stderr()).toMatch(/^Error: questions: Unknown option '--bogus'\nRun 'trajectory questions --help' for usage.\n$/);
  });

  test('one top-level catch: an unexpected error prints Error: … and exits 1', async () => {
    const broken: Command = { name: 'broken', summary: '', help: 'Usage: trajectory broken', run: async () => Promise.reject(new Error('disk on fire')) };
    const { io, stderr } = fakeIo();
    expect(await run(['broken'], io, [broken])).toBe(1);
    expect(stderr()).toBe('Error: disk on fire\n');
  });

  test('--version', async () => {
    const { io, stdout } = fakeIo();
    expect(await run(['--version'], io)).toBe(0);
    expect(stdout()).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

/** The built program, as `npm run trajectory` runs it. `npm test` builds first (typecheck runs tsc -b). */
describe('the built CLI', () => {
  const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
  const cli = (args: string[], input?: string) => spawnSync(process.execPath, [main, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const dir = mkdtempSync(join(tmpdir(), 'trajectory-cli-'));

  test('is built', () => {
    expect(existsSync(main), 'run `npm run build` first').toBe(true);
  });

  test('analyze --json on stdin: exit 0 and one JSON object', () => {
    const result = cli(['analyze', '--json', '--question', 'five-years'], 'In five years I want to lead a small analytics team here.');
    expect(result.status).toBe(0);
    const analysis = JSON.parse(result.stdout);
    expect(analysis).toMatchObject({ questionId: 'five-years', metrics: { words: 12 } });
    expect(Object.keys(analysis)).toEqual(expect.arrayContaining(['flags', 'elements', 'score', 'strengths', 'followups', 'metrics']));
  });

  test('a missing file: exit 1 and one line on stderr saying what and where', () => {
    const result = cli(['analyze', join(dir, 'nope.txt')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toEqual([`Error: cannot read answer file '${join(dir, 'nope.txt')}': no such file`]);
  });

  test('--jsonl: one line out per line in, errors in place, exit 1', () => {
    const file = join(dir, 'batch.jsonl');
    writeFileSync(file, ['{"id":"a","answer":"I want to finish my accounting degree this year."}', '{"id":"b"', '{"id":"c","answer":42}', '{"id":"d","answer":"In five years I hope to lead the audit team."}'].join('\n') + '\n');
    const result = cli(['analyze', '--jsonl', file]);
    expect(result.status).toBe(1);
    const lines = result.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.error === undefined])).toEqual([['a', true], [null, false], ['c', false], ['d', true]]);
    expect(lines[2].error).toBe('line 3: "answer" must be a string');
  });

  test('questions | head: a closed pipe is not an error', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${main}" questions | head -1`], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')[0]).toContain('career-goals');
  });
});
