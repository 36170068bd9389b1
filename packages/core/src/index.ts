/** @trajectory/core: the career-goals domain and the answer analyzer. Pure: no I/O, runs in Node and the browser. */
export { analyze, type AnalyzeOptions } from './analysis/engine.js';
export { BRIEF_WORDS } from './analysis/score.js';
export { recognizeQuestion } from './analysis/context.js';
export { RULES } from './rules/index.js';
export type { Rule, RuleMeta, Finding } from './rules/rule.js';
export * from './types.js';
export * from './questions.js';
export * from './goals/types.js';
export { REFLECTION_PROMPTS } from './goals/reflection.js';
export { checkGoal } from './goals/check.js';
export { alignGoals } from './goals/align.js';
export { buildAnswer } from './goals/answer/build.js';
export { draftableGoals, type LeftOutGoal } from './goals/answer/material.js';
export { parseIsoDate } from './goals/dates.js';
