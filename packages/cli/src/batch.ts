/**
 * Batch analysis over JSON Lines: exactly one output line per input line, in order. A line
 * that cannot be analysed becomes {"id", "error": "line N: …"} in its place, and the rest go on.
 */
import { analyze, EXPERIENCE_LEVELS, parseIsoDate, type AnalysisInput, type ExperienceLevel } from '@trajectory/core';

export type LineResult = { id: string | number | null; error: string } | ({ id: string | number | null } & ReturnType<typeof analyze>);

/** Settings from the command line, used where a line does not give its own. */
export type Defaults = Omit<AnalysisInput, 'answer'>;

const OPTIONAL_TEXT = ['question', 'role', 'company', 'today'] as const;

/** Analyse one input line (1-based `n`); never throws. */
export function analyzeLine(line: string, n: number, defaults: Defaults = {}): LineResult {
  let value: unknown;
  try {
    value = JSON.parse(n === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line);
  } catch (error) {
    const detail = line.trim() === '' ? 'empty line' : `not valid JSON (${error instanceof Error ? error.message : String(error)})`;
    return { id: null, error: `line ${n}: ${detail}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { id: null, error: `line ${n}: expected a JSON object` };
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? record.id : null;
  const fail = (what: string) => ({ id, error: `line ${n}: ${what}` });

  if (record.id !== undefined && record.id !== null && id === null) return fail('"id" must be a string or a number');
  if (!('answer' in record)) return fail('missing "answer"');
  if (typeof record.answer !== 'string') return fail('"answer" must be a string');
  const input: AnalysisInput = { ...defaults, answer: record.answer };
  for (const key of OPTIONAL_TEXT) {
    const field = record[key];
    if (field === undefined || field === null) continue;
    if (typeof field !== 'string') return fail(`"${key}" must be a string`);
    input[key] = field;
  }
  if (input.today !== undefined && !parseIsoDate(input.today)) return fail('"today" must be a date as YYYY-MM-DD');
  if (record.experience !== undefined && record.experience !== null) {
    if (!EXPERIENCE_LEVELS.includes(record.experience as ExperienceLevel)) return fail(`"experience" must be one of ${EXPERIENCE_LEVELS.join(', ')}`);
    input.experience = record.experience as ExperienceLevel;
  }
  try {
    return { id, ...analyze(input) };
  } catch (error) {
    // The analyzer promises never to throw; if it does, this line reports it and the batch goes on.
    return fail(`analysis failed (${error instanceof Error ? error.message : String(error)})`);
  }
}

/**
 * One JSON value on one line. U+2028 and U+2029 are valid inside JSON strings but some line
 * readers split on them, so they are escaped: the output has exactly one line per result.
 */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(/[\u2028\u2029]/g, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'));
}

export interface BatchSummary {
  lines: number;
  failed: number[];
}

/** Analyse every line of `lines`, writing one JSON line per input line through `write`. */
export async function analyzeLines(lines: AsyncIterable<string>, write: (text: string) => Promise<void>, defaults: Defaults = {}): Promise<BatchSummary> {
  const summary: BatchSummary = { lines: 0, failed: [] };
  for await (const line of lines) {
    const n = ++summary.lines;
    const result = analyzeLine(line, n, defaults);
    if ('error' in result) summary.failed.push(n);
    await write(`${jsonLine(result)}\n`);
  }
  return summary;
}
