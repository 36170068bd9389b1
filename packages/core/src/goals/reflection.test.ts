import { describe, expect, test } from 'vitest';
import { REFLECTION_PROMPTS } from './reflection.js';

describe('REFLECTION_PROMPTS', () => {
  test('cover the seven prompts of the guide, each with a stable id', () => {
    expect(REFLECTION_PROMPTS.map((p) => p.id)).toEqual([
      'strengths',
      'want-to-master',
      'enjoy-most',
      'proudest',
      'appealing-roles',
      'opportunities',
      'skills-to-gain',
    ]);
  });

  test('every prompt is a question with a hint longer than the prompt', () => {
    for (const p of REFLECTION_PROMPTS) {
      expect(p.text.endsWith('?'), p.id).toBe(true);
      expect(p.hint.length, p.id).toBeGreaterThan(p.text.length);
      expect(p.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });
});
