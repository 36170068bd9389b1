/** Stable, machine-readable error codes: clients switch on these, never on messages. In a module of their own so clients can import them without the server. */
export const ERROR_CODES = [
  'invalid_json',
  'invalid_body',
  'invalid_query',
  'invalid_reference',
  'no_goals',
  'unauthorized',
  'not_found',
  'payload_too_large',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
