import { expect, it } from 'vitest';
import { call, describeEachDialect, fixedClock } from '../../test/dialects.js';

describeEachDialect('drafts', (ctx) => {
  it('saves, overwrites, reads and discards a draft by key', async () => {
    expect((await call(ctx.app, 'GET', '/api/drafts/answer:career-goals')).status).toBe(404);
    await call(ctx.app, 'PUT', '/api/drafts/answer:career-goals', { text: 'First words' });
    const saved = await call(ctx.app, 'PUT', '/api/drafts/answer:career-goals', { text: 'In five years…' });
    expect(saved.body).toEqual({ key: 'answer:career-goals', text: 'In five years…', updatedAt: fixedClock.now().toISOString() });
    expect((await call(ctx.app, 'GET', '/api/drafts/answer:career-goals')).body).toEqual(saved.body);
    expect((await call(ctx.app, 'DELETE', '/api/drafts/answer:career-goals')).status).toBe(204);
    expect((await call(ctx.app, 'GET', '/api/drafts/answer:career-goals')).status).toBe(404);
  });

  it('rejects a body without text, or with fields it does not know', async () => {
    expect((await call(ctx.app, 'PUT', '/api/drafts/k', {})).body.error).toMatchObject({ code: 'invalid_body', field: 'text' });
    expect((await call(ctx.app, 'PUT', '/api/drafts/k', { text: '', txt: 'typo' })).body.error).toMatchObject({ code: 'invalid_body', field: 'txt' });
  });

  it('a key outside [A-Za-z0-9:._-]{1,100} names no draft', async () => {
    expect((await call(ctx.app, 'PUT', `/api/drafts/${'k'.repeat(101)}`, { text: 'x' })).status).toBe(404);
    expect((await call(ctx.app, 'GET', '/api/drafts/a%20b')).status).toBe(404);
  });
});
