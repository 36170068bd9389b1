import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analysisPool, type AnalysisPool } from './pool.js';

const FAKE = new URL('../../test/fake-analysis-worker.mjs', import.meta.url);
let pool: AnalysisPool | undefined;
afterEach(async () => pool?.close());

const threadOf = async (p: Promise<{ json: string }>) => (JSON.parse((await p).json) as { threadId: number }).threadId;

describe('the analysis pool', () => {
  it('answers each task with its own result', async () => {
    pool = analysisPool({ size: 2, workerUrl: FAKE });
    const answers = ['a', 'b', 'c', 'd', 'e'];
    const results = await Promise.all(answers.map((answer) => pool!.analyze({ answer })));
    expect(results.map((r) => JSON.parse(r.json).answer)).toEqual(answers);
  });

  it('sends work to the idle thread, not behind a slow task', async () => {
    pool = analysisPool({ size: 2, workerUrl: FAKE });
    const slow = threadOf(pool.analyze({ answer: 'slow' }));
    const quick = threadOf(pool.analyze({ answer: 'quick' }));
    expect(await quick).not.toBe(await slow);
  });

  it('a task that fails rejects alone', async () => {
    pool = analysisPool({ size: 1, workerUrl: FAKE });
    await expect(pool.analyze({ answer: 'throw' })).rejects.toThrow('analysis failed: boom');
    expect(JSON.parse((await pool.analyze({ answer: 'fine' })).json).answer).toBe('fine');
  });

  it('a thread that dies fails its tasks and is replaced', async () => {
    pool = analysisPool({ size: 1, workerUrl: FAKE });
    const before = await threadOf(pool.analyze({ answer: 'x' }));
    await expect(pool.analyze({ answer: 'crash' })).rejects.toThrow('analysis thread exited (3)');
    const after = await threadOf(pool.analyze({ answer: 'y' }));
    expect(after).not.toBe(before);
  });

  it('keeps the process alive while it has work, and only then', async () => {
    const script = `
      import { analysisPool } from ${JSON.stringify(new URL('./pool.ts', import.meta.url).href)};
      const pool = analysisPool({ size: 1, workerUrl: new URL(${JSON.stringify(FAKE.href)}) });
      pool.analyze({ answer: 'slow' }).then((r) => console.log(JSON.parse(r.json).answer));
    `;
    const dir = mkdtempSync(join(tmpdir(), 'trajectory-pool-'));
    writeFileSync(join(dir, 'main.mts'), script);
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(dir, 'main.mts')], { encoding: 'utf8', timeout: 20_000 });
    rmSync(dir, { recursive: true, force: true });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('slow');
    expect(run.status).toBe(0);
  });

  it('refuses work once closed', async () => {
    pool = analysisPool({ size: 1, workerUrl: FAKE });
    await pool.close();
    await expect(pool.analyze({ answer: 'late' })).rejects.toThrow('closed');
  });
});
