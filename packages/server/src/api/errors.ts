/**
 * One error type at the HTTP edge and one handler: every failure leaves the server as
 * `{ "error": { "code", "message", "field"? } }` with a matching status.
 */
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorCode } from './error-codes.js';

export { ERROR_CODES, type ErrorCode } from './error-codes.js';

export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    /** The body or query field at fault, as a dotted path ("steps.0.due"). */
    readonly field?: string,
  ) {
    super(status, { message });
    this.name = 'ApiError';
  }
}

export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} not found`);

export interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string };
}

export const errorBody = (code: ErrorCode, message: string, field?: string): ErrorBody => ({
  error: field === undefined ? { code, message } : { code, message, field },
});

/** HTTPExceptions thrown by Hono's own middleware carry only a status: give them a code. */
const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = { 400: 'invalid_body', 401: 'unauthorized', 404: 'not_found', 413: 'payload_too_large' };

export function errorHandler(log: (message: string) => void = console.error): ErrorHandler {
  return (error, c) => {
    if (error instanceof ApiError) return c.json(errorBody(error.code, error.message, error.field), error.status);
    if (error instanceof HTTPException) {
      const code = CODE_BY_STATUS[error.status] ?? (error.status >= 500 ? 'internal' : 'invalid_body');
      return c.json(errorBody(code, error.message || code.replace(/_/g, ' ')), error.status as ContentfulStatusCode);
    }
    // A bug or a database failure: log it whole, tell the client nothing internal.
    log(`${c.req.method} ${c.req.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return c.json(errorBody('internal', 'internal error'), 500);
  };
}

export const notFoundHandler: NotFoundHandler = (c: Context) =>
  c.json(errorBody('not_found', `no route for ${c.req.method} ${c.req.path}`), 404);
