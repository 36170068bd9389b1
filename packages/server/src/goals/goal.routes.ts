import { Hono } from 'hono';
import type { AppEnv } from '../api/context.js';
import type { Deps } from '../deps.js';
import { readBody } from '../api/validate.js';
import { idParam } from '../api/params.js';
import { GoalInputSchema, GoalPatchSchema } from '../api/schemas.js';
import { createGoal, getGoal, getGoals, patchGoal, removeGoal } from './goal.service.js';

export function goalRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json(await getGoals(deps, c.var.userId)))
    .post('/', async (c) => c.json(await createGoal(deps, c.var.userId, await readBody(c, GoalInputSchema)), 201))
    .get('/:id', async (c) => c.json(await getGoal(deps, c.var.userId, idParam(c, 'goal'))))
    .patch('/:id', async (c) => {
      const id = idParam(c, 'goal');
      return c.json(await patchGoal(deps, c.var.userId, id, await readBody(c, GoalPatchSchema)));
    })
    .delete('/:id', async (c) => {
      await removeGoal(deps, c.var.userId, idParam(c, 'goal'));
      return c.body(null, 204);
    });
}
