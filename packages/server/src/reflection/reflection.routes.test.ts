import { expect, it } from 'vitest';
import { REFLECTION_PROMPTS } from '@trajectory/core';
import type { ReflectionResponse } from '../api/schemas.js';
import { call, describeEachDialect, fixedClock } from '../../test/dialects.js';

describeEachDialect('reflection', (ctx) => {
  it('lists every prompt, unanswered at first', async () => {
    const res = await call<ReflectionResponse>(ctx.app, 'GET', '/api/reflection');
    expect(res.body.prompts.map((p) => p.id)).toEqual(REFLECTION_PROMPTS.map((p) => p.id));
    expect(res.body.prompts.every((p) => p.answer === null && p.updatedAt === null && p.hint.length > 0)).toBe(true);
  });

  it('saves, replaces and removes answers; prompts not named are left alone', async () => {
    const [first, second] = REFLECTION_PROMPTS;
    await call(ctx.app, 'PUT', '/api/reflection', { answers: { [first!.id]: 'Explaining data to people', [second!.id]: 'Negotiation' } });
    const res = await call<ReflectionResponse>(ctx.app, 'PUT', '/api/reflection', { answers: { [first!.id]: '  Teaching SQL  ', [second!.id]: '' } });
    expect(res.status).toBe(200);
    const byId = new Map(res.body.prompts.map((p) => [p.id, p]));
    expect(byId.get(first!.id)).toMatchObject({ answer: 'Teaching SQL', updatedAt: fixedClock.now().toISOString() });
    expect(byId.get(second!.id)!.answer).toBeNull();
    expect((await call<ReflectionResponse>(ctx.app, 'GET', '/api/reflection')).body).toEqual(res.body);
  });

  it('an unknown prompt id rejects the whole request', async () => {
    const [first] = REFLECTION_PROMPTS;
    const res = await call(ctx.app, 'PUT', '/api/reflection', { answers: { [first!.id]: 'Saved?', 'no-such-prompt': 'x' } });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_body', field: 'answers.no-such-prompt' });
    const after = await call<ReflectionResponse>(ctx.app, 'GET', '/api/reflection');
    expect(after.body.prompts.every((p) => p.answer === null)).toBe(true);
  });
});
