/** Reads the labelled corpus (corpus/GUIDELINES.md describes it). */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExperienceLevel, FlagId } from '../packages/core/src/index.js';

export interface LabelledAnswer {
  id: string;
  label: 'good' | 'bad';
  flags: FlagId[];
  question?: string;
  role?: string;
  company?: string;
  experience?: ExperienceLevel;
  answer: string;
  spans?: Partial<Record<FlagId, string[]>>;
  note?: string;
  /** Where it came from: part/file:line. */
  source: string;
}

export type Part = 'dev' | 'test';
export const corpusDir = fileURLToPath(new URL('../corpus', import.meta.url));

export function loadCorpus(part: Part): LabelledAnswer[] {
  const dir = join(corpusDir, part);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((file) =>
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (line.trim() ? [{ ...(JSON.parse(line) as LabelledAnswer), source: `${part}/${file}:${i + 1}` }] : [])),
    );
}
