/**
 * GET /api/openapi.json, generated from the zod schemas the routes validate with.
 * ROUTES is the API's table of contents; a test checks it against the routes the app
 * really serves, so a route cannot be added without its entry here.
 */
import { z } from 'zod';
import * as S from './schemas.js';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** A component name, or a list of it. */
type Body = { ref: string; list?: true };

export interface RouteDoc {
  method: Method;
  /** OpenAPI style: /api/goals/{id}. */
  path: string;
  summary: string;
  body?: string;
  query?: z.ZodObject;
  status: number;
  response?: Body;
  /** Error statuses worth naming besides 400/413 on bodies and 404 on unknown ids. */
  errors?: number[];
}

/** Request bodies, by component name (converted with io: 'input': what a client may send). */
const REQUESTS: Record<string, z.ZodType> = {
  AnalysisInput: S.AnalysisInputSchema,
  GoalInput: S.GoalInputSchema,
  GoalPatch: S.GoalPatchSchema,
  TargetInput: S.TargetInputSchema,
  TargetPatch: S.TargetPatchSchema,
  ReflectionInput: S.ReflectionInputSchema,
  DraftAnswerInput: S.DraftAnswerInputSchema,
  AttemptInput: S.AttemptInputSchema,
  DraftInput: S.DraftInputSchema,
  ProfileInput: S.ProfileInputSchema,
};

/** Response bodies, by component name (io: 'output': what the server sends). */
const RESPONSES: Record<string, z.ZodType> = {
  Error: S.ErrorSchema,
  Health: S.HealthSchema,
  Question: S.QuestionSchema,
  Analysis: S.AnalysisSchema,
  GoalCheck: S.GoalCheckSchema,
  Goal: S.GoalSchema,
  Target: S.TargetSchema,
  Alignment: S.AlignmentSchema,
  Reflection: S.ReflectionSchema,
  DraftAnswer: S.DraftAnswerSchema,
  AttemptSummary: S.AttemptSummarySchema,
  Attempt: S.AttemptSchema,
  Draft: S.DraftSchema,
  Profile: S.ProfileSchema,
};

export const ROUTES: RouteDoc[] = [
  { method: 'get', path: '/api/health', summary: 'Ready to serve', status: 200, response: { ref: 'Health' } },
  { method: 'get', path: '/api/openapi.json', summary: 'This document', status: 200 },
  { method: 'get', path: '/api/questions', summary: 'The question bank', status: 200, response: { ref: 'Question', list: true } },
  { method: 'get', path: '/api/reflection', summary: 'Reflection prompts with your answers', status: 200, response: { ref: 'Reflection' } },
  { method: 'put', path: '/api/reflection', summary: 'Save answers to reflection prompts', body: 'ReflectionInput', status: 200, response: { ref: 'Reflection' } },
  { method: 'get', path: '/api/goals', summary: 'Your goals, each with its SMART check', status: 200, response: { ref: 'Goal', list: true } },
  { method: 'post', path: '/api/goals', summary: 'Add a goal', body: 'GoalInput', status: 201, response: { ref: 'Goal' } },
  { method: 'get', path: '/api/goals/{id}', summary: 'One goal', status: 200, response: { ref: 'Goal' } },
  { method: 'patch', path: '/api/goals/{id}', summary: 'Change a goal (steps, when given, replace the plan)', body: 'GoalPatch', status: 200, response: { ref: 'Goal' } },
  { method: 'delete', path: '/api/goals/{id}', summary: 'Delete a goal', status: 204 },
  { method: 'get', path: '/api/targets', summary: 'Your targets', status: 200, response: { ref: 'Target', list: true } },
  { method: 'post', path: '/api/targets', summary: 'Add a target company and role', body: 'TargetInput', status: 201, response: { ref: 'Target' } },
  { method: 'get', path: '/api/targets/{id}', summary: 'One target', status: 200, response: { ref: 'Target' } },
  { method: 'patch', path: '/api/targets/{id}', summary: 'Change a target', body: 'TargetPatch', status: 200, response: { ref: 'Target' } },
  { method: 'delete', path: '/api/targets/{id}', summary: 'Delete a target', status: 204 },
  { method: 'get', path: '/api/targets/{id}/alignment', summary: 'How your goals align with this target', status: 200, response: { ref: 'Alignment' } },
  { method: 'post', path: '/api/analyze', summary: 'Analyze an answer (the core analyzer)', body: 'AnalysisInput', status: 200, response: { ref: 'Analysis' } },
  { method: 'post', path: '/api/answers/draft', summary: 'Draft an answer from your goals', body: 'DraftAnswerInput', status: 200, response: { ref: 'DraftAnswer' }, errors: [409] },
  { method: 'get', path: '/api/attempts', summary: 'Your attempts, newest first', query: S.AttemptListQuerySchema, status: 200, response: { ref: 'AttemptSummary', list: true } },
  { method: 'post', path: '/api/attempts', summary: 'Store a practice attempt with its analysis', body: 'AttemptInput', status: 201, response: { ref: 'Attempt' } },
  { method: 'get', path: '/api/attempts/{id}', summary: 'One attempt with its analysis', status: 200, response: { ref: 'Attempt' } },
  { method: 'get', path: '/api/drafts/{key}', summary: 'An autosaved draft', status: 200, response: { ref: 'Draft' } },
  { method: 'put', path: '/api/drafts/{key}', summary: 'Autosave a draft', body: 'DraftInput', status: 200, response: { ref: 'Draft' } },
  { method: 'delete', path: '/api/drafts/{key}', summary: 'Discard a draft', status: 204 },
  { method: 'get', path: '/api/profile', summary: 'Your profile', status: 200, response: { ref: 'Profile' } },
  { method: 'put', path: '/api/profile', summary: 'Replace your profile', body: 'ProfileInput', status: 200, response: { ref: 'Profile' } },
];

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ref('Error') } } });

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input; `field` names the field at fault',
  404: 'No such resource (or route)',
  409: 'Not possible in the current state',
  413: 'Body over 64 KB',
};

function components(schemas: Record<string, z.ZodType>, io: 'input' | 'output', prefix = ''): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [name, schema] of Object.entries(schemas)) registry.add(schema, { id: `${prefix}${name}` });
  const { schemas: converted } = z.toJSONSchema(registry, { io, target: 'draft-2020-12', uri: (id) => `#/components/schemas/${id}` });
  for (const schema of Object.values(converted)) delete (schema as { $schema?: string }).$schema;
  return converted;
}

function operation(route: RouteDoc) {
  const params = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
  if (route.query) {
    const { properties = {} } = z.toJSONSchema(route.query, { io: 'input' }) as { properties?: Record<string, unknown> };
    for (const [name, schema] of Object.entries(properties)) params.push({ name, in: 'query', required: false, schema: schema as { type: string } });
  }
  const success = route.response
    ? { description: 'OK', content: { 'application/json': { schema: route.response.list ? { type: 'array', items: ref(route.response.ref) } : ref(route.response.ref) } } }
    : { description: route.status === 204 ? 'Done; no content' : 'OK' };
  const errors = new Set(route.errors ?? []);
  if (route.body || route.query) errors.add(400);
  if (route.body) errors.add(413);
  if (params.some((p) => p.in === 'path')) errors.add(404);
  return {
    summary: route.summary,
    ...(params.length ? { parameters: params } : {}),
    ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: ref(route.body) } } } } : {}),
    responses: {
      [route.status]: success,
      ...Object.fromEntries([...errors].sort().map((status) => [status, errorResponse(ERROR_DESCRIPTIONS[status] ?? 'Error')])),
    },
  };
}

export function openApiDocument(version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ROUTES) (paths[route.path] ??= {})[route.method] = operation(route);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Trajectory API',
      version,
      description: 'Coach for "What are your career goals?". Every error body is { "error": { "code", "message", "field"? } }.',
    },
    paths,
    components: { schemas: { ...components(RESPONSES, 'output'), ...components(REQUESTS, 'input') } },
  };
}
