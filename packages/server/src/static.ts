/**
 * The web app at `/`: files from packages/web/dist, and index.html for any other non-API path (the app routes
 * in the browser). When the web app is not built, requests fall through to the API's own pages.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono, type MiddlewareHandler } from 'hono';
import { errorHandler, notFoundHandler } from './api/errors.js';

/** packages/web/dist, from src/ (tsx) and from dist/ alike; TRAJECTORY_WEB_DIST overrides it. */
export const DEFAULT_WEB_DIR = process.env.TRAJECTORY_WEB_DIST?.trim() || fileURLToPath(new URL('../../web/dist', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

async function fileAt(path: string): Promise<Buffer | null> {
  try {
    return (await stat(path)).isFile() ? await readFile(path) : null;
  } catch {
    return null;
  }
}

export function webApp(webDir: string = DEFAULT_WEB_DIR): MiddlewareHandler {
  const root = normalize(webDir + sep);
  return async (c, next) => {
    const path = c.req.path;
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || path.startsWith('/api/') || path === '/api') return next();
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return next();
    }
    const file = normalize(join(root, decoded));
    if (!file.startsWith(root)) return next();
    const body = decoded.endsWith('/') ? null : await fileAt(file);
    if (body) {
      // Hashed assets never change; everything else is checked each time.
      const cache = decoded.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
      return c.body(new Uint8Array(body), 200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': cache });
    }
    // A path with a file extension that is not there is a real 404; any other path is one of the app's pages.
    if (extname(decoded)) return next();
    const index = await fileAt(join(root, 'index.html'));
    if (!index) return next();
    return c.body(new Uint8Array(index), 200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-cache' });
  };
}

/** The API app with the web app in front of it; unknown paths still get the API's JSON 404. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function withWeb(api: Hono<any>, webDir?: string): Hono {
  const app = new Hono();
  app.notFound(notFoundHandler);
  app.onError(errorHandler());
  app.use('*', webApp(webDir));
  app.route('/', api);
  return app;
}
