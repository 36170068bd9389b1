import type { Context } from 'hono';
import { isId } from '../ids.js';
import { notFound } from './errors.js';

/** The `:id` path parameter; a malformed id names nothing, so it is a 404 like any unknown id. */
export function idParam(c: Context, what: string): string {
  const id = c.req.param('id') ?? '';
  if (!isId(id)) throw notFound(what);
  return id;
}
