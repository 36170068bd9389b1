/**
 * The answer studio in Chromium: draft from goals (both ways), edit, analyze, read the marks by mouse and by
 * keyboard, see evidence in the text, save an attempt; axe, screenshots, no console errors.
 */
import { describe, expect, test } from 'vitest';
import { assertNoHorizontalScroll, axeScan, openPage, PHONE, screenshot, useApp } from './harness.js';
import { ANSWER, call, seedJobSeeker } from './seed.js';

const app = useApp(seedJobSeeker);

describe('web: answer studio', () => {
  test('drafts from the goals both ways, analyzes, explains each mark on hover and focus, and saves an attempt', async () => {
    const { page, errors, close } = await openPage(app.browser, `${app.server.url}/studio?q=career-goals`);
    await page.getByRole('heading', { level: 1, name: 'Answer studio' }).waitFor();
    const editor = page.getByLabel('Your answer', { exact: true });

    // Draft: long-term first, then build up. Each fills the editor with an answer made of the goals, and feedback.
    await page.getByRole('button', { name: 'Draft from my goals' }).click();
    await expect.poll(() => editor.inputValue()).toContain('analytics team');
    const longFirst = await editor.inputValue();
    await page.getByRole('heading', { name: 'Your answer, marked' }).waitFor();
    await page.getByLabel('Build up').check();
    await page.getByRole('button', { name: 'Draft from my goals' }).click();
    await expect.poll(() => editor.inputValue()).not.toBe(longFirst);
    const buildUp = await editor.inputValue();
    expect(buildUp).toContain('Power BI');
    // The long-term goal comes first in one and later in the other.
    expect(longFirst.indexOf('analytics team')).toBeLessThan(longFirst.indexOf('Power BI'));
    expect(buildUp.indexOf('Power BI')).toBeLessThan(buildUp.indexOf('analytics team'));

    // Undo brings back what was there before the last draft.
    await page.getByRole('button', { name: 'Undo draft' }).click();
    await expect.poll(() => editor.inputValue()).toBe(longFirst);

    // A goal that is not specific yet stays out of the draft, and the studio says which and why.
    const vague = await call<{ id: string }>(app.server, 'POST', '/api/goals', { statement: 'get better at stuff', horizon: 'short', type: 'professional_development' });
    await page.getByRole('button', { name: 'Draft from my goals' }).click();
    const leftOut = page.getByRole('note').filter({ hasText: 'not specific yet' });
    await expect.poll(() => leftOut.textContent()).toContain('“get better at stuff”');
    expect(await editor.inputValue()).not.toContain('stuff');
    await call(app.server, 'DELETE', `/api/goals/${vague.id}`);
    await page.getByRole('button', { name: 'Undo draft' }).click();

    // Edit and analyze.
    await editor.fill(ANSWER);
    await page.getByRole('button', { name: 'Analyze', exact: true }).click();
    const score = page.getByTestId('score');
    await score.waitFor();
    expect(Number(await score.textContent())).toBeGreaterThan(0);

    // "team player" is marked; hovering shows its note, with the message and the fix.
    const mark = page.locator('mark[data-flag~="cliche"]').first();
    await expect(mark.textContent()).resolves.toBe('team player');
    const noteId = await mark.getAttribute('aria-describedby');
    const note = page.locator(`[id="${noteId}"]`);
    expect(await note.getAttribute('role')).toBe('tooltip');
    await expect(note.isVisible()).resolves.toBe(false);
    await mark.hover();
    await expect.poll(() => note.isVisible()).toBe(true);
    await expect(note.textContent()).resolves.toMatch(/Cliché.*Try:/s);
    await page.mouse.move(0, 0);
    await expect.poll(() => note.isVisible()).toBe(false);

    // By keyboard: Tab reaches the mark, focus shows the note, Escape hides it.
    await page.getByRole('heading', { name: 'Your answer, marked' }).click();
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('data-flag')?.includes('cliche') ?? false);
    }
    expect(reached).toBe(true);
    await expect.poll(() => note.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => note.isVisible()).toBe(false);

    // The five elements, with evidence that highlights its words in the answer.
    const elements = page.locator('.element');
    await expect(elements.count()).resolves.toBe(5);
    const present = page.locator('.element--present');
    expect(await present.count()).toBeGreaterThan(0);
    const evidence = page.locator('.element .evidence-quote').first();
    await evidence.click();
    await expect(evidence.getAttribute('aria-pressed')).resolves.toBe('true');
    const highlighted = await page.locator('.marked .evidence').allTextContents();
    expect(highlighted.join('').length).toBeGreaterThan(3);
    expect(ANSWER).toContain(highlighted.join(''));

    // Strengths and follow-ups are there.
    await expect(page.getByRole('heading', { name: 'Why this works' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.followups li').count()).resolves.toBeGreaterThan(0);

    // From the top: the sticky header covers whatever scrolled under it, which axe's target-size rule counts.
    await page.evaluate(() => window.scrollTo(0, 0));
    await axeScan(page, 'studio with feedback');
    await mark.focus();
    await axeScan(page, 'studio with a note open');

    // Save attempt: Progress reads it from the API.
    await page.getByRole('button', { name: 'Save attempt' }).click();
    await page.getByRole('button', { name: 'Saved to Progress' }).waitFor();
    const attempts = await call<{ answer: string; questionId: string; targetId: string | null }[]>(app.server, 'GET', '/api/attempts?questionId=career-goals');
    expect(attempts[0]).toMatchObject({ answer: ANSWER, questionId: 'career-goals' });
    expect(attempts[0]!.targetId).not.toBeNull();

    // The text is autosaved: a reload brings it back.
    await page.reload();
    await expect.poll(() => page.getByLabel('Your answer', { exact: true }).inputValue()).toBe(ANSWER);

    await page.getByRole('button', { name: 'Analyze', exact: true }).click();
    await page.getByTestId('score').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'studio');
    errors.assertNone();
    await close();
  }, 180_000);

  test('fits 360 px, and says where to go when there are no goals to draft from', async () => {
    const { page, errors, close } = await openPage(app.browser, `${app.server.url}/studio?q=five-years`, PHONE);
    await page.getByRole('heading', { level: 1, name: 'Answer studio' }).waitFor();
    await page.getByLabel('Your answer', { exact: true }).fill(ANSWER);
    await page.getByRole('button', { name: 'Analyze', exact: true }).click();
    await page.getByTestId('score').waitFor();
    await assertNoHorizontalScroll(page);
    // The picker switches the question (and the editor with it).
    await page.getByLabel('Question').selectOption('why-company');
    await expect.poll(() => page.url()).toContain('q=why-company');
    await expect.poll(() => page.getByLabel('Your answer', { exact: true }).inputValue()).toBe('');
    errors.assertNone();
    await close();

    // With the goals gone, drafting says what to do instead of failing quietly.
    const goals = await call<{ id: string }[]>(app.server, 'GET', '/api/goals');
    for (const goal of goals) await call(app.server, 'DELETE', `/api/goals/${goal.id}`);
    const second = await openPage(app.browser, `${app.server.url}/studio`);
    await second.page.getByRole('button', { name: 'Draft from my goals' }).click();
    const alert = second.page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('no goals');
    await expect(alert.getByRole('link', { name: /workbook/ }).count()).resolves.toBe(1);
    second.errors.assertNone([/status of 4\d\d .*\/api\/answers\/draft/]);
    await second.close();
  }, 120_000);
});
