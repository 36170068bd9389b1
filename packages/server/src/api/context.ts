/**
 * The request context every route sees. `userId` is resolved once per request by a
 * middleware; in local mode it is the one local user, and accounts can later resolve it
 * from a session instead without any route changing.
 */
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors.js';

export interface AppEnv {
  Variables: {
    userId: string;
  };
}

/** Who is asking: a user id, or null when the request carries no valid identity. */
export type ResolveUser = (request: Request) => Promise<string | null> | string | null;

/** Local mode: every request is the local user's. */
export const localUser =
  (userId: string): ResolveUser =>
  () =>
    userId;

export function userContext(resolve: ResolveUser): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const userId = await resolve(c.req.raw);
    if (!userId) throw new ApiError(401, 'unauthorized', 'sign in first');
    c.set('userId', userId);
    await next();
  };
}
