/** Autosaved work in progress, one text per key the client chooses. */
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../api/context.js';
import type { Deps } from '../deps.js';
import { readBody } from '../api/validate.js';
import { notFound } from '../api/errors.js';
import { DRAFT_KEY, DraftInputSchema, type DraftResponse } from '../api/schemas.js';
import { deleteDraft, findDraft, upsertDraft } from './draft.repository.js';

function keyParam(c: Context): string {
  const key = c.req.param('key') ?? '';
  if (!DRAFT_KEY.test(key)) throw notFound('draft');
  return key;
}

export function draftRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .get('/:key', async (c) => {
      const row = await findDraft(deps.db, c.var.userId, keyParam(c));
      if (!row) throw notFound('draft');
      return c.json({ key: row.key, text: row.text, updatedAt: row.updated_at } satisfies DraftResponse);
    })
    .put('/:key', async (c) => {
      const key = keyParam(c);
      const { text } = await readBody(c, DraftInputSchema);
      const updatedAt = deps.clock.now().toISOString();
      await upsertDraft(deps.db, { user_id: c.var.userId, key, text, updated_at: updatedAt });
      return c.json({ key, text, updatedAt } satisfies DraftResponse);
    })
    .delete('/:key', async (c) => {
      if (!(await deleteDraft(deps.db, c.var.userId, keyParam(c)))) throw notFound('draft');
      return c.body(null, 204);
    });
}
