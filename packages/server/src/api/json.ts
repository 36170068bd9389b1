import type { Context } from 'hono';

/** Send JSON text made elsewhere (an analysis serialized where it was computed) without parsing it again. */
export const jsonText = (c: Context, text: string, status: 200 | 201 = 200) => c.body(text, status, { 'content-type': 'application/json' });
