import { Hono } from 'hono';
import type { AppEnv } from '../api/context.js';
import type { Deps } from '../deps.js';
import { readBody } from '../api/validate.js';
import { idParam } from '../api/params.js';
import { TargetInputSchema, TargetPatchSchema } from '../api/schemas.js';
import { createTarget, getTarget, getTargets, patchTarget, removeTarget, targetAlignment } from './target.service.js';

export function targetRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json(await getTargets(deps, c.var.userId)))
    .post('/', async (c) => c.json(await createTarget(deps, c.var.userId, await readBody(c, TargetInputSchema)), 201))
    .get('/:id', async (c) => c.json(await getTarget(deps, c.var.userId, idParam(c, 'target'))))
    .patch('/:id', async (c) => {
      const id = idParam(c, 'target');
      return c.json(await patchTarget(deps, c.var.userId, id, await readBody(c, TargetPatchSchema)));
    })
    .delete('/:id', async (c) => {
      await removeTarget(deps, c.var.userId, idParam(c, 'target'));
      return c.body(null, 204);
    })
    .get('/:id/alignment', async (c) => c.json(await targetAlignment(deps, c.var.userId, idParam(c, 'target'))));
}
