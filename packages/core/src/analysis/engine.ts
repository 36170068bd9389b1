/**
 * The analyzer's pipeline, in explicit small steps:
 * parse → rules → filter (confirm, then suppress and clamp) → dedupe → sort → score (on horizons without the timeframes a
 * leaving_soon flag points at; then strengths, follow-ups, metrics).
 */
import { tokenize, type Doc } from '../text/tokenize.js';
import { RULES } from '../rules/index.js';
import type { Rule } from '../rules/rule.js';
import type { Analysis, AnalysisInput, ElementResult, Flag, FlagId, Severity } from '../types.js';
import { buildContext, type Context } from './context.js';
import { score } from './score.js';
import { findStrengths } from './strengths.js';
import { findFollowups } from './followups.js';
import { measure } from './metrics.js';
import { parseIsoDate } from '../goals/dates.js';
import { confirmFlags } from './confirm.js';

export interface AnalyzeOptions {
  /** Let the corpus-trained model clear unlikely judgement flags (analysis/confirm.ts); off to see the rules alone. */
  confirm?: boolean;
}

/** Flags that make others redundant: with no goal at all, a missing horizon or plan says nothing new. */
const SUPPRESSES: Partial<Record<FlagId, FlagId[]>> = {
  no_goals: ['no_short_term', 'no_long_term', 'no_plan', 'unclear'],
};

const SEVERITY_RANK: Record<Severity, number> = { serious: 0, moderate: 1, minor: 2 };

/** Analyze one answer. Pure and synchronous; never throws on any input. */
export function analyze(input: AnalysisInput, rules: readonly Rule[] = RULES, options: AnalyzeOptions = {}): Analysis {
  const answer = typeof input?.answer === 'string' ? input.answer : input?.answer == null ? '' : String(input.answer);
  const doc = tokenize(answer);
  const today = parseIsoDate(input?.today);
  if (today) doc.today = { year: today.year, month: today.month };
  const context = buildContext(doc, input ?? { answer });
  const found = runRules(doc, context, rules);
  const flags = sort(dedupe(filter(options.confirm === false ? found : confirmFlags(found, doc), answer.length)));
  const lines = lineStarts(answer);
  for (const flag of flags) {
    [flag.line, flag.column] = position(lines, flag.start);
    flag.text = answer.slice(flag.start, flag.end);
  }
  const judged = withoutLeaving(context, flags);
  return {
    flags,
    elements: judged.elements,
    score: score(flags, judged.elements, judged, doc.wordCount),
    strengths: findStrengths(doc, judged, flags),
    followups: findFollowups(doc, judged, flags),
    metrics: measure(doc),
    questionId: context.question?.id ?? null,
  };
}

function runRules(doc: Doc, context: Context, rules: readonly Rule[]): Flag[] {
  const flags: Flag[] = [];
  for (const rule of rules) {
    for (const f of rule.check(doc, context)) {
      flags.push({
        id: rule.id,
        severity: f.severity ?? rule.meta.severity,
        start: f.start,
        end: f.end,
        line: 0,
        column: 0,
        text: '',
        message: f.message,
        suggestion: f.suggestion,
      });
    }
  }
  return flags;
}

/**
 * The words a leaving_soon flag points at tell when the speaker would leave, not a goal's horizon: "move on after a
 * year or so" is no short-term goal. Their timeframes come out of the short- and long-term evidence (an element left
 * with none is absent). Done after the rules, since only the leaving_soon rule can tell a departure.
 */
function withoutLeaving(context: Context, flags: Flag[]): Context {
  const leaving = flags.filter((f) => f.id === 'leaving_soon');
  if (leaving.length === 0) return context;
  const outside = ({ evidence }: ElementResult): ElementResult => {
    const kept = evidence.filter(([start, end]) => !leaving.some((f) => start < f.end && f.start < end));
    return { present: kept.length > 0, evidence: kept };
  };
  const { elements } = context;
  return { ...context, elements: { ...elements, short_term: outside(elements.short_term), long_term: outside(elements.long_term) } };
}

/** Drop suppressed flags and clamp ranges into the answer. */
function filter(flags: Flag[], length: number): Flag[] {
  const present = new Set(flags.map((f) => f.id));
  const suppressed = new Set([...present].flatMap((id) => SUPPRESSES[id] ?? []));
  return flags
    .filter((f) => !suppressed.has(f.id))
    .map((f) => {
      const start = clamp(f.start, 0, length);
      return { ...f, start, end: clamp(f.end, start, length) };
    });
}

/** One flag per id and place: overlapping findings of the same rule merge into the first. */
function dedupe(flags: Flag[]): Flag[] {
  const kept: Flag[] = [];
  const byId = new Map<FlagId, Flag[]>();
  for (const flag of [...flags].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const same = byId.get(flag.id) ?? [];
    if (same.some((k) => flag.start < k.end || (flag.start === k.start && flag.end === k.end))) continue;
    same.push(flag);
    byId.set(flag.id, same);
    kept.push(flag);
  }
  return kept;
}

function sort(flags: Flag[]): Flag[] {
  return flags.sort((a, b) => a.start - b.start || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.id.localeCompare(b.id));
}

const clamp = (n: number, lo: number, hi: number) => (Number.isFinite(n) ? Math.min(hi, Math.max(lo, Math.trunc(n))) : lo);

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of an offset, by binary search over line starts. */
function position(starts: number[], offset: number): [number, number] {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return [lo + 1, offset - starts[lo]! + 1];
}
