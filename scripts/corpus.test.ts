/**
 * The corpus obeys its own guidelines (corpus/GUIDELINES.md): a mislabelled line would skew every
 * eval figure silently. Failures name the line (part/file:line), never a held-out answer's text.
 */
import { describe, expect, it } from 'vitest';
import { EXPERIENCE_LEVELS, FLAG_IDS, getQuestion, type FlagId } from '../packages/core/src/index.js';
import { loadCorpus, type LabelledAnswer } from './corpus.js';

const all = [...loadCorpus('dev'), ...loadCorpus('test')];
/** Flags that name something missing: they are labelled without a span. */
const MISSING: Partial<Record<FlagId, 'short_term' | 'long_term' | 'plan'>> = {
  no_short_term: 'short_term',
  no_long_term: 'long_term',
  no_plan: 'plan',
};

function problems(item: LabelledAnswer): string[] {
  const out: string[] = [];
  const flags = new Set(item.flags);
  if (flags.size !== item.flags.length) out.push('a flag is listed twice');
  if ((item.label === 'good') !== (item.flags.length === 0)) out.push(`label ${item.label} disagrees with ${item.flags.length} flags`);
  for (const id of item.flags) if (!FLAG_IDS.includes(id)) out.push(`unknown flag ${id}`);
  const question = item.question === undefined ? undefined : getQuestion(item.question);
  if (item.question !== undefined && !question) out.push(`unknown question ${item.question}`);
  if (item.experience !== undefined && !EXPERIENCE_LEVELS.includes(item.experience)) out.push(`unknown experience ${item.experience}`);
  for (const [id, element] of Object.entries(MISSING)) {
    if (!flags.has(id as FlagId)) continue;
    if (question && !question.expects.includes(element)) out.push(`${id} on a question that does not expect ${element}`);
    if (flags.has('no_goals')) out.push(`${id} together with no_goals`);
  }
  for (const [id, texts] of Object.entries(item.spans ?? {})) {
    if (!flags.has(id as FlagId)) out.push(`span for ${id}, which is not among the flags`);
    for (const text of texts ?? []) if (!item.answer.includes(text)) out.push(`a ${id} span is not in the answer`);
  }
  return out;
}

describe('the labelled corpus', () => {
  it('has unique ids', () => {
    const seen = new Map<string, string>();
    const clashes = all.flatMap((item) => {
      const before = seen.get(item.id);
      seen.set(item.id, item.source);
      return before ? [`${item.source} repeats the id of ${before}`] : [];
    });
    expect(clashes).toEqual([]);
  });

  it('labels every line as the guidelines say', () => {
    const found = all.flatMap((item) => problems(item).map((p) => `${item.source}: ${p}`));
    expect(found).toEqual([]);
  });

  it('meets the size the analyzer issue asks for', () => {
    const test = all.filter((item) => item.source.startsWith('test/'));
    for (const id of FLAG_IDS) {
      expect(all.filter((item) => item.flags.includes(id)).length, `positives of ${id}`).toBeGreaterThanOrEqual(10);
      // Enough held-out positives for the flag's test figures to mean something.
      expect(test.filter((item) => item.flags.includes(id)).length, `held-out positives of ${id}`).toBeGreaterThanOrEqual(3);
    }
    const good = all.filter((item) => item.label === 'good');
    expect(all.length).toBeGreaterThanOrEqual(250);
    expect(good.length).toBeGreaterThanOrEqual(80);
    expect(new Set(good.map((item) => item.role)).size).toBeGreaterThanOrEqual(30);
    expect(new Set(good.map((item) => item.experience))).toEqual(new Set(EXPERIENCE_LEVELS));
  });
});
