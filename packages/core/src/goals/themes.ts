/** Themes of a target (skills, responsibilities, what the employer offers) and of goals, read from the data. */
import type { Doc } from '../text/tokenize.js';
import { PhraseMatcher } from '../text/phrases.js';
import { VOCAB } from '../vocab/generated.js';
import type { GoalType } from './types.js';

/** 'offer': what the employer gives people to grow; 'work': what the role involves. */
export type ThemeKind = 'offer' | 'work';

const OFFERS = VOCAB['themes-offers'];
const WORK = VOCAB['themes-work'];
const BY_TYPE = VOCAB['goal-type-themes'];

const kinds = new Map<string, ThemeKind>();
for (const name of Object.keys(WORK)) kinds.set(name, 'work');
for (const name of Object.keys(OFFERS)) kinds.set(name, 'offer');

const matcher = new PhraseMatcher(
  [...Object.entries(OFFERS), ...Object.entries(WORK)].flatMap(([theme, phrases]) => phrases.map((phrase) => ({ phrase, value: theme }))),
);

export function themeKind(theme: string): ThemeKind {
  return kinds.get(theme) ?? 'work';
}

/** A theme name for people: "problem_solving" → "problem solving". */
export function themeLabel(theme: string): string {
  return theme.replaceAll('_', ' ');
}

/** The themes a goal type reaches whatever its words. */
export function typeThemes(type: GoalType | string | undefined): string[] {
  return (type && Object.hasOwn(BY_TYPE, type) ? BY_TYPE[type] : undefined) ?? [];
}

export interface ThemeHit {
  theme: string;
  kind: ThemeKind;
  /** The words that show it, as written (lower-cased unless an acronym), in order of first appearance. */
  words: string[];
}

/** Every theme the text touches, in order of first appearance. */
export function findThemes(doc: Doc): ThemeHit[] {
  const hits = new Map<string, ThemeHit>();
  let covered = -1;
  let longest = -1;
  let at = -1;
  // matchAll gives the longest first at each token: keep those (in every theme they belong to), skip what they cover.
  for (const m of matcher.matchAll(doc)) {
    if (m.first !== at) {
      if (m.first < covered) continue;
      at = m.first;
      longest = m.last;
      covered = m.last;
    } else if (m.last < longest) continue;
    let hit = hits.get(m.value);
    if (!hit) hits.set(m.value, (hit = { theme: m.value, kind: themeKind(m.value), words: [] }));
    const words = asWritten(doc, m.first, m.last);
    if (!hit.words.includes(words)) hit.words.push(words);
  }
  return [...hits.values()];
}

/**
 * The words of tokens [first, last) for use inside a sentence: a capital that only marks the start of a
 * sentence or a heading word is dropped ("Training" → "training"); names and acronyms keep theirs ("SQL", "Python").
 */
export function asWritten(doc: Doc, first: number, last: number): string {
  const words: string[] = [];
  for (let i = first; i < last; i++) {
    const token = doc.tokens[i]!;
    if (token.kind === 'punct') continue;
    const startsSentence = doc.sentences[token.sentence]?.first === i;
    const capitalizedOnly = /^[A-Z][a-z]/.test(token.text) && !/[A-Z]/.test(token.text.slice(1));
    const joined = i > first && doc.tokens[i - 1]!.end === token.start && words.length > 0;
    const text = capitalizedOnly && (startsSentence || isHeadingWord(doc, i)) ? token.text.toLowerCase() : token.text;
    if (joined) words[words.length - 1] += text;
    else words.push(text);
  }
  return words.join(' ');
}

/** In Title Case text ("Training And Development") every word is capitalised: then a capital says nothing. */
function isHeadingWord(doc: Doc, index: number): boolean {
  const sentence = doc.sentences[doc.tokens[index]!.sentence];
  if (!sentence) return false;
  let words = 0;
  let capitalized = 0;
  for (let i = sentence.first; i < sentence.last && words < 12; i++) {
    const t = doc.tokens[i]!;
    if (t.kind !== 'word') continue;
    words++;
    if (/^[A-Z]/.test(t.text)) capitalized++;
  }
  return words >= 2 && capitalized / words > 0.6;
}
