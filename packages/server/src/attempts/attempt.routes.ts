import { Hono } from 'hono';
import type { AppEnv } from '../api/context.js';
import type { Deps } from '../deps.js';
import { readBody, readQuery } from '../api/validate.js';
import { idParam } from '../api/params.js';
import { jsonText } from '../api/json.js';
import { AttemptInputSchema, AttemptListQuerySchema } from '../api/schemas.js';
import { attemptJson, createAttempt, getAttempt, getAttempts } from './attempt.service.js';

export function attemptRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json(await getAttempts(deps, c.var.userId, readQuery(c, AttemptListQuerySchema))))
    .post('/', async (c) => jsonText(c, attemptJson(await createAttempt(deps, c.var.userId, await readBody(c, AttemptInputSchema))), 201))
    .get('/:id', async (c) => jsonText(c, attemptJson(await getAttempt(deps, c.var.userId, idParam(c, 'attempt')))));
}
