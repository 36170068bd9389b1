import { describe, expect, test } from 'vitest';
import { QUESTIONS } from '@trajectory/core';
import { fakeIo } from '../../test/fake-io.js';
import { run } from '../main.js';

describe('questions', () => {
  test('lists every question with its id, wording and what it probes', async () => {
    const { io, stdout } = fakeIo();
    expect(await run(['questions'], io)).toBe(0);
    for (const q of QUESTIONS) {
      expect(stdout()).toContain(q.id);
      expect(stdout()).toContain(q.text);
      expect(stdout()).toContain(`probes ${q.probes.join(', ')}`);
    }
  });

  test('--json prints the bank', async () => {
    const { io, stdout } = fakeIo();
    expect(await run(['questions', '--json'], io)).toBe(0);
    expect(JSON.parse(stdout())).toEqual(JSON.parse(JSON.stringify(QUESTIONS)));
  });

  test('takes no arguments', async () => {
    const { io, stderr } = fakeIo();
    expect(await run(['questions', 'five-years'], io)).toBe(2);
    expect(stderr()).toContain("Error: questions: unexpected argument 'five-years'");
  });
});
