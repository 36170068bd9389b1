import { expect, it } from 'vitest';
import type { AlignmentResponse, GoalResponse, TargetResponse } from '../api/schemas.js';
import { call, describeEachDialect } from '../../test/dialects.js';

const TARGET = {
  company: 'Northwind Health',
  role: 'Data analyst',
  description: 'You will build dashboards in SQL and Python, and grow into leading analytics projects. We offer a mentoring programme.',
};

describeEachDialect('targets', (ctx) => {
  it('creates, lists, reads, patches and deletes a target', async () => {
    const created = await call<TargetResponse>(ctx.app, 'POST', '/api/targets', { ...TARGET, notes: '' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...TARGET, notes: null });
    const id = created.body.id;
    expect((await call<TargetResponse[]>(ctx.app, 'GET', '/api/targets')).body.map((t) => t.id)).toEqual([id]);
    expect((await call(ctx.app, 'GET', `/api/targets/${id}`)).body).toEqual(created.body);

    const patched = await call<TargetResponse>(ctx.app, 'PATCH', `/api/targets/${id}`, { notes: 'Values: curiosity', description: null });
    expect(patched.body).toMatchObject({ company: TARGET.company, notes: 'Values: curiosity', description: null });

    expect((await call(ctx.app, 'DELETE', `/api/targets/${id}`)).status).toBe(204);
    expect((await call(ctx.app, 'GET', `/api/targets/${id}`)).status).toBe(404);
    expect((await call(ctx.app, 'DELETE', `/api/targets/${id}`)).body.error.code).toBe('not_found');
  });

  it('requires company and role', async () => {
    const res = await call(ctx.app, 'POST', '/api/targets', { company: 'Acme' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_body', field: 'role' });
  });

  it('aligns the user\'s goals with the target', async () => {
    const { body: target } = await call<TargetResponse>(ctx.app, 'POST', '/api/targets', TARGET);
    const { body: goal } = await call<GoalResponse>(ctx.app, 'POST', '/api/goals', {
      statement: 'Lead analytics projects and mentor junior analysts',
      horizon: 'long',
      type: 'leadership',
    });
    const res = await call<AlignmentResponse>(ctx.app, 'GET', `/api/targets/${target.id}/alignment`);
    expect(res.status).toBe(200);
    expect(res.body.goals).toHaveLength(1);
    expect(res.body.goals[0]).toMatchObject({ goalId: goal.id, statement: goal.statement, supported: true });
    expect(res.body.goals[0]!.matches.length).toBeGreaterThan(0);
    expect(Array.isArray(res.body.untouched)).toBe(true);
    expect((await call(ctx.app, 'GET', '/api/targets/01900000-0000-7000-8000-000000000000/alignment')).status).toBe(404);
  });
});
