import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { analyze } from '@trajectory/core';
import { fakeIo } from '../../test/fake-io.js';
import { run } from '../main.js';
import { db } from './db.js';
import { draft } from './draft.js';
import { goals } from './goals.js';
import { target } from './target.js';

let dir = '';
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'trajectory-cli-draft-'));
  await cli(['db', 'migrate']);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]) {
  const fake = fakeIo({ env: { TRAJECTORY_DATA: dir } });
  const code = await run(args, fake.io, [db, goals, target, draft]);
  return { code, stdout: fake.stdout(), stderr: fake.stderr() };
}

describe('draft', () => {
  test('needs goals first', async () => {
    const res = await cli(['draft', '--question', 'career-goals']);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('add a goal first');
  });

  test('drafts from the goals and target, and analyzes the draft', async () => {
    await cli(['goals', 'add', 'Lead a small analytics team', '--horizon', 'long', '--type', 'leadership', '--timeframe', 'within five years']);
    await cli(['goals', 'add', 'Earn a data visualisation certificate', '--horizon', 'short', '--type', 'education', '--timeframe', 'within a year']);
    const { id } = JSON.parse((await cli(['target', 'add', '--company', 'Contoso', '--role', 'Data analyst', '--json'])).stdout) as { id: string };

    const res = await cli(['draft', '--question', 'career-goals', '--target', id, '--seed', '3', '--json']);
    expect(res.code).toBe(0);
    const { answer, analysis } = JSON.parse(res.stdout) as { answer: string; analysis: unknown };
    expect(answer.toLowerCase()).toContain('analytics team');
    expect(analysis).toEqual(JSON.parse(JSON.stringify(analyze({ answer, question: 'career-goals', role: 'Data analyst', company: 'Contoso' }))));

    const report = await cli(['draft', '--question', 'career-goals', '--target', id, '--seed', '3']);
    expect(report.stdout).toContain('Draft answer');
    expect(report.stdout).toContain('Score:');
  });

  test('usage errors exit 2; an unknown target is bad input', async () => {
    expect((await cli(['draft'])).code).toBe(2);
    expect((await cli(['draft', '--question', 'favourite-colour'])).code).toBe(2);
    expect((await cli(['draft', '--question', 'career-goals', '--strategy', 'random'])).code).toBe(2);
    expect((await cli(['draft', '--question', 'career-goals', '--seed', '-1'])).code).toBe(2);
    await cli(['goals', 'add', 'Lead a team', '--horizon', 'long', '--type', 'leadership']);
    const res = await cli(['draft', '--question', 'career-goals', '--target', '01900000-0000-7000-8000-000000000000']);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('no such target');
  });
});
