/**
 * Length, pace, fillers and repetition, in one linear pass each. Fillers come from
 * packages/core/data/fillers.yml; "like", "kind of", "right" and "I mean" count only where
 * they fill ("it was, like, hard"), not where they carry meaning ("I like", "roles like this",
 * "the right role", "what kind of team").
 */
import type { Doc, Token } from '../text/tokenize.js';
import type { Metrics } from '../types.js';
import { PhraseMatcher, type PhraseMatch } from '../text/phrases.js';
import { VOCAB } from '../vocab/generated.js';

export const WORDS_PER_MINUTE = 140;
/** Repeated phrases are counted for three to this many words: longer repeats show up as their parts. */
const MAX_PHRASE_WORDS = 8;

const FILLERS = new PhraseMatcher<string>(VOCAB.fillers.map((e) => ({ phrase: e.phrase, value: e.phrase })));
const STOP = new Set(VOCAB['stop-words'].map((e) => e.phrase));

/** Words before "like" that make it a verb or a preposition: "I like", "would like", "roles like this". */
const LIKE_AS_WORD_BEFORE = new Set([
  'i', 'you', 'we', 'they', 'he', 'she', 'who', 'would', "i'd", "we'd", "you'd", 'do', 'does', 'did', "don't", "didn't", 'really',
  'also', 'still', 'always', 'just', 'genuinely', 'especially', 'particularly', 'feel', 'feels', 'look', 'looks', 'looked', 'seem',
  'seems', 'sound', 'sounds', 'something', 'anything', 'nothing', 'much', 'more', 'things', 'people', 'would', 'not', 'to', 'most',
]);
const SUBJECTS = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'who']);
/** Fillers that may come right before a filler "like": "um, like". */
const FILLER_LEADS = new Set(['um', 'umm', 'uh', 'uhm', 'er', 'erm', 'so', 'and', 'but', 'or', 'was', 'is', "it's", "i'm", "that's", "there's"]);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'what', 'which', 'any', 'some', 'every', 'same', 'one', 'each', 'other', 'another', 'whatever', 'different', 'right', 'wrong', 'exact', 'particular', 'certain', 'my', 'your', 'our', 'their', 'his', 'her', 'its', 'no']);

const isComma = (t: Token | undefined) => t !== undefined && t.kind === 'punct' && (t.text === ',' || t.text === '…' || t.text === '-' || t.text === '—');
const sameSentence = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && a.sentence === b.sentence;

/** Is this filler-list match a filler here? */
function fillsHere(tokens: Token[], m: PhraseMatch<string>): boolean {
  const first = tokens[m.first]!;
  const before = sameSentence(tokens[m.first - 1], first) ? tokens[m.first - 1] : undefined;
  const after = sameSentence(tokens[m.last], first) ? tokens[m.last] : undefined;
  switch (m.value) {
    case 'like': {
      if (isComma(after)) return true; // "it was, like, hard" / "like, I want"
      if (after && (after.kind === 'number' || isNumberWord(after.norm))) return !before || !LIKE_AS_WORD_BEFORE.has(before.norm) || isComma(before); // "like forty-two thousand"
      if (before && isComma(before) && after && (SUBJECTS.has(after.norm) || after.norm === "i'd" || after.norm === "i'm" || after.norm === 'really' || after.norm === 'just')) return true;
      if (!before) return after?.norm === 'i' || after?.norm === 'so';
      if (before.norm === 'like') return true; // "like, like"
      if (FILLER_LEADS.has(before.norm) && !(after && DETERMINERS.has(after.norm))) {
        // "and like a good chair" is a list: only a filler when the word before is a filler or a copula.
        return before.norm !== 'and' && before.norm !== 'or' && before.norm !== 'but' ? true : after !== undefined && !isNounish(after);
      }
      return false;
    }
    case 'kind of':
    case 'sort of':
      return !before || !DETERMINERS.has(before.norm);
    case 'right':
      // "…, right?" or "Right, so…"
      return (isComma(before) || !before) && (!after || after.text === '?' || isComma(after));
    case 'i mean':
      return !after || (after.norm !== 'to' && after.norm !== 'it' && after.norm !== 'that' && after.norm !== 'what');
    case 'actually':
    case 'honestly':
    case 'literally':
    case 'basically':
      return true;
    case 'you know':
      // "do you know", "if you know", "you know how to": a question or a verb, not a filler.
      return !before || !['do', 'did', 'if', 'what', "don't", 'as', 'than'].includes(before.norm) ? !after || !['how', 'what', 'that', 'the', 'a', 'about', 'where', 'who', 'why', 'when', 'it'].includes(after.norm) || isComma(before) : false;
    default:
      return true;
  }
}

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'a']);
const isNumberWord = (norm: string) => NUMBER_WORDS.has(norm) || norm.includes('-') && NUMBER_WORDS.has(norm.slice(0, norm.indexOf('-')));
/** A rough noun test for list items: "and like [a] good chair" is a list, "and like, I" is not. */
const isNounish = (t: Token) => DETERMINERS.has(t.norm) || (t.kind === 'word' && !SUBJECTS.has(t.norm) && !STOP.has(t.norm));

/** Every filler in the document, with its token span. */
export function fillerMatches(doc: Doc): PhraseMatch<string>[] {
  return FILLERS.match(doc).filter((m) => fillsHere(doc.tokens, m));
}

/** Phrases of three or more words said more than once, each with its count; phrases made only of stop words are left out. */
export function repeatedPhrases(doc: Doc): { phrase: string; count: number }[] {
  // Runs of words with no punctuation between them, within one sentence: phrases never cross a comma.
  const runs: string[][] = [];
  let run: string[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    const prev = doc.tokens[i - 1];
    if (t.kind === 'punct' || (prev && prev.sentence !== t.sentence)) {
      if (run.length >= 3) runs.push(run);
      run = [];
      if (t.kind === 'punct') continue;
    }
    run.push(t.norm);
  }
  if (run.length >= 3) runs.push(run);
  // Count every 3-gram; then grow each repeated 3-gram run into the longest phrase that repeats as a whole.
  const grams = new Map<string, number>();
  for (const r of runs) for (let i = 0; i + 3 <= r.length; i++) bump(grams, r.slice(i, i + 3).join(' '));
  const phrases = new Map<string, number>();
  for (const r of runs) {
    let i = 0;
    while (i + 3 <= r.length) {
      if ((grams.get(r.slice(i, i + 3).join(' ')) ?? 0) < 2) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j + 3 <= r.length && j - i + 3 <= MAX_PHRASE_WORDS && (grams.get(r.slice(j, j + 3).join(' ')) ?? 0) >= 2) j++;
      bump(phrases, r.slice(i, j + 2).join(' '));
      i = j;
    }
  }
  const out: { phrase: string; count: number }[] = [];
  // 3-grams inside a longer phrase that repeats as often are not reported again.
  const covered = new Map<string, number>();
  for (const [phrase, count] of phrases) {
    const words = phrase.split(' ');
    if (count < 2 || words.every((w) => STOP.has(w))) continue;
    out.push({ phrase, count });
    for (let i = 0; i + 3 <= words.length; i++) {
      const gram = words.slice(i, i + 3).join(' ');
      covered.set(gram, (covered.get(gram) ?? 0) + count);
    }
  }
  // Keep a repeated 3-gram when the longer phrases around it did not repeat as a whole.
  for (const [gram, count] of grams) {
    if (count < 2 || (covered.get(gram) ?? 0) >= count || gram.split(' ').every((w) => STOP.has(w))) continue;
    out.push({ phrase: gram, count });
  }
  return out.sort((a, b) => b.count - a.count || b.phrase.length - a.phrase.length || a.phrase.localeCompare(b.phrase));
}

function bump(map: Map<string, number>, key: string) {
  map.set(key, (map.get(key) ?? 0) + 1);
}

export function measure(doc: Doc): Metrics {
  const fillerCounts = new Map<string, number>();
  for (const m of fillerMatches(doc)) bump(fillerCounts, m.value);
  return {
    words: doc.wordCount,
    sentences: doc.sentences.length,
    speakingSeconds: Math.round((doc.wordCount / WORDS_PER_MINUTE) * 60),
    fillers: [...fillerCounts].map(([phrase, count]) => ({ phrase, count })).sort((a, b) => b.count - a.count || a.phrase.localeCompare(b.phrase)),
    repeatedPhrases: repeatedPhrases(doc),
  };
}
