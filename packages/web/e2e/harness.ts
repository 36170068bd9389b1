/**
 * The end-to-end harness: the real built server (serving the built web app) on a free port with its own data
 * folder, Debian's Chromium driven by playwright-core, and the checks every page gets — no console errors, no
 * serious or critical axe-core violation, screenshots at desktop and phone widths.
 *
 *   const server = await startServer();
 *   const browser = await launchBrowser();
 *   const { page, errors } = await openPage(browser, server.url);
 *   await axeScan(page);
 *   await screenshot(page, 'start');
 *   errors.assertNone();
 */
import { afterAll, beforeAll } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const WEB = join(ROOT, 'packages/web');
const SERVER = join(ROOT, 'packages/server');
export const SCREENSHOTS = join(ROOT, 'docs/screenshots');
export const WEB_DIST = join(WEB, 'dist');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags this machine's closed network needs: no background calls home, no GPU, no sandbox as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

// ---------------------------------------------------------------- build check

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { cwd, stdio: 'pipe', encoding: 'utf8', env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

let built = false;

/**
 * Builds what is older than its sources: the server (tsc -b, incremental) and the web app (vite build).
 * `npm install` builds both once; this keeps a test run honest after an edit. E2E_NO_BUILD=1 skips it.
 */
export function ensureBuilt(): void {
  // E2E_NO_BUILD=1 runs whatever is built (while other work leaves the sources broken for a moment).
  if (built || process.env.E2E_NO_BUILD === '1') return;
  const serverSources = Math.max(newestMtime(join(SERVER, 'src')), newestMtime(join(ROOT, 'packages/core/src')));
  if (!existsSync(join(SERVER, 'dist/main.js')) || newestMtime(join(SERVER, 'dist')) < serverSources) {
    run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-b', 'packages/server'], ROOT);
  }
  const webSources = Math.max(
    newestMtime(join(WEB, 'src')),
    newestMtime(join(WEB, 'index.html')),
    newestMtime(join(WEB, 'vite.config.ts')),
    newestMtime(join(ROOT, 'packages/core/src')),
  );
  const index = join(WEB, 'dist/index.html');
  if (!existsSync(index) || statSync(index).mtimeMs < webSources) {
    // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
    run(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], WEB, { ...process.env, NODE_ENV: 'production' });
  }
  built = true;
}

// ---------------------------------------------------------------- the server

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface TestServer {
  url: string;
  port: number;
  dataDir: string;
  /** What the server printed, for failure messages. */
  output: () => string;
  stop(): Promise<void>;
  /** Starts it again on the same port with the same data. */
  start(): Promise<void>;
  /** Stops it and removes its data folder. */
  dispose(): Promise<void>;
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server did not answer ${url}/api/health within ${timeoutMs} ms:\n${output()}`);
}

/** Starts the built server (migrating its fresh data folder first) on a free loopback port. */
export async function startServer(): Promise<TestServer> {
  ensureBuilt();
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'trajectory-e2e-'));
  const url = `http://127.0.0.1:${port}`;
  const env = { ...process.env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', TRAJECTORY_DATA: dataDir, DATABASE_URL: '' };
  const main = join(SERVER, 'dist/main.js');
  run(process.execPath, [main, 'migrate'], ROOT, env);
  let child: ChildProcess | null = null;
  let stopping = false;
  let log = '';

  const server: TestServer = {
    url,
    port,
    dataDir,
    output: () => log,
    async start() {
      if (child && child.exitCode === null) return;
      const proc = spawn(process.execPath, [main, 'serve'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
      proc.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
      proc.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
      // A server that dies mid-test leaves only "connection refused" in the failures: say why it died.
      proc.once('exit', (code, signal) => {
        if (!stopping) process.stderr.write(`[e2e] the server at ${url} exited unexpectedly (${code ?? signal}); its output:\n${log}\n`);
      });
      child = proc;
      await waitForHealth(url, proc, () => log);
    },
    async stop() {
      const proc = child;
      if (!proc || proc.exitCode !== null) return;
      stopping = true;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => proc.kill('SIGKILL'), 5_000);
        proc.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        proc.kill('SIGTERM');
      });
      stopping = false;
      child = null;
    },
    async dispose() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}

// ---------------------------------------------------------------- the browser

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not at ${CHROMIUM}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH`);
  // playwright-core gives every launch a fresh, empty profile directory of its own.
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Console lines that are not errors of the app: the API answers 404 for a draft never saved (the autosave hook
 * asks once per key), and Chromium logs every 4xx answer to fetch as a console error.
 */
export const EXPECTED_CONSOLE: RegExp[] = [/status of 404 \(Not Found\) \(http:\/\/127\.0\.0\.1:\d+\/api\/drafts\//];

/** While a test stops the server on purpose, the page's requests are refused. */
export const SERVER_AWAY_CONSOLE: RegExp[] = [/net::ERR_CONNECTION_REFUSED/, /Failed to fetch/];

export interface ConsoleErrors {
  list: string[];
  /** Fails with every console error and uncaught page error seen, except those matching `allowed`. */
  assertNone(allowed?: RegExp[]): void;
  clear(): void;
}

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 360, height: 740 };

/** A fresh browser context (its own localStorage) and a page on `url`, collecting console errors. */
export async function openPage(browser: Browser, url: string, viewport = DESKTOP): Promise<{ page: Page; errors: ConsoleErrors; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const list: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') list.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => list.push(`page error: ${error.message}`));
  await page.goto(url);
  const errors: ConsoleErrors = {
    list,
    assertNone(allowed = []) {
      const patterns = [...EXPECTED_CONSOLE, ...allowed];
      const unexpected = list.filter((line) => !patterns.some((pattern) => pattern.test(line)));
      if (unexpected.length) throw new Error(`console errors:\n${unexpected.join('\n')}`);
    },
    clear() {
      list.length = 0;
    },
  };
  return { page, errors, close: () => context.close() };
}

// ---------------------------------------------------------------- checks

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe-core in the page (WCAG 2.x A and AA rules and best practices) and fails on any serious or critical
 * violation, naming each with the elements at fault. Returns the minor and moderate ones for a look.
 */
export async function axeScan(page: Page, label = page.url()): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (blocking.length) {
    const lines = blocking.map((v) => `- ${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n')}`);
    throw new Error(`axe found ${blocking.length} serious or critical violation(s) on ${label}:\n${lines.join('\n')}`);
  }
  return violations;
}

/** Saves the page at 1280 px (docs/screenshots/<name>-desktop.png) and at 360 px (<name>-360.png), full length. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const before = page.viewportSize() ?? DESKTOP;
  // From the top, with nothing focused: the sticky header stays at the top and no focus ring shows.
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur?.();
    window.scrollTo(0, 0);
  });
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-desktop.png`), fullPage: true, animations: 'disabled' });
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-360.png`), fullPage: true, animations: 'disabled' });
  await page.setViewportSize(before);
}

/** Fails when the page is wider than the viewport (something does not fit at 360 px). */
export async function assertNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 1) throw new Error(`the page scrolls sideways by ${overflow}px at ${page.viewportSize()?.width}px wide`);
}

/** The real server and a browser for one test file: started (and optionally seeded) before its tests, closed after. */
export function useApp(prepare?: (server: TestServer) => Promise<unknown>): { server: TestServer; browser: Browser } {
  const app = {} as { server: TestServer; browser: Browser };
  beforeAll(async () => {
    app.server = await startServer();
    app.browser = await launchBrowser();
    await prepare?.(app.server);
  }, 240_000);
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.dispose();
  });
  return app;
}
