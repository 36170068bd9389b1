/**
 * Rule tests as tables (after textlint-tester): `valid` answers must not raise the flag,
 * `invalid` ones must, at the expected words. Every flag of every case is also checked
 * for a possible range, so no rule can point outside the answer.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../src/analysis/engine.js';
import type { AnalysisInput, FlagId } from '../src/types.js';

export type Case = string | (AnalysisInput & { name?: string });
export interface InvalidCase extends AnalysisInput {
  name?: string;
  /** The flagged text (each must be found exactly as a flag of this id); omit to only require the flag. */
  found?: string[];
}

const input = (c: Case): AnalysisInput => (typeof c === 'string' ? { answer: c } : c);
const label = (c: Case) => (typeof c === 'string' ? c : (c.name ?? c.answer)).slice(0, 70);

export function ruleTester(id: FlagId, cases: { valid: Case[]; invalid: (string | InvalidCase)[] }) {
  describe(id, () => {
    for (const c of cases.valid) {
      test(`valid: ${label(c)}`, () => {
        const result = analyze(input(c));
        expectPossibleRanges(input(c).answer, result.flags);
        expect(result.flags.filter((f) => f.id === id)).toEqual([]);
      });
    }
    for (const raw of cases.invalid) {
      // A plain string is an answer with no other input, as in `valid`.
      const c: InvalidCase = typeof raw === 'string' ? { answer: raw } : raw;
      test(`invalid: ${label(c)}`, () => {
        const result = analyze(c);
        expectPossibleRanges(c.answer, result.flags);
        const mine = result.flags.filter((f) => f.id === id);
        expect(mine.length, `expected ${id}`).toBeGreaterThan(0);
        for (const text of c.found ?? []) expect(mine.map((f) => f.text)).toContainEqual(text);
      });
    }
  });
}

export function expectPossibleRanges(answer: string, flags: { start: number; end: number; text: string; line: number; column: number }[]) {
  for (const f of flags) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThanOrEqual(f.start);
    expect(f.end).toBeLessThanOrEqual(answer.length);
    expect(f.text).toBe(answer.slice(f.start, f.end));
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.column).toBeGreaterThanOrEqual(1);
  }
}
