/**
 * Length, pace, fillers and repetition, in one linear pass each. Fillers come from
 * packages/core/data/fillers.yml; "like", "kind of", "right" and "I mean" count only where
 * they fill ("it was, like, hard"), not where they carry meaning ("I like", "roles like this",
 * "the right role", "what kind of team").
 */
import type { Doc, Token } from '../text/tokenize.js';
import { memo } from '../text/helpers.js';
import type { Metrics } from '../types.js';
import type { PhraseMatch } from '../text/phrases.js';
import { VOCAB } from '../vocab/generated.js';
import { phraseMatcherOf } from '../text/tagged.js';

export const WORDS_PER_MINUTE = 140;
/** Repeated phrases are counted for three to this many words: longer repeats show up as their parts. */
const MAX_PHRASE_WORDS = 8;
/** Repetition is read over the first this many tokens: far more than any spoken answer, and it bounds the work on a huge text. */
export const REPETITION_WINDOW = 20_000;
/** The most repeated phrases reported: enough to act on, bounded for a very long answer. */
export const MAX_REPORTED = 50;

const FILLERS = phraseMatcherOf<string>(VOCAB.fillers.map((e) => ({ phrase: e.phrase, value: e.phrase })));
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

/** Every filler in the document, with its token span. Computed once per document (the metrics and `rambling` both read it). */
export const fillerMatches = memo((doc: Doc): PhraseMatch<string>[] => FILLERS.match(doc).filter((m) => fillsHere(doc.tokens, m)));

/** Phrases of three or more words said more than once, each with its count; phrases made only of stop words are left out. */
export const repeatedPhrases = memo(findRepeatedPhrases);

function findRepeatedPhrases(doc: Doc): { phrase: string; count: number }[] {
  // Each distinct word gets a number, so a 3-gram is one number: counting them needs no string building.
  const ids = new Map<string, number>();
  const words: string[] = [];
  // How often each word is said: a 3-gram can repeat only if each of its words does.
  const said: number[] = [];
  const idOf = (norm: string) => {
    let id = ids.get(norm);
    if (id === undefined) {
      id = words.length;
      ids.set(norm, id);
      words.push(norm);
      said.push(1);
    } else said[id]!++;
    return id;
  };
  // Runs of words with no punctuation between them, within one sentence: phrases never cross a comma.
  // The runs of three words or more, end to end in one array; run k is seq[runEnds[k - 1] ?? 0, runEnds[k]).
  const seq: number[] = [];
  const runEnds: number[] = [];
  let runStart = 0;
  const endRun = () => {
    if (seq.length - runStart >= 3) runEnds.push(seq.length);
    else seq.length = runStart;
    runStart = seq.length;
  };
  const end = Math.min(doc.tokens.length, REPETITION_WINDOW);
  for (let i = 0; i < end; i++) {
    const t = doc.tokens[i]!;
    const prev = doc.tokens[i - 1];
    if (t.kind === 'punct' || (prev && prev.sentence !== t.sentence)) {
      endRun();
      if (t.kind === 'punct') continue;
    }
    seq.push(idOf(t.norm));
  }
  endRun();
  const size = Math.max(1, words.length);
  // Numbers stay exact below 2^53: a vocabulary of up to 200,000 words, far more than any answer holds.
  const exact = size ** 3 < Number.MAX_SAFE_INTEGER;
  const gram = (i: number): number | string => (exact ? (seq[i]! * size + seq[i + 1]!) * size + seq[i + 2]! : `${seq[i]} ${seq[i + 1]} ${seq[i + 2]}`);
  // Where each 3-gram first occurs (its index in seq), to spell it out once.
  const firstSeen = new Map<number | string, number>();
  // How often the 3-grams said more than once are said: most 3-grams occur once, and cost one map entry only.
  const counts = new Map<number | string, number>();
  for (let k = 0, from = 0; k < runEnds.length; from = runEnds[k++]!) {
    for (let i = from; i + 3 <= runEnds[k]!; i++) {
      // Most 3-grams hold a word said once (about 94% in the corpus): they cannot repeat, and skip the maps.
      if (said[seq[i]!] === 1 || said[seq[i + 1]!] === 1 || said[seq[i + 2]!] === 1) continue;
      const key = gram(i);
      if (firstSeen.get(key) === undefined) firstSeen.set(key, i);
      else counts.set(key, (counts.get(key) ?? 1) + 1);
    }
  }
  // Most answers repeat no 3-gram: nothing to report.
  if (counts.size === 0) return [];
  const repeats = (i: number) => counts.has(gram(i));
  // Grow each stretch of repeated 3-grams into the longest phrase (up to MAX_PHRASE_WORDS) and count those.
  const phrases = new Map<string, number>();
  for (let k = 0, from = 0; k < runEnds.length; from = runEnds[k++]!) {
    const last = runEnds[k]!;
    let i = from;
    while (i + 3 <= last) {
      if (!repeats(i)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j + 3 <= last && j - i + 3 <= MAX_PHRASE_WORDS && repeats(j)) j++;
      bump(phrases, phraseOf(words, seq, i, j + 2));
      i = j;
    }
  }
  const out: { phrase: string; count: number }[] = [];
  // 3-grams inside a longer phrase that repeats as often are not reported again.
  const covered = new Map<string, number>();
  for (const [phrase, count] of phrases) {
    const parts = phrase.split(' ');
    if (count < 2 || parts.every((w) => STOP.has(w))) continue;
    out.push({ phrase, count });
    for (let i = 0; i + 3 <= parts.length; i++) bump(covered, parts.slice(i, i + 3).join(' '), count);
  }
  // Keep a repeated 3-gram when the longer phrases around it did not repeat as a whole.
  for (const [key, count] of counts) {
    const i = firstSeen.get(key)!;
    const phrase = phraseOf(words, seq, i, i + 3);
    if ((covered.get(phrase) ?? 0) >= count || (phrases.get(phrase) ?? 0) >= 2 || phrase.split(' ').every((w) => STOP.has(w))) continue;
    out.push({ phrase, count });
  }
  return out.sort((a, b) => b.count - a.count || b.phrase.length - a.phrase.length || a.phrase.localeCompare(b.phrase)).slice(0, MAX_REPORTED);
}

const phraseOf = (words: string[], r: number[], from: number, to: number) => r.slice(from, to).map((id) => words[id]).join(' ');

function bump<K>(map: Map<K, number>, key: K, by = 1) {
  map.set(key, (map.get(key) ?? 0) + by);
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
