import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze } from './engine.js';
import { renderScoringTable } from './score.js';

const GOOD =
  'My short-term goal is to pass the ACCA exams within the three years of the training contract, and in my first year I want to become someone a manager can send to a client with confidence. ' +
  'Long term, in about five years, I would like to specialise in charity audits, because I was treasurer of a student charity and saw how much good controls matter. ' +
  'To get there I will start the professional papers straight away and ask to be staffed on charity audits in my first busy season. ' +
  'Your firm audits more than a hundred charities, which is why this role fits. ' +
  "What I'd bring is careful, complete working papers and a real interest in the sector.";

describe('score', () => {
  test('a good clean answer scores 80 or more', () => {
    const result = analyze({ answer: GOOD, question: 'career-goals', experience: 'graduate' });
    expect(result.flags).toEqual([]);
    expect(result.score).toBeGreaterThanOrEqual(80);
  });

  test('each flag lowers the score, and a bad answer lands clearly lower', () => {
    const good = analyze({ answer: GOOD, question: 'career-goals', experience: 'graduate' }).score;
    const unrealistic = analyze({ answer: GOOD + ' In two years I plan to be the CEO of the firm.', question: 'career-goals', experience: 'graduate' }).score;
    const vague = analyze({ answer: 'I guess I want something in management maybe. I will see where it goes.', question: 'career-goals', experience: 'experienced' }).score;
    expect(unrealistic).toBeLessThan(good);
    expect(vague).toBeLessThan(50);
  });

  test('experience weighs the same gap differently', () => {
    const answer = 'In my first year I want to be trusted with the ledger, and in five years I would like to be a finance manager here.';
    const graduate = analyze({ answer, question: 'career-goals', experience: 'graduate' });
    const senior = analyze({ answer, question: 'career-goals', experience: 'senior' });
    expect(graduate.flags.map((f) => f.id)).toContain('no_plan');
    expect(senior.score).toBeLessThan(graduate.score);
  });

  test('the base rests on what the question asks for', () => {
    const answer =
      'What motivates me is a customer problem solved for good: the moment a client stops calling about the same fault because we found its cause. ' +
      'What that means for you is clients who renew, and a support queue that shrinks month by month.';
    expect(analyze({ answer, question: 'motivation' }).score).toBeGreaterThanOrEqual(80);
    expect(analyze({ answer, question: 'career-goals' }).score).toBeLessThan(60);
  });

  test('a very brief answer loses points for its brevity, even with every element', () => {
    const brief = 'In two years I want to lead the support team. Longer term I want to manage the department. I am doing a management course and I would help your team grow.';
    const result = analyze({ answer: brief, question: 'career-goals', role: 'Support analyst' });
    expect(Object.values(result.elements).filter((e) => e.present).length).toBe(5);
    expect(result.flags).toEqual([]);
    expect(result.score).toBeLessThan(90);
    expect(result.score).toBeGreaterThan(60);
  });

  test('always between 0 and 100', () => {
    const awful = 'Um, like, basically I want your job, maybe, or something, in like two years, um, CEO. '.repeat(40);
    const score = analyze({ answer: awful, experience: 'senior' }).score;
    expect(score).toBeGreaterThanOrEqual(0);
    expect(analyze({ answer: '' }).score).toBeLessThanOrEqual(100);
  });

  test('docs/scoring.md shows the weights the code uses', () => {
    const doc = readFileSync(new URL('../../../../docs/scoring.md', import.meta.url), 'utf8');
    expect(doc).toContain(renderScoringTable());
  });
});
