/**
 * "Why this works": short statements about what the answer does well, each tied to the words
 * that show it. A strength is only claimed when its evidence survives: evidence a red flag
 * points at (an unrealistic number, an exact date) does not count, and a flag that contradicts
 * the strength (self_focused against "value") cancels it.
 */
import { tokenIndexAt, type Doc } from '../text/tokenize.js';
import { wholeAnswer } from '../text/helpers.js';
import type { ElementId } from '../questions.js';
import type { Flag, FlagId, Range, Strength } from '../types.js';
import type { Context } from './context.js';
import { findMentions, oneLine, type Mention } from './mentions.js';
import { WORDS_PER_MINUTE } from './metrics.js';

/** The length of an answer that is to the point (DOMAIN.md §4: about 45–120 seconds spoken). */
export const GOOD_LENGTH = { min: 100, max: 300 } as const;

/** Flags that contradict a strength outright. */
const CANCELLED_BY: Record<string, FlagId[]> = {
  horizons: ['no_goals', 'no_short_term', 'no_long_term', 'unclear'],
  short_term: ['no_goals', 'no_short_term', 'unclear'],
  long_term: ['no_goals', 'no_long_term', 'unclear'],
  plan: ['no_goals', 'no_plan'],
  alignment: ['no_goals', 'misaligned', 'irrelevant'],
  value: ['no_goals', 'self_focused'],
  measurable: ['no_goals', 'unclear'],
  lesson: ['evasive'],
  length: ['no_goals', 'rambling'],
};

/** A missed-goal answer that dodges the miss or blames others has nothing to praise: the story is the point. */
const SPOILS_A_MISS: FlagId[] = ['evasive', 'blames_others'];

export function findStrengths(doc: Doc, context: Context, flags: Flag[]): Strength[] {
  if (doc.wordCount === 0) return [];
  if (context.kind === 'missed_goal' && flags.some((f) => SPOILS_A_MISS.includes(f.id))) return [];
  const whole = wholeAnswer(doc);
  // Flags on the words themselves disqualify those words as evidence; flags about the whole answer (something missing) do not.
  // A moderate or serious flag spoils its whole sentence: "In five years I want your job" has no timeframe worth praising.
  const flagged = flags.filter((f) => f.end > f.start && !(f.start <= whole.start && f.end >= whole.end)).map((f) => (f.severity === 'minor' ? f : sentencesAround(doc, f)));
  const spoiled = mergedRanges(flagged);
  const clean = (ranges: Range[]) => ranges.filter(([s, e]) => e > s && !overlapsAny(spoiled, s, e));
  // An element the question does not ask for (a five-year picture in a missed-goal story) is not praised.
  const expected = (id: ElementId) => context.question === null || context.question.expects.includes(id);
  const evidence = (id: ElementId) => (context.elements[id]?.present && expected(id) ? clean(context.elements[id].evidence) : []);
  const mentions = findMentions(doc, context);
  const spans = (kind: Mention['kind']) => clean(mentions.filter((m) => m.kind === kind).map((m): Range => [m.start, m.end]));
  const say = (r: Range | undefined) => {
    if (!r) return '';
    const clause = clauseAround(doc, r);
    return ` (${quote(`${clause.cutLeft ? '…' : ''}${doc.text.slice(clause.start, clause.end)}`)})`;
  };

  const found: Strength[] = [];
  const bothHorizons = expected('short_term') || expected('long_term');
  const horizon = (id: ElementId) => (bothHorizons && context.elements[id]?.present ? clean(context.elements[id].evidence) : []);
  const short = horizon('short_term');
  const long = horizon('long_term');
  const apart = (a: Range[], b: Range[]) => a.filter((x) => !b.some((y) => x[0] < y[1] && y[0] < x[1]));
  if (apart(short, long).length > 0 && apart(long, short).length > 0) {
    const s = apart(short, long)[0];
    const l = apart(long, short)[0];
    found.push({ id: 'horizons', message: `Keeps a short-term goal${say(s)} apart from the long-term one${say(l)}, so the first reads as a step toward the second.`, evidence: [...short, ...long] });
  } else if (long.length > 0) {
    found.push({ id: 'long_term', message: `Gives a long-term direction${say(long[0])}.`, evidence: long });
  } else if (short.length > 0) {
    found.push({ id: 'short_term', message: `Names a near-term goal${say(short[0])}.`, evidence: short });
  }

  const plan = evidence('plan');
  if (plan.length > 0) found.push({ id: 'plan', message: `Says how you will get there${say(plan[0])}, not only where you want to be.`, evidence: plan });

  const alignment = evidence('alignment');
  const features = spans('company_feature');
  // Naming the company's programs is research, except in a story about the past, where it is beside the point.
  if (features.length > 0 && context.kind !== 'missed_goal' && context.kind !== 'reflective') {
    const byKey = new Map(features.map((r) => [doc.text.slice(r[0], r[1]).toLowerCase(), quote(doc.text.slice(r[0], r[1]))]));
    const named = [...byKey.values()].slice(0, 3);
    found.push({ id: 'alignment', message: `Shows you researched the company: names what it offers (${named.join(', ')}) and ties it to your goals.`, evidence: [...features, ...alignment] });
  } else if (alignment.length > 0) {
    found.push({ id: 'alignment', message: `Ties your goals to this company and role${say(alignment[0])}.`, evidence: alignment });
  }

  const value = evidence('value');
  if (value.length > 0) found.push({ id: 'value', message: `Says what you will add${say(value[0])}: what you will do for the company, not only what it will do for you.`, evidence: value });

  const numbers = spans('number');
  const concrete: Range[] = [];
  for (const t of context.timeframes) if (isConcrete(doc.text.slice(t.start, t.end))) concrete.push([t.start, t.end]);
  explicitDurations(doc, mentions, concrete);
  const times = dedupe(clean(concrete));
  if (numbers.length > 0 || times.length > 0) {
    const shown = (numbers.length > 0 && times.length > 0 ? [numbers[0]!, times[0]!] : [...numbers, ...times].slice(0, 2)).map((r) => quote(doc.text.slice(r[0], r[1])));
    const what =
      numbers.length > 0 && times.length > 0 ? 'numbers and timeframes on the goals'
      : numbers.length > 1 ? 'numbers on the goals'
      : numbers.length === 1 ? 'a number on the goal'
      : times.length > 1 ? 'timeframes on the goals'
      : 'a timeframe on the goal';
    found.push({ id: 'measurable', message: `Puts ${what} (${shown.join(', ')}), so progress can be checked.`, evidence: dedupe([...numbers, ...times]) });
  }

  const lessons = spans('lesson');
  const misses = spans('missed');
  if (lessons.length > 0 && (context.kind === 'missed_goal' || misses.length > 0)) {
    found.push({ id: 'lesson', message: `Owns a real miss and draws a lesson from it${say(lessons[0])}.`, evidence: [...misses, ...lessons] });
  }

  if (doc.wordCount >= GOOD_LENGTH.min && doc.wordCount <= GOOD_LENGTH.max) {
    const seconds = Math.round((doc.wordCount / WORDS_PER_MINUTE) * 60);
    found.push({ id: 'length', message: `At ${doc.wordCount} words (about ${seconds} seconds spoken), the answer is to the point.`, evidence: [[whole.start, whole.end]] });
  }

  const present = new Set(flags.map((f) => f.id));
  const kept = found.filter((s) => !(CANCELLED_BY[s.id] ?? []).some((id) => present.has(id)));
  // In a missed-goal answer the lesson is the point, so it leads.
  return context.kind === 'missed_goal' ? [...kept.filter((s) => s.id === 'lesson'), ...kept.filter((s) => s.id !== 'lesson')] : kept;
}

/** The sentences a flag touches, as one range (found by binary search: a long answer can carry thousands of flags). */
function sentencesAround(doc: Doc, flag: Flag): { start: number; end: number } {
  const first = doc.tokens[tokenIndexAt(doc.tokens, flag.start)];
  let lastIndex = tokenIndexAt(doc.tokens, flag.end - 1);
  if ((doc.tokens[lastIndex]?.start ?? Infinity) >= flag.end) lastIndex--;
  const last = doc.tokens[lastIndex];
  const start = first ? Math.min(flag.start, doc.sentences[first.sentence]!.start) : flag.start;
  const end = last ? Math.max(flag.end, doc.sentences[last.sentence]!.end) : flag.end;
  return { start, end };
}

/** Ranges sorted and merged where they overlap, so that overlapsAny can search them. */
function mergedRanges(ranges: { start: number; end: number }[]): Range[] {
  const merged: Range[] = [];
  for (const { start, end } of [...ranges].sort((a, b) => a.start - b.start)) {
    const top = merged[merged.length - 1];
    if (top && start < top[1]) top[1] = Math.max(top[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Does [start, end) overlap any of the sorted, disjoint `ranges`? */
function overlapsAny(ranges: Range[], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]![1] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length && ranges[lo]![0] < end;
}

const CALENDAR_UNITS = ['year', 'month', 'week', 'quarter', 'spring', 'summer', 'autumn', 'fall', 'winter'];

/** "within a year", "by 2030", "in 18 months" can be checked; "one day", "in the long term", "eventually" cannot. */
function isConcrete(text: string): boolean {
  const lower = text.toLowerCase();
  return /\d/.test(lower) || CALENDAR_UNITS.some((unit) => lower.includes(unit));
}

/** Long-term phrases with a number in them ("in five years"), not "one day" or "eventually": added to `out`. */
function explicitDurations(doc: Doc, mentions: Mention[], out: Range[]): void {
  for (const m of mentions) {
    if (m.kind !== 'long_term') continue;
    for (let i = m.first; i < m.last; i++) {
      const t = doc.tokens[i]!;
      const next = doc.tokens[i + 1];
      if ((t.kind === 'number' || NUMBER_WORDS.has(t.norm)) && next && UNITS.has(next.norm)) out.push([t.start, next.end]);
    }
  }
}

const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'eighteen', 'twenty']);
const UNITS = new Set(['years', 'months', 'year', 'month']);

/** Ranges in text order, without those inside an earlier one. Sorts `ranges` in place: callers pass a fresh array. */
function dedupe(ranges: Range[]): Range[] {
  const sorted = ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let reach = -1;
  return sorted.filter(([, end]) => {
    if (end <= reach) return false;
    reach = end;
    return true;
  });
}

const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '(', ')', '.', '!', '?']);

/**
 * The clause around a piece of evidence, for quoting: a bare marker such as "short-term" or
 * "you'd get" says little, the clause it sits in says what the goal or the offer is.
 */
function clauseAround(doc: Doc, [start, end]: Range): { start: number; end: number; cutLeft: boolean } {
  const { tokens } = doc;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  let last = first;
  while (last < tokens.length && tokens[last]!.start < end) last++;
  if (first >= tokens.length || last - first >= 6) return { start, end, cutLeft: false };
  const sentence = tokens[first]!.sentence;
  const isBreak = (i: number) => tokens[i] === undefined || tokens[i]!.sentence !== sentence || (tokens[i]!.kind === 'punct' && CLAUSE_BREAKS.has(tokens[i]!.text));
  let a = first;
  while (a > 0 && first - a < 8 && !isBreak(a - 1)) a--;
  let b = last;
  while (b < tokens.length && b - last < 10 && !isBreak(b)) b++;
  // A bare marker ("Longer term,") says little: read on past commas to what it introduces.
  const words = (from: number, to: number) => {
    let n = 0;
    for (let i = from; i < to; i++) if (tokens[i]!.kind !== 'punct') n++;
    return n;
  };
  if (words(a, b) < 4) while (b < tokens.length && b - a < 16 && tokens[b]!.sentence === sentence && !(tokens[b]!.kind === 'punct' && tokens[b]!.text !== ',')) b++;
  return { start: Math.min(start, tokens[a]!.start), end: Math.max(end, tokens[b - 1]!.end), cutLeft: a > 0 && !isBreak(a - 1) };
}

function quote(text: string): string {
  const t = oneLine(text);
  const cut = t.length > 70 ? `${t.slice(0, t.lastIndexOf(' ', 70) > 20 ? t.lastIndexOf(' ', 70) : 70)}…` : t;
  return `“${cut}”`;
}
