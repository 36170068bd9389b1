import { expect, it } from 'vitest';
import { call, describeEachDialect, fixedClock } from '../../test/dialects.js';

describeEachDialect('profile', (ctx) => {
  it('is empty until saved, then replaced whole', async () => {
    expect((await call(ctx.app, 'GET', '/api/profile')).body).toEqual({ targetRole: null, company: null, experience: null, updatedAt: null });
    await call(ctx.app, 'PUT', '/api/profile', { targetRole: 'Product manager', company: 'Fabrikam', experience: 'experienced' });
    const replaced = await call(ctx.app, 'PUT', '/api/profile', { targetRole: 'Product manager' });
    expect(replaced.body).toEqual({ targetRole: 'Product manager', company: null, experience: null, updatedAt: fixedClock.now().toISOString() });
    expect((await call(ctx.app, 'GET', '/api/profile')).body).toEqual(replaced.body);
  });

  it('rejects an unknown experience level', async () => {
    expect((await call(ctx.app, 'PUT', '/api/profile', { experience: 'wizard' })).body.error).toMatchObject({ code: 'invalid_body', field: 'experience' });
  });
});
