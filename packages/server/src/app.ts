/**
 * The HTTP app: middleware, the error shape, and every route, wired to the services.
 * Created once the database is migrated and the user is known, so it is ready on its first request.
 */
import { Hono } from 'hono';
import type { Db } from './db/database.js';
import { systemClock, type Clock } from './clock.js';
import type { Deps } from './deps.js';
import { userContext, type AppEnv, type ResolveUser } from './api/context.js';
import { errorHandler, notFoundHandler } from './api/errors.js';
import { bodyLimit } from './api/body.js';
import { openApiDocument } from './api/openapi.js';
import { homePage } from './home.js';
import { VERSION } from './version.js';
import { goalRoutes } from './goals/goal.routes.js';
import { targetRoutes } from './targets/target.routes.js';
import { reflectionRoutes } from './reflection/reflection.routes.js';
import { attemptRoutes } from './attempts/attempt.routes.js';
import { draftRoutes } from './drafts/draft.routes.js';
import { profileRoutes } from './profile/profile.routes.js';
import { analyzeRoutes, answerRoutes, questionRoutes } from './coach/coach.routes.js';
import { inProcessAnalyzer, type Analyzer } from './analysis/analyzer.js';

export { MAX_BODY_BYTES } from './api/body.js';

export interface AppOptions {
  db: Db;
  /** Who each request belongs to: in local mode, always the local user. */
  resolveUser: ResolveUser;
  clock?: Clock;
  /** The analyzer; on the request thread unless given (the server passes its thread pool). */
  analyzer?: Analyzer;
  /** Where unexpected errors are logged. */
  log?: (message: string) => void;
}

export function createApp(options: AppOptions) {
  const deps: Deps = { db: options.db, clock: options.clock ?? systemClock, analyzer: options.analyzer ?? inProcessAnalyzer };
  const home = homePage(VERSION);
  const document = openApiDocument(VERSION);

  const app = new Hono<AppEnv>();
  app.onError(errorHandler(options.log));
  app.notFound(notFoundHandler);

  app.get('/', (c) => c.html(home));
  app.use('/api/*', bodyLimit);
  // Public routes come before the user is resolved: they need no identity.
  app.get('/api/health', (c) => c.json({ ok: true as const }));
  app.get('/api/openapi.json', (c) => c.json(document));
  app.route('/api/questions', questionRoutes());
  app.route('/api/analyze', analyzeRoutes(deps));

  app.use('/api/*', userContext(options.resolveUser));
  app.route('/api/reflection', reflectionRoutes(deps));
  app.route('/api/goals', goalRoutes(deps));
  app.route('/api/targets', targetRoutes(deps));
  app.route('/api/answers', answerRoutes(deps));
  app.route('/api/attempts', attemptRoutes(deps));
  app.route('/api/drafts', draftRoutes(deps));
  app.route('/api/profile', profileRoutes(deps));
  return app;
}

export type App = ReturnType<typeof createApp>;
