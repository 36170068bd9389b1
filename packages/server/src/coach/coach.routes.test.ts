import { expect, it } from 'vitest';
import { QUESTIONS, analyze, type Analysis } from '@trajectory/core';
import type { DraftAnswerResponse, QuestionItem } from '../api/schemas.js';
import { call, describeEachDialect } from '../../test/dialects.js';

describeEachDialect('questions, analyze and drafting', (ctx) => {
  it('lists the question bank', async () => {
    const res = await call<QuestionItem[]>(ctx.app, 'GET', '/api/questions');
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(QUESTIONS.length);
    expect(res.body[0]).toEqual({ id: QUESTIONS[0]!.id, text: QUESTIONS[0]!.text, probes: QUESTIONS[0]!.probes, expects: QUESTIONS[0]!.expects });
  });

  it('analyze gives exactly what the core gives for the same input', async () => {
    const input = { answer: 'I want to make money and I have not really thought about it.', question: 'career-goals', role: 'Nurse', experience: 'graduate' as const };
    const res = await call(ctx.app, 'POST', '/api/analyze', input);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(analyze({ ...input, today: '2026-03-02' }));
  });

  it('analyze measures timeframes from the server\'s date, or from the date given', async () => {
    // Three years ahead of the server's date (2026) is long-term; a year ahead of 2028 is short-term.
    const answer = 'By 2029 I want to lead a team of five engineers on the payments platform, and I am taking the leadership course to prepare.';
    const fromServerDate = await call<Analysis>(ctx.app, 'POST', '/api/analyze', { answer });
    expect(fromServerDate.body.elements.long_term.present).toBe(true);
    const fromGivenDate = await call<Analysis>(ctx.app, 'POST', '/api/analyze', { answer, today: '2028-03-01' });
    expect(fromGivenDate.body.elements.long_term.present).toBe(false);
    expect(fromGivenDate.body.elements.short_term.present).toBe(true);
    expect((await call(ctx.app, 'POST', '/api/analyze', { answer, today: '2028-13-01' })).body.error).toMatchObject({ code: 'invalid_body', field: 'today', message: 'today: must be a real date written YYYY-MM-DD' });
  });

  it('analyze rejects a missing answer and an unknown experience level', async () => {
    expect((await call(ctx.app, 'POST', '/api/analyze', {})).body.error).toMatchObject({ code: 'invalid_body', field: 'answer' });
    expect((await call(ctx.app, 'POST', '/api/analyze', { answer: 'x', experience: 'guru' })).body.error).toMatchObject({ field: 'experience' });
  });

  it('drafting needs goals first', async () => {
    const res = await call(ctx.app, 'POST', '/api/answers/draft', { questionId: 'career-goals' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('no_goals');
  });

  it('drafts an answer from the user\'s goals, with its analysis', async () => {
    await call(ctx.app, 'POST', '/api/goals', {
      statement: 'Lead a small analytics team',
      horizon: 'long',
      type: 'leadership',
      timeframe: 'within five years',
    });
    await call(ctx.app, 'POST', '/api/goals', {
      statement: 'Earn a certificate in data visualisation',
      horizon: 'short',
      type: 'education',
      timeframe: 'within a year',
      steps: [{ text: 'Enrol in the evening course' }],
    });
    const res = await call<DraftAnswerResponse>(ctx.app, 'POST', '/api/answers/draft', { questionId: 'career-goals', strategy: 'build-up', seed: 1 });
    expect(res.status).toBe(200);
    expect(res.body.answer.length).toBeGreaterThan(40);
    expect(res.body.answer.toLowerCase()).toContain('analytics team');
    expect(res.body.analysis).toEqual(analyze({ answer: res.body.answer, question: 'career-goals', today: '2026-03-02' }));
    const again = await call<DraftAnswerResponse>(ctx.app, 'POST', '/api/answers/draft', { questionId: 'career-goals', strategy: 'build-up', seed: 1 });
    expect(again.body.answer).toBe(res.body.answer);
    expect(res.body.leftOut).toEqual([]);
  });

  it('leaves a goal that is not specific yet out of the draft, and says which and why', async () => {
    const vague = await call<{ id: string }>(ctx.app, 'POST', '/api/goals', { statement: 'get better at stuff', horizon: 'short', type: 'professional_development' });
    await call(ctx.app, 'POST', '/api/goals', { statement: 'Lead a small analytics team', horizon: 'long', type: 'leadership', timeframe: 'within five years' });
    const res = await call<DraftAnswerResponse>(ctx.app, 'POST', '/api/answers/draft', { questionId: 'career-goals', seed: 2 });
    expect(res.status).toBe(200);
    expect(res.body.answer).not.toMatch(/stuff/);
    expect(res.body.answer.toLowerCase()).toContain('analytics team');
    expect(res.body.leftOut).toEqual([{ goalId: vague.body.id, statement: 'get better at stuff', reason: expect.stringContaining('no role, skill or result') }]);
  });

  it('drafting validates the question and the strategy', async () => {
    expect((await call(ctx.app, 'POST', '/api/answers/draft', { questionId: 'nope' })).body.error).toMatchObject({ field: 'questionId' });
    expect((await call(ctx.app, 'POST', '/api/answers/draft', { questionId: 'career-goals', strategy: 'random' })).body.error).toMatchObject({ field: 'strategy' });
  });
});
