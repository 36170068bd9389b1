import { Hono } from 'hono';
import type { AppEnv } from '../api/context.js';
import type { Deps } from '../deps.js';
import { readBody } from '../api/validate.js';
import { ProfileInputSchema } from '../api/schemas.js';
import { getProfile, putProfile } from './profile.service.js';

export function profileRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json(await getProfile(deps.db, c.var.userId)))
    .put('/', async (c) => c.json(await putProfile(deps.db, deps.clock, c.var.userId, await readBody(c, ProfileInputSchema))));
}
