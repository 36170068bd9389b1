/** Reflection: the core's prompts, each with the user's answer so far. */
import { REFLECTION_PROMPTS } from '@trajectory/core';
import type { z } from 'zod';
import type { Deps } from '../deps.js';
import { ApiError } from '../api/errors.js';
import type { ReflectionInputSchema, ReflectionResponse } from '../api/schemas.js';
import { deleteReflection, listReflections, upsertReflection } from './reflection.repository.js';

type ReflectionInput = z.output<typeof ReflectionInputSchema>;

export async function getReflection(deps: Deps, userId: string): Promise<ReflectionResponse> {
  const answers = new Map((await listReflections(deps.db, userId)).map((row) => [row.prompt_id, row]));
  return {
    prompts: REFLECTION_PROMPTS.map((prompt) => {
      const row = answers.get(prompt.id);
      return { id: prompt.id, text: prompt.text, hint: prompt.hint, answer: row?.answer ?? null, updatedAt: row?.updated_at ?? null };
    }),
  };
}

/** Save the answers given, all or none; "" or null removes an answer. */
export async function putReflection(deps: Deps, userId: string, input: ReflectionInput): Promise<ReflectionResponse> {
  const known = new Set(REFLECTION_PROMPTS.map((p) => p.id));
  const unknown = Object.keys(input.answers).find((id) => !known.has(id));
  if (unknown !== undefined) throw new ApiError(400, 'invalid_body', `answers.${unknown}: no such prompt`, `answers.${unknown}`);
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    for (const [promptId, raw] of Object.entries(input.answers)) {
      const answer = raw?.trim() ?? '';
      if (answer === '') await deleteReflection(trx, userId, promptId);
      else await upsertReflection(trx, { user_id: userId, prompt_id: promptId, answer, updated_at: now });
    }
  });
  return getReflection(deps, userId);
}
