/**
 * Probes for the content rules: answers written fresh (not taken from the corpus) to check that the
 * vocabularies and logic generalise. Each case says whether one flag must be raised or must not be;
 * flag "*" means a good answer that none of the content rules may flag.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze } from '../src/analysis/engine.js';
import type { AnalysisInput, FlagId } from '../src/types.js';

interface Probe extends AnalysisInput {
  flag: FlagId | '*';
  expect: boolean;
}

const CONTENT: FlagId[] = ['money_focus', 'unprofessional', 'cliche', 'self_focused', 'wants_interviewer_job', 'leaving_soon', 'no_goals', 'irrelevant', 'misaligned', 'evasive', 'blames_others'];
const probes = JSON.parse(readFileSync(new URL('./probes/content-flags.json', import.meta.url), 'utf8')) as Probe[];

describe('content-rule probes', () => {
  for (const p of probes) {
    test(`${p.expect ? 'flags' : 'does not flag'} ${p.flag}: ${p.answer.slice(0, 60)}`, () => {
      const ids = new Set(analyze(p).flags.map((f) => f.id));
      if (p.flag === '*') expect(CONTENT.filter((id) => ids.has(id))).toEqual([]);
      else expect(ids.has(p.flag)).toBe(p.expect);
    });
  }
});
