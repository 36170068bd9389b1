/**
 * A second opinion on the rules' judgement flags. Each rule reads one pattern and points at its words; it cannot
 * weigh the whole answer the way a reader does. A small logistic model per flag, trained on the team's labelled
 * corpus (scripts/train-confirm.ts), reads the whole answer's words and word pairs and says how likely a labeller
 * would give that flag; a second one reads the sentence the flag points at. A rule's flag stands unless both find
 * it unlikely (a flag about something missing, which points at no sentence, has the answer model alone): so one
 * blatant sentence inside an otherwise strong answer keeps its flag. The models never add a flag and never move
 * one, so every flag is still explained by the rule's words.
 *
 * Measured on batches written blind by other writers (docs/benchmarks.md): about seven in ten of the rules' false
 * flags were cleared, for about one true flag in thirty lost.
 */
import { tokenIndexAt, type Doc } from '../text/tokenize.js';
import type { Flag, FlagId } from '../types.js';
import { CONFIRM_DATA } from './confirm-model.js';

/** The model as scripts/train-confirm.ts writes it. */
export interface ConfirmData {
  /** A flag whose probability is under this is dropped. */
  threshold: number;
  /** The sentence model's bar: a flagged sentence under it reads as innocent. */
  sentenceThreshold: number;
  /** Answers outside these lengths keep every rule flag: the corpus they were trained on has none like them. */
  minWords: number;
  maxWords: number;
  /** What it was trained on, so a check can tell when the corpus has moved on. */
  trainedOn: { answers: number; digest: string };
  flags: Partial<Record<FlagId, { answer: WeightsData; sentence?: WeightsData }>>;
}

interface WeightsData {
  bias: number;
  weights: Record<string, number>;
}

/**
 * Logistic models for several flags at once, packed into typed arrays: a model is read cold, between other work, and
 * every pointer followed is a cache miss. A word is looked up once (its string already hashed by the tokenizer); the
 * rest is arithmetic on flat arrays.
 */
export interface Models {
  ids: FlagId[];
  bias: Float64Array;
  /** Every word the models know, numbered. A Map, not an object: a word such as "constructor" must find nothing. */
  numbers: Map<string, number>;
  /** A word's row of weights, by word number (-1: none). */
  wordRows: Int32Array;
  /** Word pairs by open addressing: key (first × size + second + 1, 0 = empty) and row. */
  pairKeys: Int32Array;
  pairRows: Int32Array;
  /** Row r holds one weight per flag, at r × ids.length + the flag's column. */
  weights: Float32Array;
  /** The reading that last counted each row: a feature counts once per text. */
  seen: Int32Array;
}
let reading = 0;

const pairSlot = (keys: Int32Array, key: number) => {
  const mask = keys.length - 1;
  let slot = Math.imul(key, 0x9e3779b1) >>> 0;
  for (slot &= mask; keys[slot] !== 0 && keys[slot] !== key; slot = (slot + 1) & mask);
  return slot;
};

export interface ConfirmModel extends Omit<ConfirmData, 'flags' | 'trainedOn'> {
  answer: Models;
  sentence: Models;
}

function index(entries: [FlagId, WeightsData][]): Models {
  const ids = entries.map(([id]) => id);
  const numbers = new Map<string, number>();
  const numberOf = (word: string) => {
    if (!numbers.has(word)) numbers.set(word, numbers.size);
    return numbers.get(word)!;
  };
  const rowOf = new Map<string, number>();
  for (const [, data] of entries) for (const feature of Object.keys(data.weights)) if (!rowOf.has(feature)) rowOf.set(feature, rowOf.size);
  for (const feature of rowOf.keys()) feature.split(' ').forEach(numberOf);
  if (numbers.size > 46340) throw new Error('too many words for pair keys'); // first × size + second must fit 31 bits

  const wordRows = new Int32Array(numbers.size).fill(-1);
  let capacity = 16;
  while (capacity < rowOf.size * 2) capacity *= 2;
  const pairKeys = new Int32Array(capacity);
  const pairRows = new Int32Array(capacity);
  for (const [feature, row] of rowOf) {
    const [first, second] = feature.split(' ').map((w) => numbers.get(w)!);
    if (second === undefined) wordRows[first!] = row;
    else {
      const key = first! * numbers.size + second + 1;
      const slot = pairSlot(pairKeys, key);
      pairKeys[slot] = key;
      pairRows[slot] = row;
    }
  }
  const weights = new Float32Array(rowOf.size * ids.length);
  entries.forEach(([, data], column) => {
    for (const [feature, w] of Object.entries(data.weights)) weights[rowOf.get(feature)! * ids.length + column] = w;
  });
  return { ids, bias: Float64Array.from(entries, ([, data]) => data.bias), numbers, wordRows, pairKeys, pairRows, weights, seen: new Int32Array(rowOf.size) };
}

export function toModel({ flags, trainedOn: _, ...settings }: ConfirmData): ConfirmModel {
  const entries = Object.entries(flags) as [FlagId, NonNullable<ConfirmData['flags'][FlagId]>][];
  return {
    ...settings,
    answer: index(entries.map(([id, f]) => [id, f.answer])),
    sentence: index(entries.flatMap(([id, f]) => (f.sentence ? [[id, f.sentence] as [FlagId, WeightsData]] : []))),
  };
}

let shipped: ConfirmModel | undefined;
/** The model trained on the corpus, built on first use. */
export const confirmModel = () => (shipped ??= toModel(CONFIRM_DATA));

/** A run of a document's tokens, [first, last): the whole answer or one or more of its sentences. */
export type TokenSpan = readonly [first: number, last: number];

const wholeDoc = (doc: Doc): TokenSpan => [0, doc.tokens.length];

/**
 * What the models read of a span of a document: its words in their normal form (lower case, straight apostrophes,
 * American spelling, as the rules read them) and each pair of neighbouring words, each once.
 */
export function confirmFeatures(doc: Doc, span: TokenSpan = wholeDoc(doc)): Set<string> {
  const features = new Set<string>();
  let previous = '';
  for (let i = span[0]; i < span[1]; i++) {
    const token = doc.tokens[i]!;
    if (token.kind !== 'word') continue;
    features.add(token.norm);
    if (previous) features.add(`${previous} ${token.norm}`);
    previous = token.norm;
  }
  return features;
}

/** How likely a labeller would give each of these flags (all the models' by default) to a span of a document, 0–1. */
export function probabilities(models: Models, doc: Doc, span: TokenSpan = wholeDoc(doc), ids: readonly FlagId[] = models.ids): Map<FlagId, number> {
  const columns = ids.map((id) => models.ids.indexOf(id)).filter((i) => i >= 0);
  const z = columns.map((i) => models.bias[i]!);
  const { numbers, wordRows, pairKeys, pairRows, weights, seen } = models;
  const width = models.ids.length;
  const now = (reading = (reading + 1) | 0) || (reading = 1);
  const add = (row: number) => {
    if (row < 0 || seen[row] === now) return;
    seen[row] = now;
    for (let k = 0; k < columns.length; k++) z[k]! += weights[row * width + columns[k]!]!;
  };
  if (columns.length === 0) return new Map();
  // The same words and pairs as confirmFeatures, looked up by number: no pair string is built.
  let previous = -1;
  for (let i = span[0]; i < span[1]; i++) {
    const token = doc.tokens[i]!;
    if (token.kind !== 'word') continue;
    const number = numbers.get(token.norm) ?? -1;
    if (number >= 0) {
      add(wordRows[number]!);
      if (previous >= 0) {
        const slot = pairSlot(pairKeys, previous * numbers.size + number + 1);
        if (pairKeys[slot] !== 0) add(pairRows[slot]!);
      }
    }
    previous = number;
  }
  return new Map(columns.map((i, k) => [models.ids[i]!, 1 / (1 + Math.exp(-z[k]!))]));
}

/** The tokens of the sentences a character range touches (by binary search: flags are many in a long answer). */
export function sentencesAround(doc: Doc, start: number, end: number): TokenSpan {
  const { tokens, sentences } = doc;
  const stop = Math.max(end, start + 1);
  // The first token ending after the range starts, and the last one starting before it stops.
  const first = tokenIndexAt(tokens, start);
  let last = tokenIndexAt(tokens, stop - 1);
  if (last >= tokens.length || tokens[last]!.start >= stop) last--;
  if (first >= tokens.length || last < first) return [0, 0];
  return [sentences[tokens[first]!.sentence]!.first, sentences[tokens[last]!.sentence]!.last];
}

/** Drop the flags both models find unlikely for this answer. */
export function confirmFlags(flags: Flag[], doc: Doc, model: ConfirmModel = confirmModel()): Flag[] {
  if (doc.wordCount < model.minWords || doc.wordCount > model.maxWords) return flags;
  const ids = [...new Set(flags.map((f) => f.id))].filter((id) => model.answer.ids.includes(id));
  if (ids.length === 0) return flags;
  const inAnswer = probabilities(model.answer, doc, wholeDoc(doc), ids);
  return flags.filter((flag) => {
    const p = inAnswer.get(flag.id);
    if (p === undefined || p >= model.threshold) return true;
    const hasSentenceModel = model.sentence.ids.includes(flag.id);
    // A flag about something missing (never on words, so no sentence model) rests on the answer model; a flag that
    // is usually on words but found none to point at (no aim at all: the whole answer) is kept.
    if (flag.start <= 0 && flag.end >= doc.text.length) return hasSentenceModel;
    if (!hasSentenceModel) return false;
    const sentence = sentencesAround(doc, flag.start, flag.end);
    return probabilities(model.sentence, doc, sentence, [flag.id]).get(flag.id)! >= model.sentenceThreshold;
  });
}
