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

export interface FlagModel {
  bias: number;
  /** A Map, not the object: a feature such as "constructor" must not find Object's own properties. */
  weights: ReadonlyMap<string, number>;
}

export interface ConfirmModel extends Omit<ConfirmData, 'flags' | 'trainedOn'> {
  flags: Partial<Record<FlagId, { answer: FlagModel; sentence?: FlagModel }>>;
}

const toFlagModel = (data: WeightsData): FlagModel => ({ bias: data.bias, weights: new Map(Object.entries(data.weights)) });

export function toModel({ flags: data, trainedOn: _, ...settings }: ConfirmData): ConfirmModel {
  const flags: ConfirmModel['flags'] = {};
  for (const [id, flag] of Object.entries(data) as [FlagId, NonNullable<ConfirmData['flags'][FlagId]>][]) {
    flags[id] = { answer: toFlagModel(flag.answer), sentence: flag.sentence && toFlagModel(flag.sentence) };
  }
  return { ...settings, flags };
}

let shipped: ConfirmModel | undefined;
/** The model trained on the corpus, built on first use. */
export const confirmModel = () => (shipped ??= toModel(CONFIRM_DATA));

/** The words of a text (runs of a–z and apostrophes), lower-cased, and each pair of neighbours: what the models read. */
export function confirmFeatures(text: string): Set<string> {
  const features = new Set<string>();
  const lower = text.toLowerCase();
  let previous = '';
  let word = '';
  // One pass by character, not a regular expression: user text never meets a pattern that could backtrack.
  for (let i = 0; i <= lower.length; i++) {
    const c = lower[i];
    if (c !== undefined && ((c >= 'a' && c <= 'z') || c === "'" || c === '\u2019')) {
      word += c === '\u2019' ? "'" : c;
      continue;
    }
    if (!word) continue;
    features.add(word);
    if (previous) features.add(`${previous} ${word}`);
    previous = word;
    word = '';
  }
  return features;
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

/** How likely a labeller would give this flag to a text with these features (0–1). */
export function flagProbability(model: FlagModel, features: Set<string>): number {
  let z = model.bias;
  for (const feature of features) z += model.weights.get(feature) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** Drop the flags both models find unlikely for this answer. */
export function confirmFlags(flags: Flag[], answer: string, wordCount: number, model: ConfirmModel = confirmModel()): Flag[] {
  if (wordCount < model.minWords || wordCount > model.maxWords || !flags.some((f) => model.flags[f.id])) return flags;
  const features = confirmFeatures(answer);
  const unlikelyInAnswer = new Map<FlagId, boolean>();
  const stands = (flag: Flag) => {
    const models = model.flags[flag.id];
    if (!models) return true;
    if (!unlikelyInAnswer.has(flag.id)) unlikelyInAnswer.set(flag.id, flagProbability(models.answer, features) < model.threshold);
    if (!unlikelyInAnswer.get(flag.id)) return true;
    const wholeAnswer = flag.start <= 0 && flag.end >= answer.length;
    if (wholeAnswer || !models.sentence) return false;
    const [from, to] = sentenceAt(answer, flag.start, flag.end);
    return flagProbability(models.sentence, confirmFeatures(answer.slice(from, to))) >= model.sentenceThreshold;
  };
  return flags.filter(stands);
}
