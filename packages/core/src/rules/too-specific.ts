import type { Rule, Finding } from './rule.js';
import { tokenIndexAt, type Doc, type Token } from '../text/tokenize.js';
import { phraseMatcherOf } from '../text/tagged.js';
import { VOCAB } from '../vocab/generated.js';

/** Job titles by level (job-titles.yml) and role nouns (role-nouns.yml): a title counts written any way, a role noun only capitalised. */
const ROLES = phraseMatcherOf<'title' | 'role'>([
  ...VOCAB['role-nouns'].map((e) => ({ phrase: e.phrase, value: 'role' as const })),
  ...VOCAB['job-titles'].map((e) => ({ phrase: e.phrase, value: 'title' as const })),
]);
/** Words that make a role the speaker's own promotion: "I will be", "appointed", "hold the title". */
const BECOMING = new Set(['be', 'become', 'becoming', 'appointed', 'promoted', 'title', 'hold', 'as', 'made', 'make', 'named', "i'll", 'will', 'to']);
const OTHER_OWNER = new Set(['your', 'our', 'their', 'his', 'her', 'my']);
const ARTICLES = new Set(['a', 'an', 'the']);
/** Nouns that end the name of a qualification rather than a post: "Associate Diploma", "Practitioner Certificate". */
const AWARDS = new Set([
  'diploma', 'certificate', 'certification', 'degree', 'course', 'programme', 'program', 'qualification', 'award', 'apprenticeship', 'module', 'exam', 'exams',
  'level', 'levels', 'paper', 'papers', 'stage', 'stages',
]);

const capitalised = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && t.text.charCodeAt(0) >= 65 && t.text.charCodeAt(0) <= 90;

/** The end of a title written out in full: "Senior Manager of Payments", "Staff Engineer, Ledger Platform", "Officer (PO3), Net Zero". */
function fullTitleEnd(doc: Doc, last: number): number {
  const { tokens } = doc;
  const sentence = tokens[last - 1]!.sentence;
  let end = last;
  for (let steps = 0; steps < 8 && end < tokens.length && tokens[end]!.sentence === sentence; steps++) {
    const t = tokens[end]!;
    const next = tokens[end + 1];
    if (capitalised(t)) end++;
    else if ((t.norm === 'of' || t.norm === 'for') && capitalised(next)) end += 2;
    else if ((t.text === ',' || t.text === '(' || t.text === ')') && (capitalised(next) || (next && next.text === ')') || t.text === ')')) end++;
    else if (t.kind === 'number' && tokens[end - 1]?.text === '(') end++;
    else break;
  }
  while (end > last && tokens[end - 1]!.kind === 'punct' && tokens[end - 1]!.text !== ')') end--;
  return end;
}

/** "I hold EPA Universal", "we hold the contract": what the speaker holds now, not a post to come ("I'll hold the title"). */
function holdsNow(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.norm === 'hold' && PRESENT_HOLDERS.has(tokens[i - 1]?.norm ?? '');
}
const PRESENT_HOLDERS = new Set(['i', 'we', 'already', 'currently', 'still']);

/** Is there a becoming word ("I will be", "appointed") within six words before token `at`, in its sentence? */
function becomingBefore(doc: Doc, at: number): boolean {
  const { tokens } = doc;
  for (let i = at - 1; i >= 0 && i >= at - 6 && tokens[i]!.sentence === tokens[at]!.sentence; i--) {
    if (BECOMING.has(tokens[i]!.norm) && !holdsNow(tokens, i)) return true;
  }
  return false;
}


/** The span nearest the tokens [at, end) in a list sorted by position: a binary search and its two neighbours. */
function nearest(spans: TitleSpan[], at: number, end: number): TitleSpan {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.first < at) lo = mid + 1;
    else hi = mid;
  }
  const before = spans[lo - 1];
  const after = spans[lo];
  if (!before) return after!;
  if (!after) return before;
  return at - before.last <= after.first - end ? before : after;
}

interface TitleSpan {
  first: number;
  last: number;
}

/**
 * The titles the speaker names as their own, by sentence: a job title or a capitalised role after
 * "I will be", "appointed", "promoted to"; or a title written out in capitals ("Regional Fleet
 * Manager", "Fleet Technical Superintendent") that holds a role word or follows such a verb.
 */
function titlesBySentence(doc: Doc): Map<number, TitleSpan[]> {
  const { tokens } = doc;
  const out = new Map<number, TitleSpan[]>();
  const add = (first: number, last: number) => {
    // "the CIPD Level 5 Associate Diploma", "the PRINCE2 Practitioner exam": a name that ends in, or is followed by,
    // a course or award is a qualification, not a post.
    if (AWARDS.has(tokens[last - 1]!.norm) || AWARDS.has(tokens[last]?.norm ?? '')) return;
    const sentence = tokens[first]!.sentence;
    const list = out.get(sentence);
    if (list) list.push({ first, last });
    else out.set(sentence, [{ first, last }]);
  };
  const roleAt = new Set<number>();
  for (const m of ROLES.match(doc)) {
    for (let i = m.first; i < m.last; i++) roleAt.add(i);
    if (OTHER_OWNER.has(tokens[m.first - 1]?.norm ?? '')) continue;
    if (m.value === 'role' && !capitalised(tokens[m.first])) continue;
    if (becomingBefore(doc, m.first)) add(m.first, fullTitleEnd(doc, m.last));
  }
  // Titles in capitals: runs of two or more capitalised words inside a sentence.
  for (let i = 0; i < tokens.length; i++) {
    if (!capitalised(tokens[i]) || doc.sentences[tokens[i]!.sentence]?.first === i) continue;
    let last = i + 1;
    let capitals = 1;
    let holdsRole = roleAt.has(i);
    while (last < tokens.length && tokens[last]!.sentence === tokens[i]!.sentence) {
      const t = tokens[last]!;
      if (capitalised(t)) capitals++;
      else if (!((t.norm === 'of' || t.norm === 'and' || t.norm === '&') && capitalised(tokens[last + 1]))) break;
      if (roleAt.has(last)) holdsRole = true;
      last++;
    }
    const before = ARTICLES.has(tokens[i - 1]?.norm ?? '') ? i - 2 : i - 1;
    const becoming = BECOMING.has(tokens[before]?.norm ?? '') && !holdsNow(tokens, before);
    if (capitals >= 2 && (holdsRole || becoming) && !OTHER_OWNER.has(tokens[i - 1]?.norm ?? '')) add(i, fullTitleEnd(doc, last));
    i = last - 1;
  }
  // "Principal" and "Consultant" found apart are one title: merge overlapping spans.
  for (const [sentence, list] of out) {
    const merged: TitleSpan[] = [];
    for (const t of list.sort((a, b) => a.first - b.first)) {
      const prev = merged[merged.length - 1];
      if (prev && t.first < prev.last) prev.last = Math.max(prev.last, t.last);
      else merged.push({ ...t });
    }
    out.set(sentence, merged);
  }
  return out;
}

export const tooSpecific: Rule = {
  id: 'too_specific',
  meta: {
    description: 'An exact title tied to an exact date: "by March 2027 I will be Senior Manager of X".',
    severity: 'moderate',
    docs: 'A date that names a month or a day, in the same sentence as a title: a job title or a capitalised role the speaker says they will be, be appointed or promoted to, or a title written out in capitals ("Regional Fleet Manager, North"). A broad aim with a timeframe ("within three years"), a profession with a date ("a qualified accountant by June") a qualification named in capitals ("the Associate Diploma this September"), a credential the speaker holds now ("I hold EPA Universal and finish a course in May"), a title and a date parted by a semicolon ("I\'ve passed the Management levels; the case study is in May"), or a title that another timeframe stands closer to ("by September I\'ll finish onboarding, and in three years be a team lead") is fine.',
  },
  check(doc, context) {
    const { tokens } = doc;
    const exact = context.timeframes.filter((t) => t.exactDate);
    if (exact.length === 0) return [];
    const titles = titlesBySentence(doc);
    const findings: Finding[] = [];
    for (const date of exact) {
      const at = tokenIndexAt(tokens, date.start);
      const inSentence = titles.get(tokens[at]?.sentence ?? -1);
      if (!inSentence) continue;
      // The title nearest the date: "on 1 April 2029 [Regional Fleet Manager]" and "[Head of Fleet] in January 2032".
      const title = nearest(inSentence, at, tokenIndexAt(tokens, date.end - 1) + 1);
      // "By September I'll finish onboarding, and in three years be a team lead": another timeframe between them takes the title.
      const from = Math.min(date.end, tokens[title.last - 1]!.end);
      const to = Math.max(date.start, tokens[title.first]!.start);
      if (context.timeframes.some((t) => t !== date && t.start >= from && t.end <= to)) continue;
      // "I've passed the Management levels; I'm sitting the case study in May": a semicolon parts two clauses.
      if (doc.text.slice(from, to).includes(';')) continue;
      findings.push({
        start: Math.min(date.start, tokens[title.first]!.start),
        end: Math.max(date.end, tokens[title.last - 1]!.end),
        message: 'An exact title on an exact date sounds rigid: plans change, and an interviewer may wonder what happens if the date slips.',
        suggestion: 'Keep the direction and loosen the date: "within about three years I would like to be leading…".',
      });
    }
    return findings;
  },
};
