/**
 * The typed API client. Its types are the server's own (type-only imports of the zod schemas' types), so the
 * client and the routes cannot drift apart. Every failure is an `ApiError`: `code` is the server's stable code
 * (`not_found`, `invalid_body`, …) or `network` when the server could not be reached at all.
 */
import type {
  AlignmentResponse,
  AnalysisRequest,
  ApiErrorBody,
  AttemptInput,
  AttemptResponse,
  AttemptSummary,
  DraftAnswerInput,
  DraftAnswerResponse,
  DraftResponse,
  GoalInput,
  GoalPatch,
  GoalResponse,
  ProfileInput,
  ProfileResponse,
  QuestionItem,
  ReflectionInput,
  ReflectionResponse,
  TargetInput,
  TargetPatch,
  TargetResponse,
} from '@trajectory/server/schemas';
import type { Analysis } from '@trajectory/core';
import { reportOffline, reportOnline } from './connection.js';

export type {
  AlignmentResponse,
  AttemptResponse,
  AttemptSummary,
  DraftResponse,
  GoalInput,
  GoalPatch,
  GoalResponse,
  ProfileResponse,
  QuestionItem,
  ReflectionResponse,
  TargetResponse,
};

export type ApiErrorCode = ApiErrorBody['error']['code'] | 'network';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly status: number,
    /** The body or query field at fault, as a dotted path. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const isNetworkError = (error: unknown): boolean => error instanceof ApiError && error.code === 'network';
export const isNotFound = (error: unknown): boolean => error instanceof ApiError && error.code === 'not_found';

/** A message fit to show a person. */
export function errorMessage(error: unknown): string {
  if (isNetworkError(error)) return 'The server cannot be reached right now.';
  if (error instanceof ApiError) return error.field ? `${error.field}: ${error.message}` : error.message;
  return error instanceof Error ? error.message : String(error);
}

function isErrorBody(body: unknown): body is ApiErrorBody {
  const error = (body as ApiErrorBody | null)?.error;
  return typeof error === 'object' && error !== null && typeof error.code === 'string' && typeof error.message === 'string';
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
  } catch {
    reportOffline();
    throw new ApiError('network', 'The server cannot be reached.', 0);
  }
  // A proxy in front of a stopped server answers 502/503/504: that is the server being away, too.
  if (response.status === 502 || response.status === 503 || response.status === 504) {
    reportOffline();
    throw new ApiError('network', 'The server cannot be reached.', response.status);
  }
  reportOnline();
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new ApiError('internal', `The server sent something that is not JSON (${response.status}).`, response.status);
    }
  }
  if (!response.ok) {
    if (isErrorBody(parsed)) throw new ApiError(parsed.error.code, parsed.error.message, response.status, parsed.error.field);
    throw new ApiError('internal', `The server answered ${response.status}.`, response.status);
  }
  return parsed as T;
}

const enc = encodeURIComponent;

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(name, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Reads that may find nothing return null instead of throwing not_found. */
async function orNull<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise;
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

export const api = {
  health: () => request<{ ok: true }>('GET', '/api/health'),
  questions: () => request<QuestionItem[]>('GET', '/api/questions'),

  getProfile: () => request<ProfileResponse>('GET', '/api/profile'),
  putProfile: (profile: ProfileInput) => request<ProfileResponse>('PUT', '/api/profile', profile),

  getReflection: () => request<ReflectionResponse>('GET', '/api/reflection'),
  putReflection: (input: ReflectionInput) => request<ReflectionResponse>('PUT', '/api/reflection', input),

  listGoals: () => request<GoalResponse[]>('GET', '/api/goals'),
  createGoal: (goal: GoalInput) => request<GoalResponse>('POST', '/api/goals', goal),
  getGoal: (id: string) => request<GoalResponse>('GET', `/api/goals/${enc(id)}`),
  patchGoal: (id: string, patch: GoalPatch) => request<GoalResponse>('PATCH', `/api/goals/${enc(id)}`, patch),
  deleteGoal: (id: string) => request<void>('DELETE', `/api/goals/${enc(id)}`),

  listTargets: () => request<TargetResponse[]>('GET', '/api/targets'),
  createTarget: (target: TargetInput) => request<TargetResponse>('POST', '/api/targets', target),
  getTarget: (id: string) => request<TargetResponse>('GET', `/api/targets/${enc(id)}`),
  patchTarget: (id: string, patch: TargetPatch) => request<TargetResponse>('PATCH', `/api/targets/${enc(id)}`, patch),
  deleteTarget: (id: string) => request<void>('DELETE', `/api/targets/${enc(id)}`),
  alignment: (id: string) => request<AlignmentResponse>('GET', `/api/targets/${enc(id)}/alignment`),

  analyze: (input: AnalysisRequest) => request<Analysis>('POST', '/api/analyze', input),
  draftAnswer: (input: DraftAnswerInput) => request<DraftAnswerResponse>('POST', '/api/answers/draft', input),

  createAttempt: (input: AttemptInput) => request<AttemptResponse>('POST', '/api/attempts', input),
  listAttempts: (params: { questionId?: string; limit?: number } = {}) =>
    request<AttemptSummary[]>('GET', `/api/attempts${query({ questionId: params.questionId, limit: params.limit })}`),
  getAttempt: (id: string) => request<AttemptResponse>('GET', `/api/attempts/${enc(id)}`),

  getDraft: (key: string) => orNull(request<DraftResponse>('GET', `/api/drafts/${enc(key)}`)),
  putDraft: (key: string, text: string) => request<DraftResponse>('PUT', `/api/drafts/${enc(key)}`, { text }),
  deleteDraft: (key: string) => request<void>('DELETE', `/api/drafts/${enc(key)}`),
};

export type Api = typeof api;
