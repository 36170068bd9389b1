import { expect, it } from 'vitest';
import { analyze } from '@trajectory/core';
import type { AttemptResponse, AttemptSummary, TargetResponse } from '../api/schemas.js';
import { call, describeEachDialect } from '../../test/dialects.js';

const ANSWER =
  'In the next year I want to finish my SQL certification and own the weekly sales dashboard. ' +
  'In five years I see myself leading a small analytics team here, mentoring new analysts. ' +
  'Your mentoring programme is a big reason I applied.';

describeEachDialect('attempts', (ctx) => {
  it('stores an attempt with its analysis and reads it back', async () => {
    const created = await call<AttemptResponse>(ctx.app, 'POST', '/api/attempts', { questionId: 'career-goals', answer: ANSWER, durationSeconds: 75 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ questionId: 'career-goals', answer: ANSWER, durationSeconds: 75, targetId: null });
    expect(created.body.analysis).toEqual(analyze({ answer: ANSWER, question: 'career-goals' }));
    expect(created.body.score).toBe(created.body.analysis.score);
    expect(created.body.flags).toEqual(created.body.analysis.flags.map((f) => f.id));

    const read = await call<AttemptResponse>(ctx.app, 'GET', `/api/attempts/${created.body.id}`);
    expect(read.body).toEqual(created.body);
  });

  it('judges the answer against the named target and the profile\'s level', async () => {
    const { body: target } = await call<TargetResponse>(ctx.app, 'POST', '/api/targets', { company: 'Contoso', role: 'Data analyst', notes: 'Known for its mentoring programme' });
    await call(ctx.app, 'PUT', '/api/profile', { experience: 'senior' });
    const { body } = await call<AttemptResponse>(ctx.app, 'POST', '/api/attempts', { questionId: 'five-years', answer: ANSWER, targetId: target.id });
    expect(body.targetId).toBe(target.id);
    expect(body.analysis).toEqual(
      analyze({ answer: ANSWER, question: 'five-years', role: 'Data analyst', company: 'Contoso\n\nKnown for its mentoring programme', experience: 'senior' }),
    );
  });

  it('lists newest first, filtered by question, with a limit', async () => {
    const ids: string[] = [];
    for (const questionId of ['career-goals', 'five-years', 'career-goals', 'career-goals']) {
      ids.push((await call<AttemptResponse>(ctx.app, 'POST', '/api/attempts', { questionId, answer: ANSWER })).body.id);
    }
    const all = await call<AttemptSummary[]>(ctx.app, 'GET', '/api/attempts');
    expect(all.body.map((a) => a.id)).toEqual([...ids].reverse());
    expect(all.body[0]).not.toHaveProperty('analysis');
    const filtered = await call<AttemptSummary[]>(ctx.app, 'GET', '/api/attempts?questionId=career-goals&limit=2');
    expect(filtered.body.map((a) => a.id)).toEqual([ids[3], ids[2]]);
    const bad = await call(ctx.app, 'GET', '/api/attempts?limit=0');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'invalid_query', field: 'limit' });
  });

  it('rejects an unknown question, an empty answer and a target that is not yours', async () => {
    const cases: [unknown, string, string][] = [
      [{ questionId: 'favourite-colour', answer: ANSWER }, 'invalid_body', 'questionId'],
      [{ questionId: 'career-goals', answer: '  ' }, 'invalid_body', 'answer'],
      [{ questionId: 'career-goals', answer: ANSWER, durationSeconds: -1 }, 'invalid_body', 'durationSeconds'],
      [{ questionId: 'career-goals', answer: ANSWER, targetId: '01900000-0000-7000-8000-000000000000' }, 'invalid_reference', 'targetId'],
    ];
    for (const [body, code, field] of cases) {
      const res = await call(ctx.app, 'POST', '/api/attempts', body);
      expect(res.status, field).toBe(400);
      expect(res.body.error).toMatchObject({ code, field });
    }
    expect((await call(ctx.app, 'GET', '/api/attempts')).body).toEqual([]);
  });

  it('deleting a target keeps its attempts, unlinked', async () => {
    const { body: target } = await call<TargetResponse>(ctx.app, 'POST', '/api/targets', { company: 'Contoso', role: 'Analyst' });
    const { body: attempt } = await call<AttemptResponse>(ctx.app, 'POST', '/api/attempts', { questionId: 'career-goals', answer: ANSWER, targetId: target.id });
    expect((await call(ctx.app, 'DELETE', `/api/targets/${target.id}`)).status).toBe(204);
    const after = await call<AttemptResponse>(ctx.app, 'GET', `/api/attempts/${attempt.id}`);
    expect(after.body).toEqual({ ...attempt, targetId: null });
  });

  it('a missing attempt is a 404', async () => {
    const res = await call(ctx.app, 'GET', '/api/attempts/01900000-0000-7000-8000-000000000000');
    expect(res).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
  });
});
