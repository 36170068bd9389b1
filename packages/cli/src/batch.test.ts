import { describe, expect, test } from 'vitest';
import { analyzeLine, analyzeLines, jsonLine } from './batch.js';

describe('analyzeLine', () => {
  test('a good line: the id first, then the analysis', () => {
    const result = analyzeLine(JSON.stringify({ id: 'x', answer: 'I want to lead a team.', experience: 'senior' }), 1);
    expect(Object.keys(result)[0]).toBe('id');
    expect(result).toMatchObject({ id: 'x', metrics: { words: 6 } });
  });

  test.each([
    ['{"id": "a", "answer": 3}', 'a', 'line 4: "answer" must be a string'],
    ['{"id": {"n": 1}, "answer": "x"}', null, 'line 4: "id" must be a string or a number'],
    ['{"id": 9, "answer": "x", "role": 5}', 9, 'line 4: "role" must be a string'],
    ['null', null, 'line 4: expected a JSON object'],
    ['   ', null, 'line 4: empty line'],
  ])('%s → an error naming the line', (line, id, error) => {
    expect(analyzeLine(line, 4)).toEqual({ id, error });
  });

  test('null optional fields count as absent; command-line defaults fill them', () => {
    const result = analyzeLine('{"id": 1, "answer": "In five years I lead.", "question": null}', 1, { question: 'five-years' });
    expect(result).toMatchObject({ id: 1, questionId: 'five-years' });
  });

  test('a byte-order mark on the first line is ignored', () => {
    expect(analyzeLine('\ufeff{"id": 1, "answer": "x"}', 1)).toMatchObject({ id: 1 });
  });
});

describe('analyzeLines', () => {
  test('counts the lines and remembers which failed', async () => {
    const out: string[] = [];
    async function* lines() {
      yield '{"id": 1, "answer": "a"}';
      yield 'nope';
      yield '{"id": 3, "answer": "c"}';
    }
    const summary = await analyzeLines(lines(), async (text) => void out.push(text));
    expect(summary).toEqual({ lines: 3, failed: [2] });
    expect(out).toHaveLength(3);
    expect(out.every((l) => l.endsWith('\n') && !l.slice(0, -1).includes('\n'))).toBe(true);
  });

  test('line separators inside strings cannot split an output line', () => {
    const line = jsonLine({ text: 'a\u2028b\u2029c' });
    expect(line).toBe('{"text":"a\\u2028b\\u2029c"}');
    expect(JSON.parse(line)).toEqual({ text: 'a\u2028b\u2029c' });
  });
});
