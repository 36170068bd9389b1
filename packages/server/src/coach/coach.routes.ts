/** The question bank, the analyzer, and drafting an answer from the user's goals. */
import { Hono } from 'hono';
import { QUESTIONS } from '@trajectory/core';
import type { AppEnv } from '../api/context.js';
import type { Deps } from '../deps.js';
import { readBody } from '../api/validate.js';
import { jsonText } from '../api/json.js';
import { AnalysisInputSchema, DraftAnswerInputSchema, type QuestionItem } from '../api/schemas.js';
import { draftAnswerFor } from './coach.service.js';
import { isoDay } from '../clock.js';

const QUESTION_ITEMS: QuestionItem[] = QUESTIONS.map(({ id, text, probes, expects }) => ({ id, text, probes, expects }));

export function questionRoutes() {
  return new Hono<AppEnv>().get('/', (c) => c.json(QUESTION_ITEMS));
}

export function analyzeRoutes(deps: Deps) {
  // The core's analyze() on exactly the input given: the same analysis as the CLI's.
  return new Hono<AppEnv>().post('/', async (c) => {
    const input = await readBody(c, AnalysisInputSchema);
    return jsonText(c, (await deps.analyzer({ today: isoDay(deps.clock.now()), ...input })).json);
  });
}

export function answerRoutes(deps: Deps) {
  return new Hono<AppEnv>().post('/draft', async (c) => c.json(await draftAnswerFor(deps, c.var.userId, await readBody(c, DraftAnswerInputSchema))));
}
