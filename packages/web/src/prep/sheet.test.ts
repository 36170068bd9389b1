import { describe, expect, it } from 'vitest';
import type { Analysis, Flag } from '@trajectory/core';
import type { GoalResponse } from '../api.js';
import { buildSheet, type PrepAnswer } from './sheet.js';

const check = { pass: true, reason: '', suggestion: '' };
const goal = (over: Partial<GoalResponse>): GoalResponse => ({
  id: 'g',
  statement: 'A goal',
  horizon: 'long',
  type: 'leadership',
  timeframe: null,
  targetDate: null,
  measure: null,
  steps: [],
  servesGoalId: null,
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
  check: { specific: check, measurable: check, realistic: check, planned: check, passed: true },
  ...over,
});

const flag = (id: Flag['id'], severity: Flag['severity'], text: string, start = 5): Flag => ({
  id,
  severity,
  start,
  end: start + text.length,
  line: 1,
  column: 1,
  text,
  message: `${id} message`,
  suggestion: `${id} fix`,
});

const analysis = (flags: Flag[], followups: string[]): Analysis => ({
  flags,
  elements: {
    short_term: { present: true, evidence: [] },
    long_term: { present: true, evidence: [] },
    plan: { present: true, evidence: [] },
    alignment: { present: true, evidence: [] },
    value: { present: true, evidence: [] },
  },
  score: 72,
  strengths: [],
  followups: followups.map((question) => ({ question, start: 0, end: 1, text: 'x' })),
  metrics: { words: 10, sentences: 1, speakingSeconds: 4, fillers: [], repeatedPhrases: [] },
  questionId: 'career-goals',
});

const answer = (flags: Flag[], followups: string[]): PrepAnswer => ({
  questionId: 'career-goals',
  question: 'What are your career goals?',
  answer: 'I am a team player and the salary matters to me a great deal, in the long run.',
  analysis: analysis(flags, followups),
  source: 'attempt',
});

describe('buildSheet', () => {
  const input = {
    profile: { targetRole: 'Data analyst', company: null, experience: 'early' as const, updatedAt: null },
    target: null,
    today: '2026-11-22',
    goals: [
      goal({ id: 'short', horizon: 'short', statement: 'Earn the SQL certificate', timeframe: 'within a year', servesGoalId: 'long' }),
      goal({
        id: 'long',
        statement: 'Lead an analytics team',
        timeframe: 'in five years',
        steps: [
          { text: 'Mentor a junior', due: '2027-06-01', done: false },
          { text: 'Present to the board', due: null, done: true },
        ],
      }),
    ],
  };

  it('titles the sheet with the role and says when it was made', () => {
    const sheet = buildSheet({ ...input, answers: [] });
    expect(sheet.title).toBe('Prep sheet: Data analyst');
    expect(sheet.subtitle).toContain('Early career');
    expect(sheet.subtitle).toContain('22 November 2026');
  });

  it('shows each long-term goal, its steps, then the short-term goals that serve it', () => {
    const goals = buildSheet({ ...input, answers: [] }).sections.find((s) => s.id === 'goals')!.items;
    expect(goals.map((i) => [i.label, i.text, i.indent ?? 0])).toEqual([
      ['Long-term goal', 'Lead an analytics team (in five years)', 0],
      ['Step', 'Mentor a junior (by 1 June 2027)', 1],
      ['Done', 'Present to the board', 1],
      ['Short-term goal', 'Earn the SQL certificate (within a year)', 1],
    ]);
  });

  it('lists follow-ups once each, and red flags once per kind, the serious first, with what was said', () => {
    const sheet = buildSheet({
      ...input,
      answers: [
        answer([flag('cliche', 'minor', 'team player'), flag('money_focus', 'serious', 'the salary matters')], ['Why that course?']),
        answer([flag('cliche', 'moderate', 'team player')], ['why that course?', 'What would your first year look like?']),
      ],
    });
    const followups = sheet.sections.find((s) => s.id === 'followups')!.items.map((i) => i.text);
    expect(followups).toEqual(['Why that course?', 'What would your first year look like?']);
    const flags = sheet.sections.find((s) => s.id === 'redflags')!.items;
    expect(flags.map((i) => i.label)).toEqual(['About the money', 'Cliché']);
    expect(flags[0]!.text).toBe('money_focus fix You said “the salary matters”.');
    const answers = sheet.sections.find((s) => s.id === 'answers')!.items;
    expect(answers[0]).toMatchObject({ label: 'What are your career goals? (score 72)', long: true });
  });

  it('gives empty sections a line that says what to do', () => {
    const sheet = buildSheet({ ...input, goals: [], answers: [] });
    for (const section of sheet.sections) {
      expect(section.items).toEqual([]);
      expect(section.empty.length).toBeGreaterThan(10);
    }
  });
});
