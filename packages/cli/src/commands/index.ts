/**
 * The command registry: one line per command. The dispatcher lists and runs whatever is exported here.
 * Commands that need the server (and its database driver) are registered lazily, so `analyze`,
 * `questions` and `demo` start fast and work even where the database driver cannot load.
 */
import { lazy } from '../command.js';

export { analyze } from './analyze.js';
export { questions } from './questions.js';
export { demo } from './demo.js';
export const db = lazy('db', 'migrate the database (db migrate), or list pending migrations (db status)', async () => (await import('./db.js')).db);
export const goals = lazy('goals', 'add, list and SMART-check your career goals (goals add|list|check)', async () => (await import('./goals.js')).goals);
export const target = lazy('target', 'add or list target companies and roles (target add|list)', async () => (await import('./target.js')).target);
export const draft = lazy('draft', 'draft an answer to a question from your goals and target, with its analysis', async () => (await import('./draft.js')).draft);
