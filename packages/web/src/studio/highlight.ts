/** Splits an answer into runs of text, each knowing which flags cover it, so the view can mark them. */
import type { Flag, Range, Severity } from '@trajectory/core';

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Flags whose range covers this run, most severe first. */
  flags: Flag[];
  /** True where the run is inside the evidence the reader asked to see. */
  evidence: boolean;
}

const RANK: Record<Severity, number> = { serious: 0, moderate: 1, minor: 2 };

/**
 * A flag about something missing (no plan, no long-term goal) points at the whole answer.
 * Marking every word would say nothing, so such flags are listed apart instead.
 */
export function isWholeAnswerFlag(flag: Flag, length: number): boolean {
  if (flag.end <= flag.start) return true;
  return flag.start <= 0 && flag.end >= length;
}

export function inlineFlags(flags: readonly Flag[], length: number): Flag[] {
  return flags.filter((f) => !isWholeAnswerFlag(f, length));
}

export function wholeAnswerFlags(flags: readonly Flag[], length: number): Flag[] {
  return flags.filter((f) => isWholeAnswerFlag(f, length));
}

export function bySeverity(a: Flag, b: Flag): number {
  return RANK[a.severity] - RANK[b.severity] || a.start - b.start;
}

/** Cuts `text` at every flag and evidence boundary; ranges outside the text are clamped. */
export function segment(text: string, flags: readonly Flag[], evidence: readonly Range[] = []): Segment[] {
  const length = text.length;
  const clamp = (n: number) => Math.max(0, Math.min(length, n));
  const marks = inlineFlags(flags, length).map((f) => ({ flag: f, start: clamp(f.start), end: clamp(f.end) }));
  const ranges = evidence.map(([s, e]) => [clamp(s), clamp(e)] as const).filter(([s, e]) => e > s);

  const cuts = new Set<number>([0, length]);
  for (const m of marks) cuts.add(m.start).add(m.end);
  for (const [s, e] of ranges) cuts.add(s).add(e);
  const points = [...cuts].sort((a, b) => a - b);

  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      flags: marks.filter((m) => m.start <= start && m.end >= end).map((m) => m.flag).sort(bySeverity),
      evidence: ranges.some(([s, e]) => s <= start && e >= end),
    });
  }
  return segments;
}

/** The words of each range, for lists of evidence ("in five years I want to lead…"). */
export function quote(text: string, [start, end]: Range, max = 90): string {
  const words = text.slice(Math.max(0, start), Math.max(start, end)).replace(/\s+/g, ' ').trim();
  return words.length > max ? `${words.slice(0, max - 1).trimEnd()}…` : words;
}

/**
 * Joins ranges that only a space or a comma separates ("Power" + "BI" + "certification"), so evidence reads
 * as phrases rather than as single words.
 */
export function mergeRanges(text: string, ranges: readonly Range[]): Range[] {
  const sorted = ranges.map(([s, e]) => [s, e] as Range).filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1] + 3 && /^[\s,;:-]*$/.test(text.slice(last[1], range[0]))) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
