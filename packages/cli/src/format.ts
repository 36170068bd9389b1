/**
 * Human output: an analysis as a terminal report. ANSI colour only when stdout is a terminal
 * and NO_COLOR is not set; otherwise plain markers ([[flagged words]][1]) that survive a pipe,
 * a file or a screen reader.
 */
import { getQuestion, QUESTIONS, type Analysis, type ElementId, type Flag, type Question, type Severity } from '@trajectory/core';
import type { Io } from './command.js';

export interface Style {
  color: boolean;
  bold(text: string): string;
  dim(text: string): string;
  good(text: string): string;
  bad(text: string): string;
  severity(severity: Severity, text: string): string;
}

const sgr = (open: string) => (text: string) => `\x1b[${open}m${text}\x1b[0m`;
const SEVERITY_COLOR: Record<Severity, string> = { serious: '31', moderate: '33', minor: '36' };

export function style(color: boolean): Style {
  const plain = (text: string) => text;
  return {
    color,
    bold: color ? sgr('1') : plain,
    dim: color ? sgr('2') : plain,
    good: color ? sgr('32') : plain,
    bad: color ? sgr('31') : plain,
    severity: (severity, text) => (color ? sgr(`4;${SEVERITY_COLOR[severity]}`)(text) : text),
  };
}

/** Colour when writing to a terminal, unless NO_COLOR is set to anything (https://no-color.org). */
export function useColor(io: Pick<Io, 'stdout' | 'env'>): boolean {
  return io.stdout.isTTY === true && !io.env.NO_COLOR;
}

/** Control characters could move the cursor or recolour the terminal: keep only line breaks and tabs. */
export function printable(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const control = (code < 32 && code !== 10 && code !== 9) || (code >= 0x7f && code < 0xa0);
    if (!control) out += ch;
  }
  return out;
}

/** One line, cut at a word when long, in curly quotes. */
export function quote(text: string, max = 70): string {
  const t = printable(text).replace(/\s+/g, ' ').trim();
  if (t.length <= max) return `“${t}”`;
  const cut = t.lastIndexOf(' ', max);
  return `“${t.slice(0, cut > max / 2 ? cut : max)}…”`;
}

const ELEMENT_LABELS: Record<ElementId, string> = {
  short_term: 'Short-term goal',
  long_term: 'Long-term goal',
  plan: 'A plan to get there',
  alignment: 'Fit with this company and role',
  value: 'Value you would add',
};
const ELEMENT_ORDER: ElementId[] = ['short_term', 'long_term', 'plan', 'alignment', 'value'];

/** A flag about the answer as a whole (something missing) is listed, not highlighted. */
function isWholeAnswer(flag: Flag, answer: string): boolean {
  const first = answer.length - answer.trimStart().length;
  const last = answer.trimEnd().length;
  return flag.end <= flag.start || (flag.start <= first && flag.end >= last);
}

const SEVERITY_RANK: Record<Severity, number> = { serious: 0, moderate: 1, minor: 2 };

/** The answer with flagged words marked and numbered; overlapping flags share one mark. */
export function highlight(answer: string, flags: Flag[], s: Style): string {
  const marks: { start: number; end: number; numbers: number[]; severity: Severity }[] = [];
  const inline = flags.map((flag, i) => ({ flag, n: i + 1 })).filter(({ flag }) => !isWholeAnswer(flag, answer));
  inline.sort((a, b) => a.flag.start - b.flag.start || b.flag.end - a.flag.end);
  for (const { flag, n } of inline) {
    const last = marks[marks.length - 1];
    if (last && flag.start < last.end) {
      last.end = Math.max(last.end, flag.end);
      last.numbers.push(n);
      if (SEVERITY_RANK[flag.severity] < SEVERITY_RANK[last.severity]) last.severity = flag.severity;
    } else marks.push({ start: flag.start, end: flag.end, numbers: [n], severity: flag.severity });
  }
  let out = '';
  let at = 0;
  for (const m of marks) {
    out += printable(answer.slice(at, m.start));
    const words = printable(answer.slice(m.start, m.end));
    const note = `[${m.numbers.sort((a, b) => a - b).join(',')}]`;
    out += s.color ? `${s.severity(m.severity, words)}${s.dim(note)}` : `[[${words}]]${note}`;
    at = m.end;
  }
  return out + printable(answer.slice(at));
}

const indent = (text: string, by = '  ') => by + text.replace(/\n/g, `\n${by}`);

function duration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const sec = seconds % 60;
  return m > 0 ? `${m} min ${sec} s` : `${sec} s`;
}

export interface RenderOptions {
  /** A heading line, e.g. the file name. */
  title?: string;
}

export function renderAnalysis(analysis: Analysis, answer: string, s: Style, options: RenderOptions = {}): string {
  const question = analysis.questionId ? getQuestion(analysis.questionId) : undefined;
  const expects = new Set<ElementId>(question?.expects ?? ELEMENT_ORDER);
  const lines: string[] = [];
  const section = (title: string) => lines.push('', s.bold(title));

  if (options.title) lines.push(s.bold(options.title));
  lines.push(`Question: ${question ? `${question.text} ${s.dim(`(${question.id})`)}` : s.dim('not given or not recognised: judged as a general career-goals answer')}`);
  const scoreText = `${analysis.score}/100`;
  lines.push(`Score:    ${s.bold(analysis.score >= 70 ? s.good(scoreText) : analysis.score < 40 ? s.bad(scoreText) : scoreText)}`);

  section('Answer');
  lines.push(indent(highlight(answer.trim(), shiftFlags(analysis.flags, answer), s)));

  section('What works');
  if (analysis.strengths.length === 0) lines.push(s.dim('  Nothing to point to yet: see the elements and flags below.'));
  for (const strength of analysis.strengths) lines.push(`  ${s.good('✓')} ${printable(strength.message)}`);

  section('Elements of a good answer');
  const width = Math.max(...ELEMENT_ORDER.map((id) => ELEMENT_LABELS[id].length));
  for (const id of ELEMENT_ORDER) {
    const element = analysis.elements[id];
    const label = ELEMENT_LABELS[id].padEnd(width);
    const [first] = element?.evidence ?? [];
    const more = (element?.evidence.length ?? 0) > 1 ? s.dim(` +${element!.evidence.length - 1} more`) : '';
    if (element?.present) lines.push(`  ${s.good('✓')} ${label}  ${first ? quote(answer.slice(first[0], first[1]), 60) : ''}${more}`);
    else if (expects.has(id)) lines.push(`  ${s.bad('✗')} ${label}  ${s.dim('missing')}`);
    else lines.push(`  ${s.dim('·')} ${label}  ${s.dim('not needed for this question')}`);
  }

  section(analysis.flags.length === 0 ? 'Flags: none' : `Flags (${analysis.flags.length})`);
  analysis.flags.forEach((flag, i) => {
    const where = isWholeAnswer(flag, answer) ? 'the whole answer' : `line ${flag.line}, col ${flag.column}: ${quote(flag.text, 60)}`;
    lines.push(`  [${i + 1}] ${s.severity(flag.severity, flag.id)} ${s.dim(`(${flag.severity})`)} ${where}`);
    lines.push(`      ${printable(flag.message)}`);
    if (flag.suggestion) lines.push(`      → ${printable(flag.suggestion)}`);
  });

  section('Follow-up questions to prepare for');
  if (analysis.followups.length === 0) lines.push(s.dim('  None: there is nothing to follow up on yet.'));
  analysis.followups.forEach((f, i) => lines.push(`  ${i + 1}. ${printable(f.question)}`));

  section('Metrics');
  const m = analysis.metrics;
  const fillers = m.fillers.length === 0 ? 'none' : m.fillers.map((f) => `${f.phrase} ×${f.count}`).join(', ');
  lines.push(`  Words:         ${m.words} ${s.dim('(aim for 100–300)')}`);
  lines.push(`  Speaking time: about ${duration(m.speakingSeconds)} ${s.dim('(aim for 45 s–2 min)')}`);
  lines.push(`  Fillers:       ${fillers}`);
  if (m.repeatedPhrases.length > 0) lines.push(`  Repeated:      ${m.repeatedPhrases.map((r) => `${quote(r.phrase, 40)} ×${r.count}`).join(', ')}`);
  return `${lines.join('\n')}\n`;
}

/** Offsets into the trimmed answer (the report does not print the surrounding blank lines). */
function shiftFlags(flags: Flag[], answer: string): Flag[] {
  const lead = answer.length - answer.trimStart().length;
  const length = answer.trim().length;
  if (lead === 0 && length === answer.length) return flags;
  const clamp = (n: number) => Math.min(length, Math.max(0, n - lead));
  return flags.map((f) => ({ ...f, start: clamp(f.start), end: clamp(f.end) }));
}

export function renderQuestions(s: Style, questions: readonly Question[] = QUESTIONS): string {
  const width = Math.max(...questions.map((q) => q.id.length));
  const lines = questions.flatMap((q) => [`${s.bold(q.id.padEnd(width))}  ${q.text}`, `${' '.repeat(width)}  ${s.dim(`probes ${q.probes.join(', ')}; expects ${q.expects.join(', ')}`)}`]);
  return `${lines.join('\n')}\n`;
}
