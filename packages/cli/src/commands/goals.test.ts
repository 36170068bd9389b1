import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { GoalResponse } from '@trajectory/server';
import { fakeIo } from '../../test/fake-io.js';
import { run } from '../main.js';
import { db } from './db.js';
import { goals } from './goals.js';

let dir = '';
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'trajectory-cli-goals-'));
  await cli(['db', 'migrate']);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]) {
  const fake = fakeIo({ env: { TRAJECTORY_DATA: dir } });
  const code = await run(args, fake.io, [db, goals]);
  return { code, stdout: fake.stdout(), stderr: fake.stderr() };
}

const LONG = ['goals', 'add', 'Lead the analytics team', '--horizon', 'long', '--type', 'leadership', '--timeframe', 'within five years'];

describe('goals', () => {
  test('add stores a goal with its steps and prints its SMART check', async () => {
    const res = await cli([...LONG, '--step', 'Mentor a junior analyst', '--step', 'Take a management course', '--measure', 'A team of four reports to me']);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/^Added goal [0-9a-f-]{36}/);
    for (const criterion of ['specific', 'measurable', 'realistic', 'planned']) expect(res.stdout).toContain(criterion);

    const list = await cli(['goals', 'list', '--json']);
    const [goal] = JSON.parse(list.stdout) as GoalResponse[];
    expect(goal).toMatchObject({ statement: 'Lead the analytics team', horizon: 'long', steps: [{ text: 'Mentor a junior analyst' }, { text: 'Take a management course' }] });
  });

  test('list shows each goal with its id; check shows what to fix', async () => {
    await cli(LONG);
    const short = await cli(['goals', 'add', 'Get better', '--horizon', 'short', '--type', 'personal_development', '--json']);
    const goal = JSON.parse(short.stdout) as GoalResponse;
    const list = await cli(['goals', 'list']);
    expect(list.stdout).toContain(goal.id);
    expect(list.stdout).toContain('Lead the analytics team');

    const check = await cli(['goals', 'check', goal.id]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('Get better');
    expect(check.stdout).toContain('→');
    expect(check.stdout).toContain('Not SMART yet');
    const all = JSON.parse((await cli(['goals', 'check', '--json'])).stdout) as { id: string; check: { passed: boolean } }[];
    expect(all).toHaveLength(2);
  });

  test('a short-term goal can serve a long-term one', async () => {
    const long = JSON.parse((await cli([...LONG, '--json'])).stdout) as GoalResponse;
    const short = await cli(['goals', 'add', 'Earn the SQL certificate', '--horizon', 'short', '--type', 'education', '--serves', long.id, '--json']);
    expect(JSON.parse(short.stdout).servesGoalId).toBe(long.id);
  });

  test('bad input exits 1 naming the flag; usage errors exit 2', async () => {
    const badDate = await cli([...LONG, '--target-date', '2026-13-01']);
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toContain('--target-date');
    const unknown = await cli(['goals', 'check', '01900000-0000-7000-8000-000000000000']);
    expect(unknown).toMatchObject({ code: 1, stderr: expect.stringContaining('goal not found') });
    const badServes = await cli([...LONG, '--serves', 'nope']);
    expect(badServes.code).toBe(1);
    expect(badServes.stderr).toContain('--serves');

    expect((await cli(['goals', 'add', 'No horizon', '--type', 'leadership'])).code).toBe(2);
    expect((await cli(['goals', 'add', 'X', '--horizon', 'medium', '--type', 'leadership'])).code).toBe(2);
    expect((await cli(['goals', 'list', '--horizon', 'long'])).code).toBe(2);
    expect((await cli(['goals'])).code).toBe(2);
    expect((await cli(['goals', 'list', '--json'])).stdout).toBe('[]\n');
  });

  test('--help', async () => {
    const res = await cli(['goals', '--help']);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Usage: trajectory goals add STATEMENT');
  });
});
