/**
 * @trajectory/server: the JSON API and the database. Server knows core; core knows nothing
 * of the server. The CLI uses the store, migrations and services from here.
 */
export { createApp, MAX_BODY_BYTES, type App, type AppOptions } from './app.js';
export { startServer, PendingMigrationsError, type RunningServer } from './server.js';
export { configFrom, dataDirFrom, DEFAULT_PORT, type ServerConfig, type Env } from './config.js';
export { openStore, SQLITE_FILE, type Store, type StoreConfig, type DialectName } from './db/store.js';
export { migrateToLatest, pendingMigrations, MIGRATIONS, type MigrationReport } from './db/migrate.js';
export type { Db, Database } from './db/database.js';
export { systemClock, type Clock } from './clock.js';
export type { Deps } from './deps.js';
export { inProcessAnalyzer, type Analyzer, type AnalyzedAnswer } from './analysis/analyzer.js';
export { analysisPool, type AnalysisPool } from './analysis/pool.js';
export { localUser, type ResolveUser, type AppEnv } from './api/context.js';
export { ApiError, type ErrorCode } from './api/errors.js';
export { ensureLocalUser } from './users/user.service.js';
export { createGoal, getGoals, getGoal } from './goals/goal.service.js';
export { createTarget, getTargets } from './targets/target.service.js';
export { draftAnswerFor } from './coach/coach.service.js';
export * from './api/schemas.js';
