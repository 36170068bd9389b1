/**
 * End to end in Debian's Chromium against the real built server: the journey Start → Workbook → Target → Progress,
 * autosave across a reload and across a server restart, axe on each page, screenshots, no console errors.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  assertNoHorizontalScroll,
  axeScan,
  launchBrowser,
  openPage,
  PHONE,
  screenshot,
  SERVER_AWAY_CONSOLE,
  WEB_DIST,
  startServer,
  type TestServer,
} from './harness.js';
import { BUDGET_BYTES, measure } from '../../../scripts/web-size.js';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

const JOB = [
  'Northwind Logistics is hiring a data analyst to join its analytics team.',
  'You will build dashboards in Power BI, write SQL against our warehouse, and present findings to operations managers.',
  'We offer a two-year graduate programme with mentoring from senior analysts, paid certification courses,',
  'and a clear path to lead analyst. We value curiosity, clear communication and customer focus.',
].join(' ');

/** Waits until every save-status line in `scope` says "Saved". */
async function allSaved(page: Page, scope = 'main'): Promise<void> {
  await page.waitForFunction(
    (selector) => {
      const statuses = Array.from(document.querySelectorAll(`${selector} [data-testid="save-status"]`));
      return statuses.length > 0 && statuses.every((s) => s.getAttribute('data-status') === 'saved' || s.getAttribute('data-status') === 'idle');
    },
    scope,
    { timeout: 15_000 },
  );
}

describe('web: start → workbook → target → progress', () => {
  test('a job seeker sets the job, writes goals with a SMART check, sees the match, and reviews progress', async () => {
    const { page, errors, close } = await openPage(browser, server.url);

    // ---- Start
    await expect(page.locator('h1').textContent()).resolves.toContain('career goals');
    await page.getByLabel('Role', { exact: true }).fill('Data analyst');
    await page.getByLabel('Company', { exact: true }).fill('Northwind Logistics');
    await page.getByLabel(/Job description/).fill(JOB);
    await page.getByLabel('Early career').check();
    await allSaved(page);
    const profile = await api<{ targetRole: string; experience: string }>('GET', '/api/profile');
    expect(profile).toMatchObject({ targetRole: 'Data analyst', experience: 'early' });
    const targets = await api<{ role: string; description: string }[]>('GET', '/api/targets');
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject({ role: 'Data analyst', description: JOB });
    await axeScan(page, 'start');
    await screenshot(page, 'start');

    // ---- Workbook
    await page.getByRole('link', { name: 'Next: find your goals' }).click();
    await page.getByRole('heading', { level: 1, name: 'Workbook' }).waitFor();
    await page.getByLabel('What are you good at?').fill('Turning messy spreadsheets into reports people use; explaining numbers to non-analysts.');

    // A long-term goal, then a short-term one that serves it.
    const composer = page.getByRole('region', { name: 'Add a goal' });
    await composer.getByLabel('Goal', { exact: true }).fill('Lead an analytics team that owns the operations dashboards within five years');
    await composer.getByLabel('Long-term').check();
    await composer.getByLabel('Type').selectOption('leadership');
    await composer.getByRole('button', { name: 'Add goal' }).click();
    const longCard = page.locator('article.goal-card').first();
    await longCard.waitFor();

    await composer.getByLabel('Goal', { exact: true }).fill('learn and grow in my career');
    await composer.getByLabel('Short-term').check();
    await composer.getByRole('button', { name: 'Add goal' }).click();
    const shortCard = page.locator('article.goal-card').nth(1);
    await shortCard.waitFor();

    // The SMART check is live: a vague statement fails "specific", a concrete one passes.
    const specific = shortCard.locator('[data-criterion="specific"]');
    await expect(specific.getAttribute('data-pass')).resolves.toBe('false');
    await shortCard.getByLabel('Goal', { exact: true }).fill('Complete the Power BI data analyst certification and publish three SQL-backed dashboards');
    await expect.poll(() => specific.getAttribute('data-pass')).toBe('true');

    const planned = shortCard.locator('[data-criterion="planned"]');
    await expect(planned.getAttribute('data-pass')).resolves.toBe('false');
    await shortCard.getByLabel('Timeframe').fill('within 12 months');
    await shortCard.getByLabel('Target date').fill(nextYear(0, 10));
    await shortCard.getByLabel('How you will know you got there').fill('the certificate passed and three dashboards in daily use');
    await shortCard.getByRole('button', { name: '+ Add a step' }).click();
    await shortCard.getByLabel('Step 1', { exact: true }).fill('Enrol in the certification course');
    await shortCard.getByLabel('Step 1 due date').fill(nextYear(0, 2));
    await shortCard.getByRole('button', { name: '+ Add a step' }).click();
    await shortCard.getByLabel('Step 2', { exact: true }).fill('Rebuild the weekly shipping report as a dashboard');
    await shortCard.getByLabel('Step 2 due date').fill(nextYear(0, 5));
    await expect.poll(() => planned.getAttribute('data-pass')).toBe('true');

    // Link it to the long-term goal: the path shows it as a stepping stone.
    await shortCard.getByLabel('The long-term goal it leads to').selectOption({ label: 'Lead an analytics team that owns the operations dashboards within five years' });
    const path = page.getByTestId('goal-path');
    const track = path.getByRole('list', { name: /Path to: Lead an analytics team/ });
    await expect(track.locator('li').first().textContent()).resolves.toContain('Power BI');
    await expect(track.locator('li').last().textContent()).resolves.toContain('Lead an analytics team');

    await allSaved(page);
    const goals = await api<{ statement: string; horizon: string; servesGoalId: string | null; steps: unknown[] }[]>('GET', '/api/goals');
    const short = goals.find((g) => g.horizon === 'short')!;
    const long = goals.find((g) => g.horizon === 'long')!;
    expect(short.statement).toContain('Power BI');
    expect(short.steps).toHaveLength(2);
    expect(short.servesGoalId).toBe((long as unknown as { id: string }).id);
    const reflection = await api<{ prompts: { id: string; answer: string | null }[] }>('GET', '/api/reflection');
    expect(reflection.prompts.find((p) => p.id === 'strengths')?.answer).toContain('messy spreadsheets');
    await axeScan(page, 'workbook');
    await screenshot(page, 'workbook');

    // ---- Target
    await page.getByRole('link', { name: 'Next: match them to the job' }).click();
    await page.getByRole('heading', { level: 1, name: 'Target' }).waitFor();
    const supported = page.getByTestId('supported');
    await expect(supported.textContent()).resolves.toContain('Power BI');
    await expect(page.getByTestId('untouched').textContent()).resolves.toMatch(/./);
    await axeScan(page, 'target');
    await screenshot(page, 'target');

    // ---- Progress: attempts made elsewhere (the studio, a mock interview) appear as a chart and reopen with feedback.
    const answers = [
      'I want a bigger salary.',
      'In the next year I want to earn a Power BI certification and build dashboards for the operations team. In five years I hope to lead an analytics team here, mentoring new analysts.',
      'In my first year I will complete the Power BI certification through your mentoring programme and rebuild the weekly shipping reports as dashboards the operations managers use daily. Within five years I want to lead an analytics team here, coaching graduates the way your senior analysts coach new starters, so Northwind makes faster decisions from its data.',
    ];
    for (const answer of answers) await api('POST', '/api/attempts', { questionId: 'career-goals', answer });
    await api('POST', '/api/attempts', { questionId: 'five-years', answer: 'In five years I see myself leading the analytics team, having grown from analyst to lead analyst here.' });

    await page.getByRole('link', { name: 'Progress' }).click();
    await page.getByRole('heading', { level: 1, name: 'Progress' }).waitFor();
    const chart = page.getByTestId('score-chart');
    await chart.waitFor();
    expect(await chart.locator('[data-series]').count()).toBe(2);
    await expect(chart.locator('desc').textContent()).resolves.toMatch(/3 attempts/);
    const attempt = page.getByRole('region', { name: 'What are your career goals?' }).getByTestId('attempt').first();
    await attempt.locator('summary').click();
    await expect.poll(() => attempt.textContent(), { timeout: 10_000 }).toMatch(/Power BI/);

    // A done tick on an action step saves, and survives a reload.
    const step = page.getByRole('checkbox', { name: 'Enrol in the certification course' });
    await step.check();
    await allSaved(page);
    await page.reload();
    await expect.poll(() => page.getByRole('checkbox', { name: 'Enrol in the certification course' }).isChecked()).toBe(true);
    const saved = await api<{ steps: { text: string; done: boolean }[]; horizon: string }[]>('GET', '/api/goals');
    expect(saved.find((g) => g.horizon === 'short')?.steps[0]).toMatchObject({ text: 'Enrol in the certification course', done: true });
    await axeScan(page, 'progress');
    await screenshot(page, 'progress');

    errors.assertNone();
    await close();
  }, 180_000);

  test('the pages fit a 360 px screen and keep working by keyboard', async () => {
    const { page, errors, close } = await openPage(browser, server.url, PHONE);
    for (const path of ['/', '/workbook', '/target', '/progress']) {
      await page.goto(`${server.url}${path}`);
      await page.locator('h1').waitFor();
      await assertNoHorizontalScroll(page);
    }
    // The skip link is the first stop and moves focus to the page (once the app has rendered: a Tab
    // pressed before that lands on the bare document, which failed this test on a loaded machine).
    await page.goto(server.url);
    await page.locator('h1').waitFor();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    errors.assertNone();
    await close();
  }, 120_000);
});

describe('web: the first page budget', () => {
  test('the first page loads at most 200 KB of gzipped JavaScript, as the manifest says', async () => {
    const { page, errors, close } = await openPage(browser, 'about:blank');
    const scripts = new Map<string, number>();
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      scripts.set(response.url(), gzipSync(await response.body()).length);
    });
    await page.goto(server.url, { waitUntil: 'networkidle' });
    await page.locator('h1').waitFor();
    const loaded = [...scripts.values()].reduce((sum, n) => sum + n, 0);
    expect(scripts.size).toBeGreaterThan(0);
    expect(loaded).toBeLessThanOrEqual(BUDGET_BYTES);
    // The script's reading of the manifest counts the same files the browser fetched.
    const fromManifest = measure(WEB_DIST);
    expect(new Set([...scripts.keys()].map((url) => new URL(url).pathname.slice(1)))).toEqual(new Set(fromManifest.firstPage.map((f) => f.file)));
    expect(fromManifest.firstPageGzip).toBe(loaded);
    errors.assertNone();
    await close();
  }, 60_000);
});

describe('web: autosave', () => {
  test('typed work survives a reload, and a fresh browser gets it from the server', async () => {
    const { page, errors, close } = await openPage(browser, `${server.url}/workbook`);
    const field = page.getByLabel('What do you enjoy most in the job you have now?');
    await field.fill('Pairing with operations staff to find where the numbers go wrong.');
    // Reload at once, before the pause that sends it to the server: the local copy is there.
    await page.reload();
    await expect.poll(() => page.getByLabel('What do you enjoy most in the job you have now?').inputValue()).toBe('Pairing with operations staff to find where the numbers go wrong.');
    await allSaved(page);
    errors.assertNone();
    await close();

    // A new browser profile has no local copy: the server's is restored.
    const fresh = await openPage(browser, `${server.url}/workbook`);
    await expect
      .poll(() => fresh.page.getByLabel('What do you enjoy most in the job you have now?').inputValue())
      .toBe('Pairing with operations staff to find where the numbers go wrong.');
    fresh.errors.assertNone();
    await fresh.close();
  }, 120_000);

  test('with the server stopped, typing is kept and the banner says so; when it is back, the work is saved', async () => {
    const { page, errors, close } = await openPage(browser, `${server.url}/workbook`);
    const field = () => page.getByLabel('Which skills do you want to gain over the coming years?');
    await allSaved(page);

    await server.stop();
    await field().fill('Statistics for forecasting; presenting to executives.');
    await page.getByTestId('banner-offline').waitFor({ timeout: 15_000 });
    await expect(page.getByRole('status').filter({ hasText: 'can’t be reached' }).count()).resolves.toBe(1);
    await expect.poll(() => page.locator('[data-testid="save-status"]').first().textContent()).toContain('Kept on this device');

    // A reload while the server is away would lose the page itself, not the work: it stays in localStorage.
    const local = await page.evaluate(() => localStorage.getItem('trajectory:autosave:reflection'));
    expect(local).toContain('Statistics for forecasting');

    await server.start();
    await page.getByTestId('banner-saved').waitFor({ timeout: 20_000 });
    await expect(page.getByTestId('banner-saved').textContent()).resolves.toContain('saved');
    const reflection = await api<{ prompts: { id: string; answer: string | null }[] }>('GET', '/api/reflection');
    expect(reflection.prompts.find((p) => p.id === 'skills-to-gain')?.answer).toBe('Statistics for forecasting; presenting to executives.');

    // And after a reload everything is still there.
    await page.reload();
    await expect.poll(() => field().inputValue()).toBe('Statistics for forecasting; presenting to executives.');
    errors.assertNone(SERVER_AWAY_CONSOLE);
    await close();
  }, 120_000);
});

/** A date `years` and `months` from today, as YYYY-MM-DD. */
function nextYear(years: number, months: number): string {
  const date = new Date();
  date.setFullYear(date.getFullYear() + years, date.getMonth() + months, 15);
  return date.toISOString().slice(0, 10);
}
