/**
 * The whole evening, by the interface alone: the facts on Start, goals in the workbook, the target job, a draft in
 * the studio analyzed and saved, a typed mock interview, the progress chart, and the prep sheet downloaded as a
 * one-page PDF that holds the goals and the answer.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { openPage, useApp } from './harness.js';
import { readPdf } from '../src/prep/pdf-read.js';
import { call, JOB } from './seed.js';

const app = useApp();

const LONG_GOAL = 'Lead an analytics team that supports clinical operations within five years';
const SHORT_GOAL = 'Earn the Power BI data analyst certification and automate the weekly ward report';

describe('web: the whole journey', () => {
  test('start → workbook → target → studio → mock interview → progress → prep sheet PDF', async () => {
    const { page, errors, close } = await openPage(app.browser, app.server.url);

    // Start: the facts that change the advice.
    await page.getByLabel('Role', { exact: true }).fill('Data analyst');
    await page.getByLabel('Company', { exact: true }).fill('Harbour Health');
    await page.getByLabel(/Job description/).fill(JOB);
    await page.getByLabel('Early career').check();
    await expect.poll(async () => (await call<unknown[]>(app.server, 'GET', '/api/targets')).length, { timeout: 15_000 }).toBe(1);

    // Workbook: a long-term goal and the short-term goal that leads to it.
    await page.getByRole('link', { name: 'Next: find your goals' }).click();
    await page.getByRole('heading', { level: 1, name: 'Workbook' }).waitFor();
    const composer = page.getByRole('region', { name: 'Add a goal' });
    await composer.getByLabel('Goal', { exact: true }).fill(LONG_GOAL);
    await composer.getByLabel('Long-term').check();
    await composer.getByLabel('Type').selectOption('leadership');
    await composer.getByRole('button', { name: 'Add goal' }).click();
    await page.locator('article.goal-card').first().waitFor();
    await composer.getByLabel('Goal', { exact: true }).fill(SHORT_GOAL);
    await composer.getByLabel('Short-term').check();
    await composer.getByRole('button', { name: 'Add goal' }).click();
    const shortCard = page.locator('article.goal-card').nth(1);
    await shortCard.waitFor();
    await shortCard.getByLabel('Timeframe').fill('within 12 months');
    await shortCard.getByRole('button', { name: '+ Add a step' }).click();
    await shortCard.getByLabel('Step 1', { exact: true }).fill('Finish the SQL course');
    await shortCard.getByLabel('The long-term goal it leads to').selectOption({ label: LONG_GOAL });
    await expect
      .poll(async () => (await call<{ horizon: string; servesGoalId: string | null; steps: unknown[] }[]>(app.server, 'GET', '/api/goals')).find((g) => g.horizon === 'short'))
      .toMatchObject({ steps: [{ text: 'Finish the SQL course' }] });

    // Target: the job supports the goals.
    await page.getByRole('link', { name: 'Next: match them to the job' }).click();
    await page.getByRole('heading', { level: 1, name: 'Target' }).waitFor();
    await page.getByTestId('supported').waitFor();

    // Studio: draft from the goals, analyze, save the attempt.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Answer studio' }).click();
    await page.getByRole('heading', { level: 1, name: 'Answer studio' }).waitFor();
    await page.getByRole('button', { name: 'Draft from my goals' }).click();
    const editor = page.getByLabel('Your answer', { exact: true });
    await expect.poll(() => editor.inputValue()).toContain('Power BI');
    await editor.press('End');
    await page.keyboard.type(' I want the ward managers to make faster decisions from their data.');
    await page.getByRole('button', { name: 'Analyze', exact: true }).click();
    await page.getByTestId('score').waitFor();
    await page.getByRole('button', { name: 'Save attempt' }).click();
    await page.getByRole('button', { name: 'Saved to Progress' }).waitFor();
    const drafted = await editor.inputValue();

    // Mock interview, typed: one question, then the interviewer's follow-up.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mock interview' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mock interview' }).waitFor();
    await page.getByLabel('Let me choose').check();
    await page.getByRole('checkbox', { name: 'Why do you want to work at this company?' }).check();
    await page.getByLabel('Typing').check();
    await page.getByRole('button', { name: 'Start the interview' }).click();
    await page.getByRole('button', { name: 'Start answering' }).click();
    const mockAnswer =
      'Your mentoring programme and the clinical data work drew me here. In my first year I want to finish the Power BI certification and automate the weekly ward report, and in five years lead an analytics team that helps ward managers decide faster.';
    await page.getByLabel('Your answer', { exact: true }).fill(mockAnswer);
    await page.getByRole('button', { name: 'Finish answer' }).click();
    await page.getByRole('heading', { name: 'Feedback: Why do you want to work at this company?' }).waitFor();
    const next = page.getByRole('button', { name: /Answer the follow-up|See the summary/ });
    if ((await next.textContent()) === 'Answer the follow-up') {
      await next.click();
      await page.getByRole('button', { name: 'Start answering' }).click();
      await page.getByLabel('Your answer', { exact: true }).fill('I would start with the SQL course this quarter and ask a senior analyst to review my first dashboards.');
      await page.getByRole('button', { name: 'Finish answer' }).click();
      await page.getByRole('button', { name: 'See the summary' }).click();
    } else await next.click();
    await page.getByRole('heading', { name: 'How the interview went' }).waitFor();

    // Progress: both attempts are there.
    await page.getByRole('link', { name: 'See your progress' }).click();
    await page.getByRole('heading', { level: 1, name: 'Progress' }).waitFor();
    await page.getByTestId('score-chart').waitFor();
    await expect.poll(() => page.getByTestId('attempt').count()).toBeGreaterThanOrEqual(2);

    // Prep sheet: download the PDF.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Prep sheet' }).click();
    await page.locator('article.prep-sheet').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
    const pdf = await readPdf(new Uint8Array(await readFile(await download.path())));
    expect(pdf.pages).toBe(1);
    const text = pdf.lines.join(' ');
    expect(text).toContain('Prep sheet: Data analyst at Harbour Health');
    expect(text).toContain(LONG_GOAL);
    expect(text).toContain('Finish the SQL course');
    expect(text).toContain('Why do you want to work at this company?');
    expect(text).toContain('Your mentoring programme and the clinical data work drew me here.');
    expect(text).toContain(drafted.split('.')[0]!);
    expect(text).toContain('Follow-ups to prepare');
    expect(text).toContain('Red flags to avoid');

    errors.assertNone();
    await close();
  }, 240_000);
});
