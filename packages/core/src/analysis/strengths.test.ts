import { describe, expect, test } from 'vitest';
import { tokenize } from '../text/tokenize.js';
import type { ElementId } from '../questions.js';
import type { AnalysisInput, Elements, Flag, FlagId, Range } from '../types.js';
import { buildContext, type Context } from './context.js';
import { findStrengths } from './strengths.js';

/** Where `phrase` sits in `answer`, as evidence. */
function at(answer: string, phrase: string): Range {
  const start = answer.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the answer`);
  return [start, start + phrase.length];
}

function flagAt(answer: string, id: FlagId, phrase?: string): Flag {
  const [start, end] = phrase ? at(answer, phrase) : [0, answer.length];
  return { id, severity: 'moderate', start, end, line: 1, column: start + 1, text: answer.slice(start, end), message: '', suggestion: '' };
}

/** Strengths with the elements given here (element evidence as phrases), so the tests do not depend on the element detector. */
function strengths(answer: string, found: Partial<Record<ElementId, string[]>> = {}, flags: Flag[] = [], input: Omit<AnalysisInput, 'answer'> = {}) {
  const doc = tokenize(answer);
  const elements = Object.fromEntries(
    (['short_term', 'long_term', 'plan', 'alignment', 'value'] as const).map((id) => [id, { present: (found[id] ?? []).length > 0, evidence: (found[id] ?? []).map((p) => at(answer, p)) }]),
  ) as Elements;
  const context: Context = { ...buildContext(doc, { answer, ...input }), elements, timeframes: [] };
  return findStrengths(doc, context, flags);
}

const ids = (list: ReturnType<typeof strengths>) => list.map((s) => s.id);
const texts = (answer: string, ranges: Range[]) => ranges.map(([s, e]) => answer.slice(s, e));

const GOOD = 'This year I will finish the cloud security course. In five years I want to lead the security operations team. I will volunteer for incident reviews to get there. Your mentoring program would help me grow, and I would bring my audit experience to your clients.';

describe('findStrengths', () => {
  test('an empty answer has no strengths', () => {
    expect(strengths('')).toEqual([]);
    expect(strengths(' \n\t ')).toEqual([]);
  });

  test('nothing is claimed without evidence', () => {
    expect(strengths('I like my job and I am good at it.')).toEqual([]);
  });

  test('each element present becomes a strength tied to its evidence', () => {
    const list = strengths(GOOD, {
      short_term: ['finish the cloud security course'],
      long_term: ['lead the security operations team'],
      plan: ['volunteer for incident reviews'],
      value: ['bring my audit experience to your clients'],
    });
    expect(ids(list)).toEqual(['horizons', 'plan', 'alignment', 'value', 'measurable']);
    const horizons = list.find((s) => s.id === 'horizons')!;
    expect(texts(GOOD, horizons.evidence)).toEqual(['finish the cloud security course', 'lead the security operations team']);
    // A short piece of evidence is quoted with its clause, so the message says what the goal is.
    expect(horizons.message).toContain('“This year I will finish the cloud security course”');
    expect(texts(GOOD, list.find((s) => s.id === 'plan')!.evidence)).toEqual(['volunteer for incident reviews']);
  });

  test('alignment names the company features the answer mentions', () => {
    const alignment = strengths(GOOD).find((s) => s.id === 'alignment')!;
    expect(texts(GOOD, alignment.evidence)).toContain('Your mentoring program');
    expect(alignment.message).toContain('“Your mentoring program”');
  });

  test('short- and long-term goals on the same words are not "kept apart"', () => {
    const answer = 'I want to become a senior analyst.';
    const list = strengths(answer, { short_term: ['become a senior analyst'], long_term: ['become a senior analyst'] });
    expect(ids(list)).toEqual(['long_term']);
  });

  test('concrete numbers and timeframes are a strength, pointing at them', () => {
    const answer = 'In my first year I want to cut the claims backlog by 25%, and in five years run the claims team.';
    const measurable = strengths(answer).find((s) => s.id === 'measurable')!;
    expect(texts(answer, measurable.evidence)).toEqual(['cut the claims backlog by 25%', 'five years']);
  });

  test('evidence a flag points at does not count', () => {
    const answer = 'In my first month I will double revenue for the whole company.';
    const flags = [flagAt(answer, 'unrealistic', 'double revenue for the whole company')];
    expect(ids(strengths(answer, { short_term: ['double revenue for the whole company'] }, flags))).toEqual([]);
  });

  test('goals in an answer flagged unclear are not praised', () => {
    const answer = 'Over the next couple of years I would like to be involved at a higher level, maybe.';
    const flags = [flagAt(answer, 'unclear', 'involved at a higher level, maybe')];
    expect(ids(strengths(answer, { short_term: ['Over the next couple of years'] }, flags))).not.toContain('short_term');
  });

  test('a moderate or serious flag spoils the evidence in its sentence', () => {
    const answer = 'In five years I want your job. This year I will finish the audit course.';
    const flags = [flagAt(answer, 'wants_interviewer_job', 'I want your job')];
    const measurable = strengths(answer, {}, flags).find((s) => s.id === 'measurable');
    expect(measurable).toBeUndefined();
    const minor = [{ ...flagAt(answer, 'cliche', 'I want your job'), severity: 'minor' as const }];
    expect(texts(answer, strengths(answer, {}, minor).find((s) => s.id === 'measurable')!.evidence)).toEqual(['five years']);
  });

  test('a contradicting flag cancels the strength', () => {
    const answer = 'I would bring fresh ideas, but mostly I want the training and perks you give.';
    const flags = [flagAt(answer, 'self_focused', 'I want the training and perks you give')];
    expect(ids(strengths(answer, { value: ['bring fresh ideas'] }))).toEqual(['value']);
    expect(ids(strengths(answer, { value: ['bring fresh ideas'] }, flags))).toEqual([]);
  });

  test('a length of 100–300 words is a strength; rambling or a bare answer is not', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => (i % 12 === 11 ? 'work.' : 'work')).join(' ');
    expect(ids(strengths(words(150)))).toEqual(['length']);
    expect(strengths(words(150)).find((s) => s.id === 'length')?.message).toBe('At 150 words (about 64 seconds spoken), the answer is to the point.');
    expect(ids(strengths(words(60)))).toEqual([]);
    expect(ids(strengths(words(320)))).toEqual([]);
    expect(ids(strengths(words(150), {}, [flagAt(words(150), 'rambling')]))).toEqual([]);
  });

  test('a missed-goal answer with a real lesson leads with it', () => {
    const answer = 'I did not pass the licensing exam on my first attempt. It taught me to plan revision weeks ahead, and I passed in the spring.';
    const list = strengths(answer, { plan: ['plan revision weeks ahead'] }, [], { question: 'missed-goal' });
    expect(list[0]?.id).toBe('lesson');
    expect(texts(answer, list[0]!.evidence)).toEqual(['I did not pass the licensing exam on my first attempt', 'It taught me to plan revision weeks ahead, and I passed in the spring']);
  });

  test('a missed-goal story that blames others earns no praise', () => {
    const answer = 'I did not get promoted within a year. It taught me nothing; my manager blocked it.';
    const flags = [flagAt(answer, 'blames_others', 'my manager blocked it')];
    expect(strengths(answer, { short_term: ['promoted within a year'] }, flags, { question: 'missed-goal' })).toEqual([]);
  });

  test('elements the question does not ask for are not praised', () => {
    const answer = 'I did not pass the exam. Since then I revise every week, and I want to lead a team later.';
    const found = { plan: ['revise every week'], value: ['lead a team later'] };
    expect(ids(strengths(answer, found, [], { question: 'missed-goal' }))).toEqual(['lesson']);
    expect(ids(strengths(answer, found, [], { question: 'further-education' }))).toEqual(['plan', 'value', 'lesson']);
    expect(ids(strengths(answer, found, [], { question: 'why-company' }))).toEqual(['value', 'lesson']);
  });

  test('no lesson is claimed when the miss is dodged', () => {
    const answer = "I've never really missed a goal. I learned long ago to aim at what I can hit.";
    const flags = [flagAt(answer, 'evasive', "I've never really missed a goal")];
    expect(ids(strengths(answer, {}, flags, { question: 'missed-goal' }))).not.toContain('lesson');
  });
});
