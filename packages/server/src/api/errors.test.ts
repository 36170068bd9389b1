import { expect, it } from 'vitest';
import { call, describeEachDialect } from '../../test/dialects.js';
import { MAX_BODY_BYTES } from '../app.js';
import { MAX_ANSWER_CHARS } from './schemas.js';

const GOAL = { statement: 'Become a senior data analyst', horizon: 'long', type: 'professional_development' };

describeEachDialect('errors', (ctx) => {
  it('malformed or missing JSON is a 400 invalid_json', async () => {
    for (const body of ['{"statement": ', 'not json', '']) {
      const res = await call(ctx.app, 'POST', '/api/goals', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('invalid_json');
      expect(typeof res.body.error.message).toBe('string');
    }
  });

  it('a body of the wrong type is a 400 naming the field', async () => {
    const array = await call(ctx.app, 'POST', '/api/targets', [1, 2]);
    expect(array.status).toBe(400);
    expect(array.body.error.code).toBe('invalid_body');
    const wrongType = await call(ctx.app, 'POST', '/api/targets', { company: 42, role: 'Analyst' });
    expect(wrongType.body).toMatchObject({ error: { code: 'invalid_body', field: 'company' } });
  });

  it('a body over 64 KB is a 413, whether or not its length is declared', async () => {
    const big = JSON.stringify({ ...GOAL, statement: 'x'.repeat(MAX_BODY_BYTES) });
    const declared = await call(ctx.app, 'POST', '/api/goals', big);
    expect(declared.status).toBe(413);
    expect(declared.body).toEqual({ error: { code: 'payload_too_large', message: 'the body must be at most 64 KB' } });

    const encoder = new TextEncoder();
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(encoder.encode('x'.repeat(10_000)));
        controller.close();
      },
    });
    const chunked = await ctx.app.request('/api/analyze', { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
    expect(chunked.status).toBe(413);
    expect((await chunked.json()).error.code).toBe('payload_too_large');
    expect((await call(ctx.app, 'GET', '/api/goals')).body).toEqual([]);
  });

  it('a body just under the limit is accepted', async () => {
    const res = await call(ctx.app, 'PUT', '/api/drafts/long', { text: 'x'.repeat(60_000) });
    expect(res.status).toBe(200);
  });

  it('an answer over the analyzer\'s bound is a 400 naming it', async () => {
    const res = await call(ctx.app, 'POST', '/api/analyze', { answer: 'word '.repeat(MAX_ANSWER_CHARS / 5 + 1) });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_body', field: 'answer' });
  });

  it('unknown routes are a 404 in the same shape', async () => {
    for (const [method, path] of [
      ['GET', '/api/nothing-here'],
      ['POST', '/api/health'],
      ['GET', '/nothing'],
      ['PUT', '/api/goals'],
    ] as const) {
      const res = await call(ctx.app, method, path, method === 'GET' ? undefined : {});
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.body).toEqual({ error: { code: 'not_found', message: `no route for ${method} ${path}` } });
    }
  });

  it('GET / is a page that names the service and links the API document', async () => {
    const res = await ctx.app.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('Trajectory');
    expect(html).toContain('href="/api/openapi.json"');
  });

  it('health answers ok', async () => {
    expect(await call(ctx.app, 'GET', '/api/health')).toMatchObject({ status: 200, body: { ok: true } });
  });
});
