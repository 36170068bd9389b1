/**
 * The mock interview in Chromium: typing where the browser cannot listen, the switch to typing when listening
 * fails (real headless Chromium, and a recognizer that reports "not-allowed" mid-answer), the timer's warning
 * and time-up, feedback only after the answer, the follow-up turn, the summary, and the attempts stored.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { assertNoHorizontalScroll, axeScan, openPage, PHONE, screenshot, useApp } from './harness.js';
import { ANSWER, call, seedJobSeeker } from './seed.js';

const app = useApp(seedJobSeeker);

/** A browser without speech recognition (Firefox, for one). */
const NO_SPEECH = () => {
  for (const name of ['SpeechRecognition', 'webkitSpeechRecognition']) {
    delete (window as unknown as Record<string, unknown>)[name];
    Object.defineProperty(window, name, { value: undefined, configurable: true });
  }
};

/** A recognizer that hears two phrases (one still unfinished), then is refused the microphone. */
const REFUSED_MID_ANSWER = () => {
  class FakeRecognition {
    continuous = false;
    interimResults = false;
    lang = '';
    onresult: ((event: unknown) => void) | null = null;
    onerror: ((event: { error: string }) => void) | null = null;
    onend: (() => void) | null = null;
    start() {
      const result = (transcript: string, isFinal: boolean) => Object.assign([{ transcript }], { isFinal });
      setTimeout(() => this.onresult?.({ resultIndex: 0, results: [result('in the next year I want to earn the Power BI certification', true), result('and mentor new analysts', false)] }), 200);
      setTimeout(() => {
        this.onerror?.({ error: 'not-allowed' });
        this.onend?.();
      }, 500);
    }
    stop() {
      this.onend?.();
    }
    abort() {}
  }
  Object.assign(window, { SpeechRecognition: FakeRecognition, webkitSpeechRecognition: FakeRecognition });
};

async function openMock(script?: () => void, viewport?: { width: number; height: number }) {
  const opened = await openPage(app.browser, 'about:blank', viewport);
  if (script) await opened.page.addInitScript(script);
  await opened.page.goto(`${app.server.url}/mock`);
  await opened.page.getByRole('heading', { level: 1, name: 'Mock interview' }).waitFor();
  return opened;
}

async function chooseQuestions(page: Page, texts: string[]) {
  await page.getByLabel('Let me choose').check();
  for (const text of texts) await page.getByRole('checkbox', { name: text }).check();
}

describe('web: mock interview', () => {
  test('where the browser cannot listen: typed answers, the timer, feedback after, the follow-up, the summary', async () => {
    const { page, errors, close } = await openMock(NO_SPEECH);
    await page.clock.install();

    // Setup says speaking is not available and offers typing.
    await expect(page.getByTestId('speech-unsupported').textContent()).resolves.toContain('type your answers');
    await expect(page.getByLabel('Speaking').isDisabled()).resolves.toBe(true);
    await expect(page.getByLabel('Typing').isChecked()).resolves.toBe(true);
    await chooseQuestions(page, ['What are your career goals?']);
    await axeScan(page, 'mock setup');
    const before = await call<unknown[]>(app.server, 'GET', '/api/attempts');
    await page.getByRole('button', { name: 'Start the interview' }).click();

    // The question and a full clock; no feedback yet.
    await expect(page.getByRole('heading', { level: 2 }).first().textContent()).resolves.toBe('What are your career goals?');
    await expect(page.locator('.mock-turn__position').textContent()).resolves.toBe('Question 1 of 1');
    const timer = page.getByTestId('timer');
    await expect(timer.textContent()).resolves.toBe('2:00 left');
    await expect(page.getByRole('button', { name: 'Speak' }).isDisabled()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Start answering' }).click();
    const answer = page.getByLabel('Your answer', { exact: true });
    await answer.fill(ANSWER);
    await expect(page.getByText('Score').count()).resolves.toBe(0);
    await expect(page.getByTestId('timer-announcement').textContent()).resolves.toContain('Timer started');

    // At 90 seconds the timer warns, and says so to screen readers; at 2 minutes, time is up.
    await page.clock.fastForward(91_000);
    await expect.poll(() => page.locator('.timer').getAttribute('class')).toContain('timer--warning');
    await expect.poll(() => page.getByTestId('timer-announcement').textContent()).toContain('Start wrapping up');
    await expect(page.getByTestId('timer-announcement').getAttribute('aria-live')).resolves.toBe('assertive');
    await axeScan(page, 'mock answering');
    await screenshot(page, 'mock');
    await page.clock.fastForward(30_000);
    await expect.poll(() => page.locator('.timer').getAttribute('class')).toContain('timer--over');
    await expect.poll(() => page.getByTestId('timer-announcement').textContent()).toContain('Time is up');
    await page.getByRole('button', { name: 'Finish answer' }).click();

    // Feedback after the answer; the answer is stored as an attempt with its duration.
    await page.getByRole('heading', { name: 'Feedback: What are your career goals?' }).waitFor();
    const after = await call<{ id: string; answer: string; durationSeconds: number | null }[]>(app.server, 'GET', '/api/attempts');
    expect(after.length).toBe(before.length + 1);
    expect(after[0]).toMatchObject({ answer: ANSWER });
    expect(after[0]!.durationSeconds).toBeGreaterThanOrEqual(120);
    const attempt = await call<{ analysis: { followups: { question: string }[] } }>(app.server, 'GET', `/api/attempts/${after[0]!.id}`);
    const followup = attempt.analysis.followups[0]!.question;
    await axeScan(page, 'mock feedback');

    // The interviewer's follow-up is the next turn.
    await page.getByRole('button', { name: 'Answer the follow-up' }).click();
    await expect(page.locator('.mock-turn__position').textContent()).resolves.toBe('The interviewer follows up');
    await expect(page.locator('#mock-question').textContent()).resolves.toContain(followup);
    await page.getByRole('button', { name: 'Start answering' }).click();
    await page.clock.fastForward(40_000);
    await page
      .getByLabel('Your answer', { exact: true })
      .fill('Um, in my first year I would finish the certification, rebuild the weekly ward report as a dashboard, and ask a senior analyst to mentor me.');
    await page.getByRole('button', { name: 'Finish answer' }).click();
    await page.getByRole('button', { name: 'See the summary' }).click();

    // The summary: average score, pace from the measured time, fillers counted over the session.
    await page.getByRole('heading', { name: 'How the interview went' }).waitFor();
    const pace = Number(await page.getByTestId('summary-pace').evaluate((el) => el.firstChild?.textContent));
    expect(pace).toBeGreaterThan(10);
    expect(pace).toBeLessThan(60);
    expect(Number(await page.getByTestId('summary-fillers').textContent())).toBeGreaterThanOrEqual(2);
    await expect(page.locator('.mock-summary__turns li').count()).resolves.toBe(2);
    await expect(page.getByText('Pace (typed)').count()).resolves.toBe(1);
    // Only the main answer is an attempt: attempts belong to questions of the bank.
    expect((await call<unknown[]>(app.server, 'GET', '/api/attempts')).length).toBe(before.length + 1);
    await axeScan(page, 'mock summary');
    await screenshot(page, 'mock-summary');
    errors.assertNone();
    await close();
  }, 180_000);

  test('headless Chromium cannot listen: starting to speak switches to typing with a message', async () => {
    const { page, errors, close } = await openMock();
    await chooseQuestions(page, ['Why do you want to work at this company?']);
    await expect(page.getByLabel('Speaking').isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Start the interview' }).click();
    await page.getByRole('button', { name: 'Start answering' }).click();
    const message = page.getByTestId('speech-fallback');
    await message.waitFor({ timeout: 15_000 });
    await expect(message.getAttribute('role')).resolves.toBe('alert');
    await expect(message.textContent()).resolves.toMatch(/typing/);
    await expect(page.getByRole('button', { name: 'Type' }).getAttribute('aria-pressed')).resolves.toBe('true');
    // Focus went to the answer box; typing works.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('mock-answer');
    await page.keyboard.type('Your mentoring programme and the clinical data work are why I applied.');
    await page.getByRole('button', { name: 'Finish answer' }).click();
    await page.getByRole('heading', { name: /^Feedback:/ }).waitFor();
    errors.assertNone();
    await close();
  }, 120_000);

  test('a recognizer refused mid-answer: what was said is kept, typing goes on', async () => {
    const { page, errors, close } = await openMock(REFUSED_MID_ANSWER, PHONE);
    await chooseQuestions(page, ['What are your career goals?']);
    await page.getByLabel('The interviewer asks a follow-up after each answer').uncheck();
    await page.getByRole('button', { name: 'Start the interview' }).click();
    await page.getByRole('button', { name: 'Start answering' }).click();
    const message = page.getByTestId('speech-fallback');
    await message.waitFor();
    await expect(message.textContent()).resolves.toContain('did not allow the microphone');
    const answer = page.getByLabel('Your answer', { exact: true });
    // The finished phrase and the unfinished one are both in the answer.
    await expect.poll(() => answer.inputValue()).toBe('In the next year I want to earn the Power BI certification and mentor new analysts');
    await answer.press('End');
    await page.keyboard.type('. In five years I want to lead an analytics team here.');
    await assertNoHorizontalScroll(page);
    await page.getByRole('button', { name: 'Finish answer' }).click();
    await page.getByRole('heading', { name: /^Feedback:/ }).waitFor();
    const [latest] = await call<{ answer: string }[]>(app.server, 'GET', '/api/attempts?questionId=career-goals');
    expect(latest!.answer).toBe('In the next year I want to earn the Power BI certification and mentor new analysts. In five years I want to lead an analytics team here.');
    // With follow-ups off, the one question ends the interview.
    await page.getByRole('button', { name: 'See the summary' }).click();
    await page.getByRole('heading', { name: 'How the interview went' }).waitFor();
    await assertNoHorizontalScroll(page);
    errors.assertNone();
    await close();
  }, 120_000);

  test('a reload mid-interview loses nothing: the interview resumes with the typed answer', async () => {
    const { page, errors, close } = await openMock(NO_SPEECH);
    await chooseQuestions(page, ['What motivates you?', 'What are your career goals?']);
    await page.getByRole('button', { name: 'Start the interview' }).click();
    await page.getByRole('button', { name: 'Start answering' }).click();
    const typed = 'Seeing a dashboard I built change how a ward plans its week motivates me.';
    await page.getByLabel('Your answer', { exact: true }).fill(typed);
    await page.reload();
    await page.getByRole('heading', { name: 'Pick up where you stopped?' }).waitFor();
    await page.getByRole('button', { name: 'Resume the interview' }).click();
    await expect(page.locator('#mock-question').textContent()).resolves.toBe('What motivates you?');
    await page.getByRole('button', { name: 'Resume answering' }).click();
    await expect.poll(() => page.getByLabel('Your answer', { exact: true }).inputValue()).toBe(typed);
    // Discarding the unfinished interview starts afresh.
    await page.reload();
    await page.getByRole('button', { name: 'Discard it' }).click();
    await expect(page.getByRole('heading', { name: 'Pick up where you stopped?' }).count()).resolves.toBe(0);
    await page.reload();
    await page.getByRole('heading', { name: 'Set up the interview' }).waitFor();
    await expect(page.getByRole('heading', { name: 'Pick up where you stopped?' }).count()).resolves.toBe(0);
    errors.assertNone();
    await close();
  }, 120_000);
});
