import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { MIGRATIONS } from '@trajectory/server';
import { fakeIo } from '../../test/fake-io.js';
import { run } from '../main.js';
import { db } from './db.js';
import { goals } from './goals.js';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'trajectory-cli-db-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[], env: Record<string, string> = { TRAJECTORY_DATA: dir }) => {
  const fake = fakeIo({ env });
  return run(args, fake.io, [db, goals]).then((code) => ({ code, stdout: fake.stdout(), stderr: fake.stderr() }));
};

describe('db', () => {
  test('migrate applies every migration once, then says the database is up to date', async () => {
    const status = await cli(['db', 'status', '--json']);
    expect(JSON.parse(status.stdout).pending).toEqual(Object.keys(MIGRATIONS));

    const first = await cli(['db', 'migrate', '--json']);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ dialect: 'sqlite', database: join(dir, 'trajectory.sqlite'), applied: Object.keys(MIGRATIONS) });

    const again = await cli(['db', 'migrate']);
    expect(again).toMatchObject({ code: 0, stdout: expect.stringContaining('is up to date') });
    expect(JSON.parse((await cli(['db', 'status', '--json'])).stdout).pending).toEqual([]);
  });

  test('--data overrides TRAJECTORY_DATA', async () => {
    const other = join(dir, 'elsewhere');
    const res = await cli(['db', 'migrate', '--data', other, '--json']);
    expect(JSON.parse(res.stdout).database).toBe(join(other, 'trajectory.sqlite'));
  });

  test('other data commands refuse an unmigrated database and name the fix', async () => {
    const res = await cli(['goals', 'list']);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain("needs migrating: run 'trajectory db migrate'");
  });

  test('usage errors exit 2', async () => {
    expect((await cli(['db'])).code).toBe(2);
    const unknown = await cli(['db', 'drop']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown subcommand 'drop'");
    expect((await cli(['db', 'migrate', '--force'])).code).toBe(2);
  });

  test('--help explains the subcommands', async () => {
    const res = await cli(['db', '--help']);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Usage: trajectory db migrate');
    expect(res.stdout).toContain('DATABASE_URL');
  });

  test('a DATABASE_URL that is not PostgreSQL is bad input', async () => {
    const res = await cli(['db', 'migrate'], { DATABASE_URL: 'mysql://localhost/x' });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('DATABASE_URL must start with postgres://');
  });
});
