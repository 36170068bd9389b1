/**
 * The API's contract: one zod schema per request and response body. The routes validate
 * with them, the OpenAPI document is generated from them, and the web app's typed client
 * imports the types below (`@trajectory/server/schemas`), so the three cannot drift apart.
 */
import { z } from 'zod';
import {
  FLAG_IDS,
  GOAL_TYPES,
  HORIZONS,
  getQuestion,
  type Alignment,
  type Analysis,
  type ElementId,
  type ExperienceLevel,
  type GoalCheck,
  type Probe,
  type Strategy,
} from '@trajectory/core';
import { ERROR_CODES } from './error-codes.js';

// ---------------------------------------------------------------- building blocks

/**
 * A spoken answer runs 100–300 words; 20,000 characters is ten times past rambling. The bound
 * keeps one request from holding the analyzer for long (it grows faster than the text).
 */
export const MAX_ANSWER_CHARS = 20_000;

const id = z.uuid().describe('A UUIDv7; ids sort by creation time.');
const timestamp = z.string().describe('ISO 8601 date-time (UTC)');
const isoDate = z.iso.date({ error: 'must be a real date written YYYY-MM-DD' }).describe('ISO date, YYYY-MM-DD');
/** Trimmed text with a length bound; empty after trimming is an error. */
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
/** Optional free text where null or "" clears the value. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullable()
    .optional()
    .transform((v) => (v === '' ? null : v));

export const experienceSchema = z.enum(['graduate', 'early', 'experienced', 'senior'] satisfies ExperienceLevel[]);
const horizon = z.enum(HORIZONS);
const goalType = z.enum(GOAL_TYPES);
const flagId = z.enum(FLAG_IDS);
const strategy = z.enum(['long-first', 'build-up'] satisfies Strategy[]);
const probe = z.enum(['tenure', 'motivation', 'plan', 'fit', 'growth', 'self-awareness', 'resilience'] satisfies Probe[]);
const elementId = z.enum(['short_term', 'long_term', 'plan', 'alignment', 'value'] satisfies ElementId[]);
const questionId = z
  .string()
  .refine((value) => getQuestion(value) !== undefined, 'unknown question id (see GET /api/questions)')
  .describe('A question id from GET /api/questions');

/** A field that refers to another of the user's rows; checked against the database. */
const reference = (what: string) => id.nullable().optional().describe(`The id of one of your ${what}`);

// ---------------------------------------------------------------- errors and health

export const ErrorSchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES).describe('Stable and machine-readable: switch on this, never on the message'),
    message: z.string(),
    field: z.string().optional().describe('The body or query field at fault, as a dotted path'),
  }),
});

export const HealthSchema = z.object({ ok: z.literal(true) });

// ---------------------------------------------------------------- questions

export const QuestionSchema = z.object({
  id: z.string(),
  text: z.string(),
  probes: z.array(probe),
  expects: z.array(elementId),
});

// ---------------------------------------------------------------- analysis (the core's Analysis)

const range = z.tuple([z.number().int(), z.number().int()]);

export const AnalysisInputSchema = z.strictObject({
  answer: z.string().max(MAX_ANSWER_CHARS, `must be at most ${MAX_ANSWER_CHARS} characters`),
  question: z.string().max(1_000).optional().describe('A question id, or the question in any wording'),
  role: z.string().max(1_000).optional(),
  company: z.string().max(20_000).optional(),
  experience: experienceSchema.optional(),
  today: isoDate.optional().describe('The date timeframes such as "by 2028" are measured from; the server\'s date when left out'),
});

export const AnalysisSchema = z.object({
  flags: z.array(
    z.object({
      id: flagId,
      severity: z.enum(['minor', 'moderate', 'serious']),
      start: z.number().int(),
      end: z.number().int(),
      line: z.number().int(),
      column: z.number().int(),
      text: z.string(),
      message: z.string(),
      suggestion: z.string(),
    }),
  ),
  elements: z.record(elementId, z.object({ present: z.boolean(), evidence: z.array(range) })),
  score: z.number(),
  strengths: z.array(z.object({ id: z.string(), message: z.string(), evidence: z.array(range) })),
  followups: z.array(z.object({ question: z.string(), start: z.number().int(), end: z.number().int(), text: z.string() })),
  metrics: z.object({
    words: z.number().int(),
    sentences: z.number().int(),
    speakingSeconds: z.number(),
    fillers: z.array(z.object({ phrase: z.string(), count: z.number().int() })),
    repeatedPhrases: z.array(z.object({ phrase: z.string(), count: z.number().int() })),
  }),
  questionId: z.string().nullable(),
});

// ---------------------------------------------------------------- goals

const stepInput = z.strictObject({
  text: text(500),
  due: isoDate.nullable().optional(),
  done: z.boolean().optional(),
});

const goalFields = {
  statement: text(1_000),
  horizon,
  type: goalType,
  timeframe: optionalText(200),
  targetDate: isoDate.nullable().optional(),
  measure: optionalText(1_000),
  steps: z.array(stepInput).max(50, 'at most 50 steps').optional(),
  servesGoalId: reference('long-term goals'),
};

export const GoalInputSchema = z.strictObject(goalFields);

export const GoalPatchSchema = z
  .strictObject({
    statement: goalFields.statement.optional(),
    horizon: horizon.optional(),
    type: goalType.optional(),
    timeframe: goalFields.timeframe,
    targetDate: goalFields.targetDate,
    measure: goalFields.measure,
    steps: goalFields.steps,
    servesGoalId: goalFields.servesGoalId,
  })
  .refine((patch) => Object.values(patch).some((v) => v !== undefined), 'name at least one field to change');

const criterion = z.object({ pass: z.boolean(), reason: z.string(), suggestion: z.string(), tip: z.string().optional() });

export const GoalCheckSchema = z.object({
  specific: criterion,
  measurable: criterion,
  realistic: criterion,
  planned: criterion,
  passed: z.boolean(),
});

export const StepSchema = z.object({ text: z.string(), due: z.string().nullable(), done: z.boolean() });

export const GoalSchema = z.object({
  id,
  statement: z.string(),
  horizon,
  type: goalType,
  timeframe: z.string().nullable(),
  targetDate: z.string().nullable(),
  measure: z.string().nullable(),
  steps: z.array(StepSchema),
  servesGoalId: id.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
  check: GoalCheckSchema.describe('The SMART check of this goal, made when it is read'),
});

// ---------------------------------------------------------------- targets

const targetFields = {
  company: text(300),
  role: text(300),
  description: optionalText(20_000),
  notes: optionalText(10_000),
};

export const TargetInputSchema = z.strictObject(targetFields);

export const TargetPatchSchema = z
  .strictObject({
    company: targetFields.company.optional(),
    role: targetFields.role.optional(),
    description: targetFields.description,
    notes: targetFields.notes,
  })
  .refine((patch) => Object.values(patch).some((v) => v !== undefined), 'name at least one field to change');

export const TargetSchema = z.object({
  id,
  company: z.string(),
  role: z.string(),
  description: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const AlignmentSchema = z.object({
  goals: z.array(z.object({ goalId: z.string().nullable(), statement: z.string(), supported: z.boolean(), matches: z.array(z.string()) })),
  untouched: z.array(z.object({ theme: z.string(), words: z.array(z.string()) })),
});

// ---------------------------------------------------------------- reflection

export const ReflectionSchema = z.object({
  prompts: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      hint: z.string(),
      answer: z.string().nullable(),
      updatedAt: timestamp.nullable(),
    }),
  ),
});

export const ReflectionInputSchema = z.strictObject({
  answers: z
    .record(z.string(), z.string().max(10_000, 'must be at most 10000 characters').nullable())
    .describe('Answers by prompt id; null or "" removes an answer. Prompts not named are left as they are.'),
});

// ---------------------------------------------------------------- drafting an answer, attempts

export const DraftAnswerInputSchema = z.strictObject({
  questionId,
  targetId: reference('targets'),
  strategy: strategy.optional().describe('long-first: start from the long-term goal; build-up: short-term steps up to it'),
  seed: z.number().int().min(0).optional().describe('The same seed gives the same draft'),
});

export const DraftAnswerSchema = z.object({
  answer: z.string(),
  analysis: AnalysisSchema,
  leftOut: z
    .array(z.object({ goalId: z.string(), statement: z.string(), reason: z.string() }))
    .describe('Goals the draft does not say because they are not specific yet, and why: sharpen them in the workbook'),
});

export const AttemptInputSchema = z.strictObject({
  questionId,
  answer: text(MAX_ANSWER_CHARS),
  targetId: reference('targets'),
  durationSeconds: z.number().int().min(0).max(3_600).nullable().optional().describe('How long the spoken answer took'),
});

const attemptFields = {
  id,
  questionId: z.string(),
  targetId: id.nullable(),
  answer: z.string(),
  durationSeconds: z.number().int().nullable(),
  score: z.number(),
  flags: z.array(flagId).describe('The ids of the flags the analysis raised'),
  createdAt: timestamp,
};

export const AttemptSummarySchema = z.object(attemptFields);
export const AttemptSchema = z.object({ ...attemptFields, analysis: AnalysisSchema });

export const AttemptListQuerySchema = z.strictObject({
  questionId: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional().describe('At most this many, newest first (default 100)'),
});

// ---------------------------------------------------------------- autosaved drafts and the profile

export const DRAFT_KEY = /^[A-Za-z0-9:._-]{1,100}$/;

export const DraftInputSchema = z.strictObject({ text: z.string().max(60_000, 'must be at most 60000 characters') });
export const DraftSchema = z.object({ key: z.string(), text: z.string(), updatedAt: timestamp });

export const ProfileInputSchema = z.strictObject({
  targetRole: optionalText(300),
  company: optionalText(300),
  experience: experienceSchema.nullable().optional(),
});

export const ProfileSchema = z.object({
  targetRole: z.string().nullable(),
  company: z.string().nullable(),
  experience: experienceSchema.nullable(),
  updatedAt: timestamp.nullable(),
});

// ---------------------------------------------------------------- the types clients share

export type ApiErrorBody = z.infer<typeof ErrorSchema>;
export type Health = z.infer<typeof HealthSchema>;
export type QuestionItem = z.infer<typeof QuestionSchema>;
export type AnalysisRequest = z.input<typeof AnalysisInputSchema>;
export type GoalInput = z.input<typeof GoalInputSchema>;
export type GoalPatch = z.input<typeof GoalPatchSchema>;
export type GoalResponse = z.infer<typeof GoalSchema>;
export type StepResponse = z.infer<typeof StepSchema>;
export type TargetInput = z.input<typeof TargetInputSchema>;
export type TargetPatch = z.input<typeof TargetPatchSchema>;
export type TargetResponse = z.infer<typeof TargetSchema>;
export type AlignmentResponse = z.infer<typeof AlignmentSchema>;
export type ReflectionResponse = z.infer<typeof ReflectionSchema>;
export type ReflectionInput = z.input<typeof ReflectionInputSchema>;
export type DraftAnswerInput = z.input<typeof DraftAnswerInputSchema>;
export type DraftAnswerResponse = z.infer<typeof DraftAnswerSchema>;
export type AttemptInput = z.input<typeof AttemptInputSchema>;
export type AttemptResponse = z.infer<typeof AttemptSchema>;
export type AttemptSummary = z.infer<typeof AttemptSummarySchema>;
export type AttemptListQuery = z.input<typeof AttemptListQuerySchema>;
export type DraftInput = z.input<typeof DraftInputSchema>;
export type DraftResponse = z.infer<typeof DraftSchema>;
export type ProfileInput = z.input<typeof ProfileInputSchema>;
export type ProfileResponse = z.infer<typeof ProfileSchema>;

// The response schemas describe the core's own types: fail the build if they part ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type _SchemasAgreeWithCore = [
  Assert<Same<z.infer<typeof AnalysisSchema>, Analysis>>,
  Assert<Same<z.infer<typeof GoalCheckSchema>, GoalCheck>>,
  Assert<Same<z.infer<typeof AlignmentSchema>, Alignment>>,
  Assert<Same<z.infer<typeof experienceSchema>, ExperienceLevel>>,
];
