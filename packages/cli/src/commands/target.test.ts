import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { TargetResponse } from '@trajectory/server';
import { fakeIo } from '../../test/fake-io.js';
import { run } from '../main.js';
import { db } from './db.js';
import { target } from './target.js';

let dir = '';
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'trajectory-cli-target-'));
  await cli(['db', 'migrate']);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[], stdin?: string) {
  const fake = fakeIo({ env: { TRAJECTORY_DATA: dir }, ...(stdin === undefined ? {} : { stdin }) });
  const code = await run(args, fake.io, [db, target]);
  return { code, stdout: fake.stdout(), stderr: fake.stderr() };
}

describe('target', () => {
  test('add reads the job description from stdin; list shows the target', async () => {
    const added = await cli(['target', 'add', '--company', 'Contoso', '--role', 'Data analyst', '--description', '-', '--notes', 'Mentoring programme', '--json'], 'Build dashboards in SQL.\n');
    expect(added.code).toBe(0);
    const created = JSON.parse(added.stdout) as TargetResponse;
    expect(created).toMatchObject({ company: 'Contoso', role: 'Data analyst', description: 'Build dashboards in SQL.', notes: 'Mentoring programme' });

    const list = await cli(['target', 'list']);
    expect(list.stdout).toContain(created.id);
    expect(list.stdout).toContain('Data analyst at Contoso');
  });

  test('company and role are required; an empty one is bad input', async () => {
    expect((await cli(['target', 'add', '--role', 'Analyst'])).code).toBe(2);
    const empty = await cli(['target', 'add', '--company', ' ', '--role', 'Analyst']);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('--company');
    expect((await cli(['target', 'list', '--company', 'X'])).code).toBe(2);
    expect((await cli(['target', 'remove'])).code).toBe(2);
  });
});
