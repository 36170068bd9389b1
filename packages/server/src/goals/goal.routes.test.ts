import { expect, it } from 'vitest';
import type { Kysely, KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import { InsertQueryNode } from 'kysely';
import { call, describeEachDialect, fixedClock } from '../../test/dialects.js';
import { createApp } from '../app.js';
import { localUser } from '../api/context.js';
import type { Database } from '../db/database.js';
import type { GoalResponse } from '../api/schemas.js';

const LONG_GOAL = {
  statement: 'Lead a data engineering team of five people',
  horizon: 'long',
  type: 'leadership',
  timeframe: 'within five years',
  measure: 'A team of five reporting to me',
  steps: [
    { text: 'Mentor a junior engineer', due: '2026-09-01' },
    { text: 'Complete a management course', done: true },
  ],
};

/** Makes every insert into `table` fail, as a full disk or a lost connection would. */
function failInsertsInto(table: string): KyselyPlugin {
  return {
    transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
      if (InsertQueryNode.is(node) && node.into?.table.identifier.name === table) throw new Error(`injected failure writing ${table}`);
      return node;
    },
    transformResult: async ({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> => result,
  };
}

describeEachDialect('goals', (ctx) => {
  it('creates a goal with its steps and its SMART check, and reads it back', async () => {
    const created = await call<GoalResponse>(ctx.app, 'POST', '/api/goals', LONG_GOAL);
    expect(created.status).toBe(201);
    expect(created.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.body).toMatchObject({
      statement: LONG_GOAL.statement,
      horizon: 'long',
      type: 'leadership',
      targetDate: null,
      servesGoalId: null,
      steps: [
        { text: 'Mentor a junior engineer', due: '2026-09-01', done: false },
        { text: 'Complete a management course', due: null, done: true },
      ],
      createdAt: fixedClock.now().toISOString(),
    });
    expect(Object.keys(created.body.check).sort()).toEqual(['measurable', 'passed', 'planned', 'realistic', 'specific']);
    expect(created.body.check.planned.pass).toBe(true);

    const read = await call<GoalResponse>(ctx.app, 'GET', `/api/goals/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created.body);

    const list = await call<GoalResponse[]>(ctx.app, 'GET', '/api/goals');
    expect(list.body.map((g) => g.id)).toEqual([created.body.id]);
  });

  it('a vague goal without a plan fails the check with suggestions', async () => {
    const { body } = await call<GoalResponse>(ctx.app, 'POST', '/api/goals', { statement: 'Grow', horizon: 'short', type: 'professional_development' });
    expect(body.check.passed).toBe(false);
    expect(body.check.planned.pass).toBe(false);
    expect(body.check.planned.suggestion).not.toBe('');
  });

  it('links a short-term goal to a long-term one, and unlinks it when that goal is deleted', async () => {
    const long = await call<GoalResponse>(ctx.app, 'POST', '/api/goals', LONG_GOAL);
    const short = await call<GoalResponse>(ctx.app, 'POST', '/api/goals', {
      statement: 'Earn the AWS data engineering certificate',
      horizon: 'short',
      type: 'education',
      targetDate: '2026-12-31',
      servesGoalId: long.body.id,
    });
    expect(short.status).toBe(201);
    expect(short.body.servesGoalId).toBe(long.body.id);

    expect((await call(ctx.app, 'DELETE', `/api/goals/${long.body.id}`)).status).toBe(204);
    const after = await call<GoalResponse>(ctx.app, 'GET', `/api/goals/${short.body.id}`);
    expect(after.body.servesGoalId).toBeNull();
    expect((await call(ctx.app, 'GET', `/api/goals/${long.body.id}`)).status).toBe(404);
  });

  it('rejects a link to a goal that is not a long-term goal of yours', async () => {
    const short = await call<GoalResponse>(ctx.app, 'POST', '/api/goals', { statement: 'Learn SQL window functions', horizon: 'short', type: 'education' });
    const toShort = await call(ctx.app, 'POST', '/api/goals', { statement: 'Ship a dashboard', horizon: 'short', type: 'productivity', servesGoalId: short.body.id });
    expect(toShort.status).toBe(400);
    expect(toShort.body).toMatchObject({ error: { code: 'invalid_reference', field: 'servesGoalId' } });
    const toNothing = await call(ctx.app, 'POST', '/api/goals', { ...LONG_GOAL, servesGoalId: '01900000-0000-7000-8000-000000000000' });
    expect(toNothing.body).toMatchObject({ error: { code: 'invalid_reference', field: 'servesGoalId' } });
    expect((await call<GoalResponse[]>(ctx.app, 'GET', '/api/goals')).body).toHaveLength(1);
  });

  it('patches only the fields named; steps given replace the plan', async () => {
    const { body: goal } = await call<GoalResponse>(ctx.app, 'POST', '/api/goals', LONG_GOAL);
    const patched = await call<GoalResponse>(ctx.app, 'PATCH', `/api/goals/${goal.id}`, { measure: null, steps: [{ text: 'Run the team retro', done: true }] });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ statement: LONG_GOAL.statement, timeframe: 'within five years', measure: null, steps: [{ text: 'Run the team retro', due: null, done: true }] });
    const empty = await call(ctx.app, 'PATCH', `/api/goals/${goal.id}`, {});
    expect(empty.status).toBe(400);
  });

  it('answers 404 in the error shape for a missing or malformed goal id', async () => {
    for (const path of ['/api/goals/01900000-0000-7000-8000-000000000000', '/api/goals/not-an-id']) {
      for (const method of ['GET', 'PATCH', 'DELETE']) {
        const res = await call(ctx.app, method, path, method === 'PATCH' ? { statement: 'x' } : undefined);
        expect(res.status, `${method} ${path}`).toBe(404);
        expect(res.body).toEqual({ error: { code: 'not_found', message: 'goal not found' } });
      }
    }
  });

  it('validates the body: the field at fault is named', async () => {
    const cases: [unknown, string][] = [
      [{ ...LONG_GOAL, horizon: 'medium' }, 'horizon'],
      [{ ...LONG_GOAL, statement: '   ' }, 'statement'],
      [{ ...LONG_GOAL, targetDate: '2026-02-30' }, 'targetDate'],
      [{ ...LONG_GOAL, steps: [{ text: 'ok' }, { text: 'late', due: 'tomorrow' }] }, 'steps.1.due'],
      [{ ...LONG_GOAL, statment: 'typo' }, 'statment'],
      [{ horizon: 'long', type: 'leadership' }, 'statement'],
    ];
    for (const [body, field] of cases) {
      const res = await call(ctx.app, 'POST', '/api/goals', body);
      expect(res.status, field).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'invalid_body', field });
      expect(res.body.error.message).toContain(field);
    }
    expect((await call<GoalResponse[]>(ctx.app, 'GET', '/api/goals')).body).toEqual([]);
  });

  it('a failed write leaves nothing behind: no goal without its steps, no half-applied patch', async () => {
    const failing = createApp({
      db: (ctx.db as Kysely<Database>).withPlugin(failInsertsInto('goal_steps')),
      resolveUser: localUser(ctx.userId),
      clock: fixedClock,
      log: () => undefined,
    });
    const created = await call(failing, 'POST', '/api/goals', LONG_GOAL);
    expect(created.status).toBe(500);
    expect(created.body).toEqual({ error: { code: 'internal', message: 'internal error' } });
    expect((await call(ctx.app, 'GET', '/api/goals')).body).toEqual([]);

    const { body: goal } = await call<GoalResponse>(ctx.app, 'POST', '/api/goals', LONG_GOAL);
    const patched = await call(failing, 'PATCH', `/api/goals/${goal.id}`, { statement: 'Something else entirely', steps: [{ text: 'New step' }] });
    expect(patched.status).toBe(500);
    expect((await call(ctx.app, 'GET', `/api/goals/${goal.id}`)).body).toEqual(goal);
  });
});
