/**
 * The server as Node serves it (the route tests call the app in-process): bodies are read from
 * Node's own request stream, so the size limit and the JSON reading are checked here over HTTP.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './server.js';
import { openStore } from './db/store.js';
import { migrateToLatest } from './db/migrate.js';
import { MAX_BODY_BYTES } from './api/body.js';

let server: RunningServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'trajectory-server-'));
  const config = { port: 0, host: '127.0.0.1', dataDir, databaseUrl: undefined, analysisThreads: 0 };
  const store = openStore(config);
  await migrateToLatest(store);
  await store.close();
  server = await startServer(config);
});

afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A raw HTTP request, so the body can be sent in chunks with no declared length. */
interface Reply {
  status: number;
  body: { error?: { code: string; message: string }; metrics?: { words: number } } | null;
}

function send(path: string, chunks: string[], declareLength: boolean): Promise<Reply> {
  const url = new URL(path, server.url.replace('localhost', '127.0.0.1'));
  const body = chunks.join('');
  const headers: Record<string, string | number> = { 'content-type': 'application/json' };
  if (declareLength) headers['content-length'] = Buffer.byteLength(body);
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null }));
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('the served API reads bodies from the Node request', () => {
  it('analyzes a body sent in chunks, UTF-8 split across them', async () => {
    const body = JSON.stringify({ answer: 'In two years I want to lead the café’s pastry section — I am taking the level 3 course.' });
    const cut = body.indexOf('’') + 1; // inside the three bytes of the curly apostrophe
    const res = await send('/api/analyze', [body.slice(0, cut), body.slice(cut)], false);
    expect(res.status).toBe(200);
    expect(res.body?.metrics?.words).toBeGreaterThan(10);
  });

  it('refuses a declared length over 64 KB, and an undeclared one once it passes 64 KB', async () => {
    const big = JSON.stringify({ answer: 'x'.repeat(MAX_BODY_BYTES) });
    const declared = await send('/api/analyze', [big], true);
    expect(declared.status).toBe(413);
    expect(declared.body).toEqual({ error: { code: 'payload_too_large', message: 'the body must be at most 64 KB' } });
    const chunked = await send('/api/analyze', Array.from({ length: 8 }, (_, i) => big.slice(i * 10_000, (i + 1) * 10_000)), false);
    expect(chunked.status).toBe(413);
  });

  it('answers malformed JSON with a 400', async () => {
    const res = await send('/api/goals', ['{"statement": '], true);
    expect(res.status).toBe(400);
    expect(res.body?.error?.code).toBe('invalid_json');
  });
});
