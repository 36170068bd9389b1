import { describe, expect, test } from 'vitest';
import { analyze } from '@trajectory/core';
import { fakeIo } from '../../test/fake-io.js';
import { run } from '../main.js';
import { STRONG_ANSWER, WEAK_ANSWER } from './demo.js';

describe('demo', () => {
  test('walks through a weak and a strong answer and says how to try your own', async () => {
    const { io, stdout } = fakeIo();
    expect(await run(['demo'], io)).toBe(0);
    const out = stdout();
    expect(out.indexOf('Example 1: a weak answer')).toBeGreaterThan(0);
    expect(out.indexOf('Example 2: a strong answer')).toBeGreaterThan(out.indexOf('Example 1'));
    expect(out).toContain('npm run trajectory -- analyze');
    expect(out).not.toContain('\x1b[');
  });

  test('the examples are what they claim: a strong answer in the 100–300 word range with no red flags, a weak one with several', () => {
    const setting = { question: 'short-long-goals', role: 'Data analyst' };
    const strong = analyze({ ...setting, answer: STRONG_ANSWER });
    const weak = analyze({ ...setting, answer: WEAK_ANSWER });
    expect(strong.metrics.words).toBeGreaterThanOrEqual(100);
    expect(strong.metrics.words).toBeLessThanOrEqual(300);
    expect(strong.flags.filter((f) => f.severity !== 'minor')).toEqual([]);
    expect(weak.flags.length).toBeGreaterThanOrEqual(2);
    expect(strong.score).toBeGreaterThan(weak.score);
  });
});
