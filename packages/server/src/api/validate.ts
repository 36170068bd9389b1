/** Request input, parsed and checked against the same zod schemas the OpenAPI document is made from. */
import type { Context } from 'hono';
import { z } from 'zod';
import { ApiError } from './errors.js';
import { bodyText } from './body.js';

/** Read the JSON body and validate it; any failure is a 400 naming the field at fault. */
export async function readBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const text = await bodyText(c);
  if (text.trim() === '') throw new ApiError(400, 'invalid_json', 'a JSON body is required');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ApiError(400, 'invalid_json', `malformed JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return check(schema, value, 'invalid_body');
}

/** Validate the query string (single values only). */
export function readQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  return check(schema, c.req.query(), 'invalid_query');
}

function check<S extends z.ZodType>(schema: S, value: unknown, code: 'invalid_body' | 'invalid_query'): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  // An unknown key is reported on its parent object; name the key itself.
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
  const field = path.map(String).join('.');
  throw new ApiError(400, code, field ? `${field}: ${issue.message}` : issue.message, field || undefined);
}
