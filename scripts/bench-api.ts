/**
 * Load-tests the built API server, as `npm start` runs it, once on SQLite and once on
 * PostgreSQL (skipped with a note when unreachable). The server is a separate process on a
 * free loopback port; autocannon drives it from this process:
 *   GET /api/health (the anchor: HTTP alone), POST /api/analyze, POST /api/attempts.
 * Bodies rotate over the labelled corpus, so every analysis is of a real answer.
 * Prints req/s, p50 and p99 (medians over rounds) and each ratio to health; samples the
 * server's RSS from /proc throughout; after the run it kills the server (SIGKILL: no chance
 * to flush anything) and checks that every acknowledged (2xx) attempt is stored.
 *
 *   npm run bench:api [-- --duration 10 --rounds 3 --connections 16 --only sqlite|postgres --threads N --json]
 * (--threads sets the server's TRAJECTORY_ANALYSIS_THREADS; 0 analyzes on the event loop.)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { analyze, getQuestion } from '@trajectory/core';
import { openStore } from '@trajectory/server';
import { loadCorpus } from './corpus.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '16' },
    only: { type: 'string' },
    threads: { type: 'string' },
    json: { type: 'boolean' },
  },
});
const DURATION = Number(values.duration);
const ROUNDS = Number(values.rounds);
const CONNECTIONS = Number(values.connections);
const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SERVER = fileURLToPath(new URL('../packages/server/dist/main.js', import.meta.url));

const TARGETS = { analyzePerSecond: 3_000, analyzeP99Ms: 25, attemptsPerSecond: 1_000, rssMb: 300 };

// ---------------------------------------------------------------- request bodies

const corpus = [...loadCorpus('dev'), ...loadCorpus('test')];
if (corpus.length === 0) throw new Error('the corpus is empty: no answers to send');
const analyzeBodies = corpus.map((t) =>
  JSON.stringify({ answer: t.answer, question: t.question, role: t.role, company: t.company, experience: t.experience }),
);
const attemptBodies = corpus.map((t) =>
  JSON.stringify({ questionId: t.question && getQuestion(t.question) ? t.question : 'career-goals', answer: t.answer, durationSeconds: 90 }),
);

/**
 * The analyzer alone, on this thread, over the same answers: what one analysis costs before
 * any HTTP, JSON or database work. With C cores the API cannot analyze faster than C / this.
 */
function analyzerCpuMs(): number {
  const inputs = corpus.map((t) => ({ answer: t.answer, question: t.question, role: t.role, company: t.company, experience: t.experience }));
  for (const input of inputs) analyze(input);
  const before = process.cpuUsage();
  for (let round = 0; round < 2; round++) for (const input of inputs) analyze(input);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / (inputs.length * 2);
}

// ---------------------------------------------------------------- the server process

interface Server {
  url: string;
  child: ChildProcess;
  rss: RssSampler;
}

function migrate(env: NodeJS.ProcessEnv): void {
  const run = spawnSync(process.execPath, [SERVER, 'migrate'], { env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`migrate failed: ${run.stderr || run.stdout}`);
}

async function startServer(env: NodeJS.ProcessEnv): Promise<Server> {
  const child = spawn(process.execPath, [SERVER, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start in 20 s: ${stderr}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const port = /listening on http:\/\/[^:]+:(\d+)/.exec(stdout)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${port}`);
      }
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}): ${stderr}`)));
  });
  return { url, child, rss: new RssSampler(child.pid!) };
}

/** CPU time (user + system) the process has used so far, in ms, from /proc/<pid>/stat. */
function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

/** Reads VmRSS from /proc/<pid>/status every 100 ms. */
class RssSampler {
  private readonly samples: number[] = [];
  private readonly timer: NodeJS.Timeout;
  constructor(private readonly pid: number) {
    this.timer = setInterval(() => this.sample(), 100);
    this.sample();
  }
  private sample(): void {
    try {
      const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${this.pid}/status`, 'utf8'))?.[1];
      if (kb) this.samples.push(Number(kb) / 1024);
    } catch {
      // The process is gone; keep what was sampled.
    }
  }
  stop(): { maxMb: number; lastMb: number; samples: number } {
    clearInterval(this.timer);
    return { maxMb: Math.max(...this.samples), lastMb: this.samples.at(-1) ?? 0, samples: this.samples.length };
  }
}

// ---------------------------------------------------------------- load

interface Run {
  rps: number;
  /** Server CPU time per request: what a request costs, whatever else the machine is doing. */
  cpuMsPerRequest: number;
  p50: number;
  p99: number;
  ok: number;
  failed: number;
}

interface Scenario {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  bodies?: string[];
  /** Called with each 2xx body: the attempts scenario collects the ids it was promised. */
  onOk?: (body: string) => void;
}

async function load(url: string, pid: number, scenario: Scenario, duration: number): Promise<Run> {
  let next = 0;
  const cpuBefore = cpuMs(pid);
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration,
    requests: [
      {
        method: scenario.method,
        path: scenario.path,
        headers: { 'content-type': 'application/json' },
        ...(scenario.bodies
          ? {
              setupRequest: (request: autocannon.Request) => ({ ...request, body: scenario.bodies![next++ % scenario.bodies!.length] }),
            }
          : {}),
        ...(scenario.onOk
          ? {
              onResponse: (status: number, body: string) => {
                if (status >= 200 && status < 300) scenario.onOk!(body);
              },
            }
          : {}),
      },
    ],
  });
  const requests = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'];
  return {
    rps: result.requests.average,
    cpuMsPerRequest: (cpuMs(pid) - cpuBefore) / Math.max(1, requests),
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface DialectReport {
  dialect: string;
  results: Record<string, Run & { ratio: number; rounds: Run[] }>;
  attempts: { acknowledged: number; stored: number; missing: number };
  rss: { maxMb: number; lastMb: number; samples: number };
}

async function benchDialect(dialect: 'sqlite' | 'postgres'): Promise<DialectReport | string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'trajectory-bench-'));
  const schema = `bench_${process.pid}`;
  const env: NodeJS.ProcessEnv = { ...process.env, TRAJECTORY_DATA: dataDir, PORT: '0', HOST: '127.0.0.1' };
  delete env.DATABASE_URL;
  if (values.threads !== undefined) env.TRAJECTORY_ANALYSIS_THREADS = values.threads;
  if (dialect === 'postgres') {
    const problem = await postgresProblem();
    if (problem) return `PostgreSQL skipped: ${POSTGRES_URL} unreachable (${problem})`;
    env.DATABASE_URL = `${POSTGRES_URL}?schema=${schema}`;
  }
  try {
    migrate(env);
    const server = await startServer(env);
    const acknowledged = new Set<string>();
    const scenarios: Scenario[] = [
      { name: 'GET /api/health', method: 'GET', path: '/api/health' },
      { name: 'POST /api/analyze', method: 'POST', path: '/api/analyze', bodies: analyzeBodies },
      {
        name: 'POST /api/attempts',
        method: 'POST',
        path: '/api/attempts',
        bodies: attemptBodies,
        onOk: (body) => {
          const id = /"id":"([0-9a-f-]{36})"/.exec(body)?.[1];
          if (id) acknowledged.add(id);
        },
      },
    ];
    // Warm-up: let the JIT settle and SQLite's caches fill before anything is measured.
    for (const scenario of scenarios) await load(server.url, server.child.pid!, scenario, 2);
    const rounds = new Map<string, Run[]>(scenarios.map((s) => [s.name, []]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const scenario of scenarios) {
        const run = await load(server.url, server.child.pid!, scenario, DURATION);
        rounds.get(scenario.name)!.push(run);
        if (!values.json) console.error(`  ${dialect} round ${round + 1}: ${scenario.name.padEnd(20)} ${run.rps.toFixed(0).padStart(6)} req/s  p50 ${run.p50} ms  p99 ${run.p99} ms  ${run.cpuMsPerRequest.toFixed(3)} CPU-ms/req  (${run.failed} failed)`);
      }
    }
    // No graceful shutdown: whatever was acknowledged must already be on disk.
    server.child.kill('SIGKILL');
    await new Promise((resolve) => server.child.once('exit', resolve));
    const rss = server.rss.stop();

    const stored = await storedAttemptIds(env);
    const missing = [...acknowledged].filter((id) => !stored.has(id)).length;
    const healthRps = median(rounds.get('GET /api/health')!.map((r) => r.rps));
    const results: DialectReport['results'] = {};
    for (const [name, runs] of rounds) {
      const rps = median(runs.map((r) => r.rps));
      results[name] = {
        rps,
        cpuMsPerRequest: median(runs.map((r) => r.cpuMsPerRequest)),
        p50: median(runs.map((r) => r.p50)),
        p99: median(runs.map((r) => r.p99)),
        ok: runs.reduce((n, r) => n + r.ok, 0),
        failed: runs.reduce((n, r) => n + r.failed, 0),
        ratio: rps / healthRps,
        rounds: runs,
      };
    }
    return { dialect, results, attempts: { acknowledged: acknowledged.size, stored: stored.size, missing }, rss };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    if (dialect === 'postgres') await dropSchema(schema);
  }
}

async function storedAttemptIds(env: NodeJS.ProcessEnv): Promise<Set<string>> {
  const store = openStore({ databaseUrl: env.DATABASE_URL, dataDir: env.TRAJECTORY_DATA! });
  try {
    const rows = await store.db.selectFrom('attempts').select('id').execute();
    return new Set(rows.map((r) => r.id));
  } finally {
    await store.close();
  }
}

async function postgresProblem(): Promise<string | null> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  try {
    await client.connect();
    await client.query(`drop schema if exists "${schema}" cascade`);
  } catch {
    // Nothing to drop when PostgreSQL was not there.
  } finally {
    await client.end().catch(() => undefined);
  }
}

// ---------------------------------------------------------------- report

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
/** Other work on the machine skews every figure but CPU ms per request: say how busy it was. */
const loadAverage = () => loadavg().map((n) => n.toFixed(1)).join(' ');
const loadBefore = loadAverage();
const analyzerMs = analyzerCpuMs();
const ceiling = cpus().length / (analyzerMs / 1000);
const reports: DialectReport[] = [];
const notes: string[] = [];
for (const dialect of ['sqlite', 'postgres'] as const) {
  if (values.only && values.only !== dialect) continue;
  if (!values.json) console.error(`${dialect}: ${DURATION} s × ${ROUNDS} rounds per route, ${CONNECTIONS} connections, ${corpus.length} corpus answers`);
  const report = await benchDialect(dialect);
  if (typeof report === 'string') notes.push(report);
  else reports.push(report);
}

if (values.json) {
  console.log(JSON.stringify({ date: new Date().toISOString(), machine, loadBefore, loadAfter: loadAverage(), analyzerCpuMs: analyzerMs, duration: DURATION, rounds: ROUNDS, connections: CONNECTIONS, reports, notes }, null, 2));
} else {
  console.log(`\n${new Date().toISOString().slice(0, 10)} — ${machine}; load average ${loadBefore} before, ${loadAverage()} after; ${CONNECTIONS} connections, ${DURATION} s × ${ROUNDS} rounds, medians\n`);
  console.log('| database | route | req/s | p50 ms | p99 ms | ratio to health | server CPU ms/req | failed |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|');
  for (const r of reports) {
    for (const [name, run] of Object.entries(r.results)) {
      console.log(`| ${r.dialect} | \`${name}\` | ${run.rps.toFixed(0)} | ${run.p50} | ${run.p99} | ${run.ratio.toFixed(2)} | ${run.cpuMsPerRequest.toFixed(3)} | ${run.failed} |`);
    }
  }
  console.log('');
  for (const r of reports) {
    console.log(`${r.dialect}: attempts acknowledged ${r.attempts.acknowledged}, stored ${r.attempts.stored}, missing ${r.attempts.missing}; server RSS max ${r.rss.maxMb.toFixed(0)} MB (${r.rss.samples} samples)`);
  }
  for (const note of notes) console.log(note);
  console.log(
    `analyzer alone (core, no HTTP): ${analyzerMs.toFixed(3)} CPU-ms per answer, so at most ~${Math.round(ceiling)} analyses/s on ${cpus().length} cores before any server work`,
  );

  const sqlite = reports.find((r) => r.dialect === 'sqlite');
  if (sqlite) {
    const analyze = sqlite.results['POST /api/analyze']!;
    const attempts = sqlite.results['POST /api/attempts']!;
    const checks: [string, boolean][] = [
      [`analyze ≥ ${TARGETS.analyzePerSecond}/s`, analyze.rps >= TARGETS.analyzePerSecond],
      [`analyze p99 < ${TARGETS.analyzeP99Ms} ms`, analyze.p99 < TARGETS.analyzeP99Ms],
      [`attempts ≥ ${TARGETS.attemptsPerSecond}/s on SQLite`, attempts.rps >= TARGETS.attemptsPerSecond],
      ['no acknowledged attempt missing', reports.every((r) => r.attempts.missing === 0)],
      [`RSS < ${TARGETS.rssMb} MB`, reports.every((r) => r.rss.maxMb < TARGETS.rssMb)],
    ];
    console.log('\nTargets: ' + checks.map(([name, met]) => `${met ? 'met' : 'MISSED'}: ${name}`).join('; '));
  }
}
