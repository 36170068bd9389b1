/**
 * Request bodies, at most MAX_BODY_BYTES. Served by Node, the body is read straight from its
 * IncomingMessage: going through the web Request (`c.req.text()`) builds an undici Request and a
 * web stream on every request, a sixth of the server thread's time under load. In-process (the
 * route tests' `app.request`) there is only the web Request, read with the same limit.
 */
import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from './errors.js';

export const MAX_BODY_BYTES = 64 * 1024;

const tooLarge = () => new ApiError(413, 'payload_too_large', `the body must be at most ${MAX_BODY_BYTES / 1024} KB`);

/** A declared length over the limit is refused before any route runs; an undeclared one is counted as it is read. */
export const bodyLimit: MiddlewareHandler = async (c, next) => {
  const declared = c.req.header('content-length');
  if (declared !== undefined && Number(declared) > MAX_BODY_BYTES) throw tooLarge();
  await next();
};

/** The body as UTF-8 text. */
export async function bodyText(c: Context): Promise<string> {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  const chunks = incoming ?? c.req.raw.body;
  if (!chunks) return '';
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > MAX_BODY_BYTES) throw tooLarge();
    parts.push(chunk);
  }
  return Buffer.concat(parts, size).toString('utf8');
}
