/**
 * A second opinion on the rules' judgement flags. Each rule reads one pattern and points at its words; it cannot
 * weigh the whole answer the way a reader does. A small logistic model per flag, trained on the team's labelled
 * corpus (scripts/train-confirm.ts), reads the whole answer as words and word pairs and says how likely a labeller
 * would give that flag; a second one reads the sentence the flag points at. A rule's flag stands unless both find
 * it unlikely (a flag about something missing, which points at no sentence, has the answer model alone): so one
 * blatant sentence inside an otherwise strong answer keeps its flag. The models never add a flag and never move
 * one, so every flag is still explained by the rule's words.
 *
 * Measured on batches written blind by other writers (docs/benchmarks.md): about three in four of the rules' false
 * flags were cleared, for about one true flag in thirty lost.
 */
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

/** Logistic models for several flags at once: one lookup per feature finds every flag's weight. */
export interface Models {
  ids: FlagId[];
  bias: Float64Array;
  /** Each word's weights, one per flag. Maps, not objects: a word such as "constructor" must find nothing. */
  words: Map<string, Row>;
  /** Each word pair's weights, by first word then second: looked up with no new string built. */
  pairs: Map<string, Map<string, Row>>;
}

/** One feature's weights, and the reading that last counted it (a feature counts once per text). */
interface Row {
  weights: Float64Array;
  seen: number;
}
let reading = 0;

export interface ConfirmModel extends Omit<ConfirmData, 'flags' | 'trainedOn'> {
  answer: Models;
  sentence: Models;
}

function index(entries: [FlagId, WeightsData][]): Models {
  const ids = entries.map(([id]) => id);
  const words = new Map<string, Row>();
  const pairs = new Map<string, Map<string, Row>>();
  const rowOf = (table: Map<string, Row>, key: string) => {
    let row = table.get(key);
    if (!row) table.set(key, (row = { weights: new Float64Array(ids.length), seen: 0 }));
    return row.weights;
  };
  entries.forEach(([, data], i) => {
    for (const [feature, w] of Object.entries(data.weights)) {
      const [first, second] = feature.split(' ');
      if (second === undefined) rowOf(words, first!)[i] = w;
      else {
        if (!pairs.has(first!)) pairs.set(first!, new Map());
        rowOf(pairs.get(first!)!, second)[i] = w;
      }
    }
  });
  return { ids, bias: Float64Array.from(entries, ([, data]) => data.bias), words, pairs };
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

/** Calls visit with each word of a text (runs of a–z and apostrophes, lower-cased) and the word before it ('' first). */
function eachWord(text: string, visit: (word: string, previous: string) => void) {
  const lower = text.toLowerCase().replaceAll('\u2019', "'");
  let previous = '';
  let start = -1;
  // One pass by character code, not a regular expression: user text never meets a pattern that could backtrack.
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    if ((c >= 97 && c <= 122) || c === 39) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const word = lower.slice(start, i);
    start = -1;
    visit(word, previous);
    previous = word;
  }
}

/** What the models read of a text: its words and word pairs, each once. */
export function confirmFeatures(text: string): Set<string> {
  const features = new Set<string>();
  eachWord(text, (word, previous) => {
    features.add(word);
    if (previous) features.add(`${previous} ${word}`);
  });
  return features;
}

/** How likely a labeller would give each of these flags (all the models' by default) to this text, 0–1. */
export function probabilities(models: Models, text: string, ids: readonly FlagId[] = models.ids): Map<FlagId, number> {
  const columns = ids.map((id) => models.ids.indexOf(id)).filter((i) => i >= 0);
  const z = columns.map((i) => models.bias[i]!);
  const now = ++reading;
  const add = (row: Row | undefined) => {
    if (!row || row.seen === now) return;
    row.seen = now;
    for (let k = 0; k < columns.length; k++) z[k]! += row.weights[columns[k]!]!;
  };
  if (columns.length > 0) {
    eachWord(text, (word, previous) => {
      add(models.words.get(word));
      if (previous) add(models.pairs.get(previous)?.get(word));
    });
  }
  return new Map(columns.map((i, k) => [models.ids[i]!, 1 / (1 + Math.exp(-z[k]!))]));
}

const ENDS_SENTENCE = new Set(['.', '!', '?', '\n']);

/** The sentence (or sentences) around a range: from after the last stop before it to the first stop after it. */
export function sentenceAt(text: string, start: number, end: number): [number, number] {
  let from = Math.max(0, Math.min(start, text.length));
  while (from > 0 && !ENDS_SENTENCE.has(text[from - 1]!)) from--;
  let to = Math.min(text.length, Math.max(from + 1, end));
  while (to < text.length && !ENDS_SENTENCE.has(text[to - 1] ?? '')) to++;
  return [from, to];
}

/** Every sentence of a text with a word in it, by the same stops as sentenceAt. */
export function sentenceRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (let start = 0; start < text.length; ) {
    const [, end] = sentenceAt(text, start, start + 1);
    if (confirmFeatures(text.slice(start, end)).size > 0) ranges.push([start, end]);
    start = Math.max(end, start + 1);
  }
  return ranges;
}

/** Drop the flags both models find unlikely for this answer. */
export function confirmFlags(flags: Flag[], answer: string, wordCount: number, model: ConfirmModel = confirmModel()): Flag[] {
  if (wordCount < model.minWords || wordCount > model.maxWords) return flags;
  const ids = [...new Set(flags.map((f) => f.id))].filter((id) => model.answer.ids.includes(id));
  if (ids.length === 0) return flags;
  const inAnswer = probabilities(model.answer, answer, ids);
  return flags.filter((flag) => {
    const p = inAnswer.get(flag.id);
    if (p === undefined || p >= model.threshold) return true;
    const hasSentenceModel = model.sentence.ids.includes(flag.id);
    // A flag about something missing (never on words, so no sentence model) rests on the answer model; a flag that
    // is usually on words but found none to point at (no aim at all: the whole answer) is kept.
    if (flag.start <= 0 && flag.end >= answer.length) return hasSentenceModel;
    if (!hasSentenceModel) return false;
    const sentence = answer.slice(...sentenceAt(answer, flag.start, flag.end));
    return probabilities(model.sentence, sentence, [flag.id]).get(flag.id)! >= model.sentenceThreshold;
  });
}
