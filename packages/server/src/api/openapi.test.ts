import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { localUser } from './context.js';
import type { Db } from '../db/database.js';
import { ROUTES, openApiDocument } from './openapi.js';

// Routes are only listed here, never run: no database is touched.
const app = createApp({ db: {} as Db, resolveUser: localUser('nobody') });

describe('the OpenAPI document', () => {
  it('lists exactly the routes the app serves', () => {
    const served = new Set(
      app.routes
        .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const documented = new Set(ROUTES.map((r) => `${r.method} ${r.path}`));
    expect([...documented].sort()).toEqual([...served].sort());
  });

  it('is served at /api/openapi.json, with every $ref resolvable', async () => {
    const res = await app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc).toEqual(JSON.parse(JSON.stringify(openApiDocument(doc.info.version))));
    expect(doc.openapi).toBe('3.1.0');
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    for (const name of new Set(refs)) expect(doc.components.schemas, name).toHaveProperty(name);
  });

  it('describes request bodies from the validation schemas', () => {
    const doc = openApiDocument('test');
    const goalInput = doc.components.schemas.GoalInput as { required: string[]; properties: Record<string, { enum?: string[] }> };
    expect(goalInput.required.sort()).toEqual(['horizon', 'statement', 'type']);
    expect(goalInput.properties.horizon!.enum).toEqual(['short', 'long']);
    expect(doc.paths['/api/goals']!.post).toMatchObject({ requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/GoalInput' } } } } });
  });
});
