import { Hono } from 'hono';
import type { AppEnv } from '../api/context.js';
import type { Deps } from '../deps.js';
import { readBody } from '../api/validate.js';
import { ReflectionInputSchema } from '../api/schemas.js';
import { getReflection, putReflection } from './reflection.service.js';

export function reflectionRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json(await getReflection(deps, c.var.userId)))
    .put('/', async (c) => c.json(await putReflection(deps, c.var.userId, await readBody(c, ReflectionInputSchema))));
}
