import { beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeIo, type FakeIoOptions } from '../../test/fake-io.js';
import { run } from '../main.js';

const ANSWER = 'This year I want to finish a data engineering certificate. In five years I would like to lead a small analytics team here.';
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'trajectory-analyze-'));
  writeFileSync(join(dir, 'answer.txt'), ANSWER);
  writeFileSync(join(dir, 'empty.txt'), '  \n');
  writeFileSync(join(dir, 'company.txt'), 'Northwind Health, a hospital group. Runs a two-year analytics graduate scheme.');
});

async function analyze(args: string[], options: FakeIoOptions = {}) {
  const fake = fakeIo({ cwd: dir, ...options });
  const code = await run(['analyze', ...args], fake.io);
  return { code, stdout: fake.stdout(), stderr: fake.stderr() };
}

describe('analyze: one answer', () => {
  test('a file: the report has every section, in plain text when stdout is not a terminal', async () => {
    const { code, stdout, stderr } = await analyze(['answer.txt', '--question', 'career-goals']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    for (const heading of ['Score:', 'Answer', 'What works', 'Elements of a good answer', 'Follow-up questions to prepare for', 'Metrics']) expect(stdout).toContain(heading);
    expect(stdout).toContain('Question: What are your career goals? (career-goals)');
    expect(stdout).toContain('You mentioned a data engineering certificate — why that field');
    expect(stdout).toMatch(/Words: +23/);
    expect(stdout).not.toContain('\x1b[');
  });

  test('ANSI colour only on a terminal, and never with NO_COLOR', async () => {
    expect((await analyze(['answer.txt'], { stdoutTTY: true })).stdout).toContain('\x1b[');
    expect((await analyze(['answer.txt'], { stdoutTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\x1b[');
  });

  test('--json prints the analysis object', async () => {
    const { code, stdout } = await analyze(['answer.txt', '--json', '--question', 'five-years', '--experience', 'graduate']);
    expect(code).toBe(0);
    const analysis = JSON.parse(stdout);
    expect(analysis.questionId).toBe('five-years');
    expect(Object.keys(analysis).sort()).toEqual(['elements', 'flags', 'followups', 'metrics', 'questionId', 'score', 'strengths']);
  });

  test('reads stdin when FILE is "-" or left out and stdin is a pipe', async () => {
    for (const args of [['-', '--json'], ['--json']]) {
      const { code, stdout } = await analyze(args, { stdin: ANSWER });
      expect(code).toBe(0);
      expect(JSON.parse(stdout).metrics.words).toBe(23);
    }
  });

  test('--company FILE is read and used: a feature it names is probed', async () => {
    const answer = 'The graduate scheme is the main reason I applied.';
    const { stdout } = await analyze(['--company', 'company.txt', '--json'], { stdin: answer });
    expect(JSON.parse(stdout).followups.map((f: { text: string }) => f.text)).toContain('The graduate scheme');
  });

  test('an unknown question is noted on stderr and judged as a general answer', async () => {
    const { code, stdout, stderr } = await analyze(['answer.txt', '--json', '--question', 'Tell me a joke']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).questionId).toBeNull();
    expect(stderr).toContain("note: question 'Tell me a joke' is not in the bank");
  });

  test.each([
    [['nope.txt'], "Error: cannot read answer file 'nope.txt': no such file"],
    [['empty.txt'], 'Error: empty.txt: the answer is empty'],
    [['answer.txt', '--company', 'missing.txt'], "Error: cannot read company file 'missing.txt': no such file"],
  ])('bad input %j: exit 1, one line on stderr, nothing on stdout', async (args, message) => {
    const { code, stdout, stderr } = await analyze(args);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${message}\n`);
  });

  test('--today sets the date a named year is measured from (the default is the real date)', async () => {
    const answer = 'By 2029 I want to lead a team of five engineers on the payments platform, and I am taking the leadership course to prepare.';
    const longTerm = async (args: string[]) => JSON.parse((await analyze(['--json', '--question', 'career-goals', ...args], { stdin: answer })).stdout).elements.long_term.present;
    expect(await longTerm(['--today', '2026-01-10'])).toBe(true);
    expect(await longTerm(['--today', '2028-06-01'])).toBe(false);
    const asToday = await analyze(['--json', '--question', 'career-goals', '--today', new Date().toISOString().slice(0, 10)], { stdin: answer });
    expect((await analyze(['--json', '--question', 'career-goals'], { stdin: answer })).stdout).toBe(asToday.stdout);
  });

  test('an empty stdin is bad input too', async () => {
    const { code, stderr } = await analyze([], { stdin: '' });
    expect(code).toBe(1);
    expect(stderr).toBe('Error: stdin: the answer is empty\n');
  });

  test.each([
    [[], { stdinTTY: true }, 'no answer given'],
    [['answer.txt', 'other.txt'], {}, "unexpected argument 'other.txt'"],
    [['answer.txt', '--experience', 'wizard'], {}, '--experience must be one of graduate, early, experienced, senior'],
    [['answer.txt', '--jsonl', 'batch.jsonl'], {}, 'give either FILE or --jsonl'],
    [['answer.txt', '--today', '5 May 2027'], {}, "--today must be a date as YYYY-MM-DD (got '5 May 2027')"],
    [['--company', '-'], { stdin: 'x' }, 'cannot both come from stdin'],
    [['answer.txt', '--role'], {}, "Option '--role <value>' argument missing"],
  ] as const)('usage error %j: exit 2', async (args, options, message) => {
    const { code, stdout, stderr } = await analyze([...args], options);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toMatch(/^Error: /);
  });
});

describe('analyze --jsonl', () => {
  const lines = [
    JSON.stringify({ id: 'ok-1', answer: 'This year I will finish my accounting degree.' }),
    '{"id": "broken", "answer": ',
    JSON.stringify({ id: 7, question: 'five-years' }),
    '',
    JSON.stringify({ id: 'bad-exp', answer: 'I want to lead.', experience: 'guru' }),
    JSON.stringify(['not', 'an', 'object']),
    JSON.stringify({ id: 'bad-day', answer: 'I want to lead.', today: 'soon' }),
    JSON.stringify({ id: 'ok-2', answer: 'In five years I hope to lead the audit team.', question: 'five-years', role: 'Auditor' }),
  ];

  test('exactly one output line per input line, in order, errors in place; exit 1', async () => {
    const { code, stdout, stderr } = await analyze(['--jsonl', '-'], { stdin: `${lines.join('\n')}\n` });
    expect(code).toBe(1);
    const out = stdout.split('\n');
    expect(out.pop()).toBe('');
    expect(out).toHaveLength(lines.length);
    const parsed = out.map((l) => JSON.parse(l));
    expect(parsed.map((p) => p.id)).toEqual(['ok-1', null, 7, null, 'bad-exp', null, 'bad-day', 'ok-2']);
    expect(parsed.map((p) => p.error ?? 'ok')).toEqual([
      'ok',
      expect.stringMatching(/^line 2: not valid JSON/),
      'line 3: missing "answer"',
      'line 4: empty line',
      'line 5: "experience" must be one of graduate, early, experienced, senior',
      'line 6: expected a JSON object',
      'line 7: "today" must be a date as YYYY-MM-DD',
      'ok',
    ]);
    expect(parsed[0]).toMatchObject({ id: 'ok-1', questionId: null, metrics: { words: 8 } });
    expect(parsed[7]).toMatchObject({ id: 'ok-2', questionId: 'five-years' });
    expect(stderr).toBe('Error: 6 of 8 lines in stdin failed (lines 2, 3, 4, 5, 6, …); see their "error" fields\n');
  });

  test('all good: exit 0 and nothing on stderr; flags are defaults a line can override', async () => {
    const input = [JSON.stringify({ id: 'a', answer: 'I want to grow.' }), JSON.stringify({ id: 'b', answer: 'I want to grow.', question: 'missed-goal' })].join('\r\n');
    const { code, stdout, stderr } = await analyze(['--jsonl', '-', '--question', 'five-years'], { stdin: input });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.trimEnd().split('\n').map((l) => JSON.parse(l).questionId)).toEqual(['five-years', 'missed-goal']);
  });

  test('streams a big batch from a file', async () => {
    const n = 3000;
    const big = Array.from({ length: n }, (_, i) => JSON.stringify({ id: i, answer: `In ${i % 9 + 2} years I want to lead a team of ${i} analysts.` })).join('\n');
    writeFileSync(join(dir, 'big.jsonl'), big);
    const { code, stdout } = await analyze(['--jsonl', 'big.jsonl']);
    expect(code).toBe(0);
    const out = stdout.trimEnd().split('\n');
    expect(out).toHaveLength(n);
    expect(JSON.parse(out[n - 1]!).id).toBe(n - 1);
  });

  test('a missing batch file is bad input before any output', async () => {
    const { code, stdout, stderr } = await analyze(['--jsonl', 'missing.jsonl']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe("Error: cannot read --jsonl file 'missing.jsonl': no such file\n");
  });
});
