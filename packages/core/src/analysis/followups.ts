/**
 * The questions a seasoned interviewer would ask of THIS answer (DOMAIN.md §6): each probes a
 * phrase the candidate said — a course, leading people, a five-year goal, a number, a company
 * feature, a vague or clichéd phrase, a missed goal — and quotes it back. When the answer gives
 * too little to probe, the question bank's own follow-ups fill in, tied to the whole answer.
 */
import type { Doc } from '../text/tokenize.js';
import { wholeAnswer } from '../text/helpers.js';
import { getQuestion, type QuestionKind } from '../questions.js';
import type { Flag, Followup } from '../types.js';
import type { Context } from './context.js';
import { findMentions, oneLine, type Mention, type MentionKind } from './mentions.js';

export const MAX_FOLLOWUPS = 4;
const MIN_FOLLOWUPS = 2;

type ProbeKind = Exclude<MentionKind, 'lesson'> | 'vague';

interface Candidate {
  kind: ProbeKind;
  priority: number;
  start: number;
  end: number;
  text: string;
  /** Builds the question: only the few candidates choose() reaches are worded (quoting is most of the cost). */
  ask: () => string;
}

/** How useful each kind of probe is in general: testing a long-term goal is the classic follow-up. */
const BASE_PRIORITY: Record<ProbeKind, number> = {
  long_term: 60,
  course: 55,
  leadership: 50,
  number: 45,
  vague: 42,
  company_feature: 38,
  missed: 30,
};

/** What the question asks for makes some probes the obvious next question. */
const KIND_BOOST: Partial<Record<QuestionKind, Partial<Record<ProbeKind, number>>>> = {
  long_view: { long_term: 40 },
  learning: { course: 40 },
  company: { company_feature: 40 },
  missed_goal: { missed: 70 },
};

export function findFollowups(doc: Doc, context: Context, flags: Flag[]): Followup[] {
  if (doc.wordCount === 0) return [];
  const boost = KIND_BOOST[context.kind] ?? {};
  // Vagueness weighs more for experienced people (DOMAIN.md §5): the interviewer will push on it.
  const seniority = context.experience === 'experienced' || context.experience === 'senior' ? 15 : 0;
  // A pay figure already flagged as money focus is not a target worth measuring, and words
  // flagged as vague or clichéd get the "what does that mean concretely?" probe instead of another.
  const money = flags.filter((f) => f.id === 'money_focus');
  const vague = flags.filter((f) => f.id === 'unclear' || f.id === 'cliche');
  const hits = (list: Flag[], r: { start: number; end: number }) => list.some((f) => r.start < f.end && f.start < r.end);
  const mentions = findMentions(doc, context).filter((m) => !(m.kind === 'number' && hits(money, m)) && !hits(vague, m.focus));
  // "I mentor our two new starters" already answers "what have you done so far to lead?": probe that, not a later aim.
  const leadsNow = mentions.some((m) => m.kind === 'leadership' && m.already);
  const probed = leadsNow ? mentions.filter((m) => m.kind !== 'leadership' || m.already) : mentions;
  const candidates: Candidate[] = [];
  for (const m of firstOfEachKind(probed, PER_KIND)) {
    const c = fromMention(doc, m);
    if (c) candidates.push(c);
  }
  fromFlags(doc, flags, context.kind, candidates);
  for (const c of candidates) c.priority += (boost[c.kind] ?? 0) + (c.kind === 'vague' ? seniority : 0);

  const chosen = choose(candidates);
  if (chosen.length < MIN_FOLLOWUPS) chosen.push(...fallback(doc, context, chosen, MIN_FOLLOWUPS - chosen.length));
  return chosen;
}

/** Within a kind the earlier mention wins, so a few per kind are enough: this keeps a huge answer cheap. */
const PER_KIND = 2 * MAX_FOLLOWUPS;

function firstOfEachKind(mentions: Mention[], limit: number): Mention[] {
  const count = new Map<MentionKind, number>();
  return mentions.filter((m) => {
    const n = count.get(m.kind) ?? 0;
    count.set(m.kind, n + 1);
    return n < limit;
  });
}

/** How many questions of one kind: one "why that field?" is enough, but two vague phrases may each deserve a probe. */
const KIND_LIMIT: Partial<Record<ProbeKind, number>> = { vague: 2 };

/** Most useful first, each kind at most its limit, no two of one kind on the same words, no repeats. */
function choose(candidates: Candidate[]): Followup[] {
  candidates.sort((a, b) => b.priority - a.priority || a.start - b.start);
  const chosen: (Followup & { kind: ProbeKind })[] = [];
  for (const c of candidates) {
    if (chosen.length === MAX_FOLLOWUPS) break;
    let same = 0;
    let clash = false;
    for (const k of chosen) {
      if (k.kind !== c.kind) continue;
      same++;
      if (c.start < k.end && k.start < c.end) clash = true;
    }
    if (same >= (KIND_LIMIT[c.kind] ?? 1) || clash) continue;
    const question = c.ask();
    if (chosen.some((k) => k.question === question)) continue;
    chosen.push({ question, start: c.start, end: c.end, text: c.text, kind: c.kind });
  }
  return chosen.map(({ question, start, end, text }) => ({ question, start, end, text }));
}

function fromMention(doc: Doc, m: Mention): Candidate | null {
  const kind = m.kind;
  if (kind === 'lesson') return null;
  const text = doc.text.slice(m.start, m.end);
  return { start: m.start, end: m.end, text, kind, priority: BASE_PRIORITY[kind], ask: () => questionAbout(doc, m, kind, text) };
}

/** The question a mention calls for, quoting the candidate's words back. */
function questionAbout(doc: Doc, m: Mention, kind: Exclude<MentionKind, 'lesson'>, text: string): string {
  switch (kind) {
    case 'course':
      // A course under way has answered "why that field?" by being chosen: ask what it has given so far.
      return m.already
        ? `You mentioned ${named(doc, m)} — how far along are you, and what from it have you already put to use?`
        : `You mentioned ${named(doc, m)} — why that field, and how will it serve your goals and this company?`;
    case 'leadership':
      // "I already mentor two juniors" has answered "what have you done so far": ask what it taught them.
      return m.already
        ? `You said you ${quote(text)} — what has that taught you about leading people?`
        : `You mentioned ${quote(text)} — what have you done so far to lead, and who have you mentored?`;
    case 'long_term':
      return `You said ${quote(text)} — what would have to happen in your first year to get there?`;
    case 'number':
      return `You mentioned ${quote(text)} — how would you measure that, and what would you do if you missed it?`;
    case 'company_feature':
      return isPlural(text)
        ? `You mentioned ${named(doc, m)} — what do you know about them, and why do they matter to you?`
        : `You mentioned ${named(doc, m)} — what do you know about it, and why does it matter to you?`;
    case 'missed':
      return `You said ${quote(text)} — what did you learn from it, and what would you change if you set that goal again?`;
  }
}

/** Flags worth probing: a vague or clichéd phrase, a dodged or blamed miss. */
function fromFlags(doc: Doc, flags: Flag[], kind: QuestionKind, out: Candidate[]): void {
  for (const f of flags) {
    if (f.id === 'unclear' || f.id === 'cliche') {
      const text = doc.text.slice(f.start, f.end);
      const ask = () => {
        const whole = wholeAnswer(doc);
        const wordsFlagged = countWords(text);
        const coversAnswer = f.start <= whole.start && f.end >= whole.end;
        return coversAnswer || wordsFlagged > 12 || wordsFlagged === 0
          ? 'Your answer stays general — what would it mean for you concretely, a year from now?'
          : `You said ${quote(text)} — what does that mean for you concretely?`;
      };
      // An unclear aim is a bigger gap than a stock phrase: probe it first.
      out.push({ start: f.start, end: f.end, text, kind: 'vague', priority: BASE_PRIORITY.vague + (f.id === 'unclear' ? 6 : 0), ask });
    } else if (f.id === 'blames_others') {
      const text = doc.text.slice(f.start, f.end);
      out.push({ start: f.start, end: f.end, text, kind: 'missed', priority: BASE_PRIORITY.missed + 5, ask: () => `You put it down to ${quote(text)} — which part of it was in your hands, and what would you change?` });
    } else if (f.id === 'evasive' && kind === 'missed_goal') {
      const text = doc.text.slice(f.start, f.end);
      out.push({ start: f.start, end: f.end, text, kind: 'missed', priority: BASE_PRIORITY.missed + 5, ask: () => 'Tell me about a goal you really did miss — what did you learn from it, and what would you do differently?' });
    }
  }
}

/** The question bank's follow-ups for this question (or the general one), tied to the whole answer. */
function fallback(doc: Doc, context: Context, chosen: Followup[], count: number): Followup[] {
  const question = context.question ?? getQuestion('career-goals')!;
  const whole = wholeAnswer(doc);
  const asked = chosen.map((c) => ({ question: c.question, words: new Set(contentWords(c.question)) }));
  return question.followups
    .filter((q) => !asked.some((c) => c.question === q || isMostlyIn(q, c.words)))
    .slice(0, count)
    .map((q) => ({ question: q, start: whole.start, end: whole.end, text: doc.text.slice(whole.start, whole.end) }));
}

/** The content words of a question (longer than three letters), lower-cased. */
const contentWords = (text: string) => text.toLowerCase().split(/[^a-z']+/).filter((w) => w.length > 3);
/** The bank's questions are few and fixed: their words are split once, not on every analysis. */
const bankWords = new Map<string, string[]>();

/** Does a bank question mostly repeat one already asked (its content words `have`: "what would have to happen in the first year…")? */
function isMostlyIn(question: string, have: Set<string>): boolean {
  let mine = bankWords.get(question);
  if (!mine) bankWords.set(question, (mine = contentWords(question)));
  return mine.length > 0 && mine.filter((w) => have.has(w)).length / mine.length >= 0.6;
}

/**
 * A course or a company feature named as the interviewer would say it: "a data engineering
 * certificate", "your degree", "our mentoring program"; quoted when it has no article.
 */
function named(doc: Doc, m: Mention): string {
  const text = oneLine(doc.text.slice(m.start, m.end));
  const rest = text.slice(text.indexOf(' ') + 1);
  if (m.opener === 'a' || m.opener === 'an' || m.opener === 'the') return text;
  if (m.opener === 'my') return `your ${rest}`;
  if (m.opener !== null && m.kind === 'company_feature') return `our ${rest}`; // the interviewer speaks for the company
  if (m.kind === 'company_feature') return /^\S+['’]s /.test(text) ? text : `the ${text}`; // "Northwind's graduate scheme"
  return quote(text);
}

/** "your values", "our products": a last word in -s (not "-ss", "-us"). */
function isPlural(text: string): boolean {
  const last = text.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
  return last.length > 3 && last.endsWith('s') && !last.endsWith('ss') && !last.endsWith('us') && !last.endsWith("'s");
}

const MAX_QUOTE = 90;

/** Quote the candidate's words, on one line, cut at a word when long. */
function quote(text: string): string {
  let t = oneLine(text);
  if (t.length > MAX_QUOTE) {
    const cut = t.lastIndexOf(' ', MAX_QUOTE);
    t = `${t.slice(0, cut > 30 ? cut : MAX_QUOTE)}…`;
  }
  return `“${t}”`;
}

function countWords(text: string): number {
  let n = 0;
  for (const part of text.split(/\s+/)) if (part) n++;
  return n;
}
