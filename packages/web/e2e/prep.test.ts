/**
 * The prep sheet in Chromium: the page shows goals, answers, follow-ups and red flags; "Download PDF" fetches
 * pdf-lib only then and saves a one-page PDF with that text; the print view is one page too.
 */
import { describe, expect, test } from 'vitest';
import { assertNoHorizontalScroll, axeScan, openPage, PHONE, screenshot, useApp } from './harness.js';
import { readPdf } from '../src/prep/pdf-read.js';
import { ANSWER, call, seedJobSeeker } from './seed.js';

const LONG_ANSWER = `${ANSWER} `.repeat(4).trim();

const app = useApp(async (server) => {
  await seedJobSeeker(server);
  await call(server, 'POST', '/api/attempts', { questionId: 'career-goals', answer: 'I want a bigger salary and to be a team player.' });
  await call(server, 'POST', '/api/attempts', { questionId: 'career-goals', answer: ANSWER, durationSeconds: 70 });
  await call(server, 'POST', '/api/attempts', { questionId: 'five-years', answer: LONG_ANSWER });
  await call(server, 'POST', '/api/attempts', {
    questionId: 'why-company',
    answer: 'Honestly the pay is better than where I am, and I am a hard worker who wants to learn and grow with your mentoring programme.',
  });
});

describe('web: prep sheet', () => {
  test('shows the sheet, downloads a one-page PDF with its text, and prints on one page', async () => {
    const { page, errors, close } = await openPage(app.browser, 'about:blank');
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${app.server.url}/prep`);
    const sheet = page.locator('article.prep-sheet');
    await sheet.waitFor();

    // Latest attempt per question: the salary answer was replaced by a later one.
    const text = (await sheet.textContent()) ?? '';
    expect(text).toContain('Prep sheet: Data analyst at Harbour Health');
    expect(text).toContain('Lead an analytics team that supports clinical operations');
    expect(text).toContain('Short-term goal: Earn the Power BI data analyst certification');
    expect(text).toContain('Step: Finish the SQL course');
    expect(text).toContain('in the next year I want to, like, earn the Power BI certification');
    expect(text).not.toContain('bigger salary');
    expect(await sheet.locator('.prep-sheet__section--followups li').count()).toBeGreaterThan(0);
    expect(await sheet.locator('.prep-sheet__section--redflags li').count()).toBeGreaterThan(0);
    await axeScan(page, 'prep sheet');
    await screenshot(page, 'prep');

    // pdf-lib is not loaded until the PDF is asked for.
    const loadedBefore = scripts.length;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
    expect(scripts.length).toBeGreaterThan(loadedBefore);
    expect(download.suggestedFilename()).toBe('prep-sheet-data-analyst-at-harbour-health.pdf');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'one page' }).count()).toBe(1);

    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const bytes = new Uint8Array(await readFile(path));
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const pdf = await readPdf(bytes);
    expect(pdf.pages).toBe(1);
    const pdfText = pdf.lines.join('\n');
    for (const expected of [
      'Prep sheet: Data analyst at Harbour Health',
      'Goals and plan',
      'Lead an analytics team that supports clinical operations',
      'Tailored answers',
      'Follow-ups to prepare',
      'Red flags to avoid',
      'What are your career goals?',
    ]) {
      expect(pdfText).toContain(expected);
    }

    // Unticking an answer takes it off the sheet.
    await page.getByRole('checkbox', { name: /Where do you see yourself in five years/ }).uncheck();
    await expect.poll(async () => (await sheet.textContent())?.includes('Where do you see yourself in five years')).toBe(false);
    await page.getByRole('checkbox', { name: /Where do you see yourself in five years/ }).check();

    // The print view: only the sheet, on one page.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.app-header').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: 'Download PDF' }).isVisible()).resolves.toBe(false);
    const printed = await readPdf(new Uint8Array(await page.pdf({ format: 'A4' })));
    expect(printed.pages).toBe(1);
    const letter = await readPdf(new Uint8Array(await page.pdf({ format: 'Letter' })));
    expect(letter.pages).toBe(1);
    await page.emulateMedia({ media: 'screen' });

    errors.assertNone();
    await close();
  }, 180_000);

  test('fits 360 px', async () => {
    const { page, errors, close } = await openPage(app.browser, `${app.server.url}/prep`, PHONE);
    await page.locator('article.prep-sheet').waitFor();
    await assertNoHorizontalScroll(page);
    errors.assertNone();
    await close();
  }, 60_000);
});
