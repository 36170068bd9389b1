/**
 * Trains the model that confirms the rules' judgement flags (packages/core/src/analysis/confirm.ts) on the
 * development part of the corpus — never on the test part — and writes it as a module the analyzer imports.
 *
 *   npm run train:confirm                      retrain and write packages/core/src/analysis/confirm-model.ts
 *   npm run train:confirm -- --check           fail when the dev corpus has changed since the model was trained
 *   npm run train:confirm -- --cross [--hold fy,fz]   leave one file out: for each dev file (or those named), train
 *                                              on the rest and count, on that file, the rule flags cleared and kept
 *
 * Per flag, two logistic regressions over words and word pairs: one reads whole answers (labelled with the flag or
 * not), one reads sentences (those holding a labelled span of the flag, against every sentence of answers without
 * it). Plain stochastic gradient descent in corpus order, so the same corpus always gives the same model; positives
 * weighted up to balance the classes.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyze, type FlagId } from '../packages/core/src/index.js';
import { CONFIRM_DATA } from '../packages/core/src/analysis/confirm-model.js';
import { confirmFeatures, confirmFlags, sentencesAround, toModel, type ConfirmData } from '../packages/core/src/analysis/confirm.js';
import { tokenize, type Doc } from '../packages/core/src/text/tokenize.js';
import { loadCorpus, type LabelledAnswer } from './corpus.js';

/**
 * The flags the model may clear: the judgement flags, where a rule reads one pattern and a fresh writer's words
 * often fit it innocently. Left out, as leave-one-batch-out showed them losing more true flags than false ones
 * (or having none to clear): evasive, self_focused, wants_interviewer_job, no_short_term and rambling. no_goals is
 * confirmed where it points at words ("I'm settled here now"), never where it found no aim at all.
 */
const CONFIRMED: FlagId[] = ['misaligned', 'irrelevant', 'leaving_soon', 'money_focus', 'unrealistic', 'no_plan', 'unclear', 'too_specific', 'no_goals', 'cliche', 'unprofessional', 'no_long_term', 'blames_others'];
const SETTINGS = { epochs: 15, rate: 0.1, l2: 1e-4, keep: 1000, threshold: 0.01, sentenceThreshold: 0.5, minWords: 40, maxWords: 1000 };
/** A sentence model needs this many labelled sentences to learn from; flags with fewer have the answer model alone. */
const MIN_SENTENCES = 20;

const modelPath = fileURLToPath(new URL('../packages/core/src/analysis/confirm-model.ts', import.meta.url));

function logistic(features: Set<string>[], labels: number[]) {
  const weights = new Map<string, number>();
  let bias = 0;
  const positives = labels.reduce<number>((s, y) => s + y, 0);
  const positiveWeight = (labels.length - positives) / Math.max(positives, 1);
  for (let epoch = 0; epoch < SETTINGS.epochs; epoch++) {
    features.forEach((fs, i) => {
      let z = bias;
      for (const f of fs) z += weights.get(f) ?? 0;
      const y = labels[i]!;
      const gradient = (1 / (1 + Math.exp(-z)) - y) * (y ? positiveWeight : 1);
      bias -= SETTINGS.rate * gradient;
      for (const f of fs) {
        const w = weights.get(f) ?? 0;
        weights.set(f, w - SETTINGS.rate * (gradient + SETTINGS.l2 * w));
      }
    });
  }
  // The strongest features carry the decision; the long tail only makes the file large.
  const kept = [...weights].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1)).slice(0, SETTINGS.keep);
  const round = (n: number) => Math.round(n * 100) / 100;
  return { bias: round(bias), weights: Object.fromEntries(kept.sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([f, w]) => [f, round(w)])) };
}

/** The sentences that hold a labelled span of this flag (1), and every sentence of answers without the flag (0). */
function labelledSentences(corpus: LabelledAnswer[], docs: Doc[], id: FlagId) {
  const features: Set<string>[] = [];
  const labels: number[] = [];
  corpus.forEach((a, i) => {
    const doc = docs[i]!;
    if (a.flags.includes(id)) {
      for (const span of a.spans?.[id] ?? []) {
        const at = a.answer.indexOf(span);
        if (at < 0) continue;
        features.push(confirmFeatures(doc, sentencesAround(doc, at, at + span.length)));
        labels.push(1);
      }
    } else {
      for (const sentence of doc.sentences) {
        features.push(confirmFeatures(doc, [sentence.first, sentence.last]));
        labels.push(0);
      }
    }
  });
  return { features, labels };
}

export function train(corpus: LabelledAnswer[]): ConfirmData {
  const docs = corpus.map((a) => tokenize(a.answer));
  const features = docs.map((doc) => confirmFeatures(doc));
  const flags: ConfirmData['flags'] = {};
  for (const id of CONFIRMED) {
    const sentences = labelledSentences(corpus, docs, id);
    const enough = sentences.labels.filter(Boolean).length >= MIN_SENTENCES;
    flags[id] = {
      answer: logistic(features, corpus.map((a) => (a.flags.includes(id) ? 1 : 0))),
      ...(enough && { sentence: logistic(sentences.features, sentences.labels) }),
    };
  }
  const { threshold, sentenceThreshold, minWords, maxWords } = SETTINGS;
  return { threshold, sentenceThreshold, minWords, maxWords, trainedOn: trainedOn(corpus), flags };
}

function trainedOn(corpus: LabelledAnswer[]) {
  const hash = createHash('sha256');
  for (const a of corpus) hash.update(JSON.stringify([a.id, a.flags, a.answer]));
  return { answers: corpus.length, digest: hash.digest('hex').slice(0, 16) };
}

function write(data: ConfirmData) {
  const source = `// Generated by scripts/train-confirm.ts from corpus/dev: do not edit. Retrain with \`npm run train:confirm\`.
import type { ConfirmData } from './confirm.js';

export const CONFIRM_DATA: ConfirmData = ${JSON.stringify(data)};
`;
  writeFileSync(modelPath, source);
}

/** Leave one file out: how many rule flags on the held-out file the model would clear, right and wrong. */
function crossCheck(corpus: LabelledAnswer[], prefixes: string[] | undefined) {
  const fileOf = (a: LabelledAnswer) => a.source.split(':')[0]!;
  const files = [...new Set(corpus.map(fileOf))].filter((f) => !prefixes || prefixes.some((p) => f.endsWith(`/${p}.jsonl`)));
  const tally = new Map<FlagId, { falseCleared: number; falseKept: number; trueCleared: number; trueKept: number }>();
  const good = { answers: 0, flaggedByRules: 0, flaggedAfter: 0 };
  for (const file of files) {
    const model = toModel(train(corpus.filter((a) => fileOf(a) !== file)));
    for (const a of corpus.filter((x) => fileOf(x) === file)) {
      const result = analyze(a, undefined, { confirm: false });
      const kept = new Set(confirmFlags(result.flags, tokenize(a.answer), model).map((f) => f.id));
      if (a.label === 'good') {
        good.answers++;
        if (result.flags.length > 0) good.flaggedByRules++;
        if (kept.size > 0) good.flaggedAfter++;
      }
      for (const id of new Set(result.flags.map((f) => f.id))) {
        const t = tally.get(id) ?? { falseCleared: 0, falseKept: 0, trueCleared: 0, trueKept: 0 };
        const key = `${a.flags.includes(id) ? 'true' : 'false'}${kept.has(id) ? 'Kept' : 'Cleared'}` as keyof typeof t;
        t[key]++;
        tally.set(id, t);
      }
    }
    console.error(`held out ${file}`);
  }
  console.log('flag                  false flags cleared   true flags lost');
  for (const [id, t] of [...tally].sort()) {
    console.log(`${id.padEnd(22)} ${`${t.falseCleared} of ${t.falseCleared + t.falseKept}`.padStart(18)}   ${`${t.trueCleared} of ${t.trueCleared + t.trueKept}`.padStart(15)}`);
  }
  console.log(`good answers flagged: ${good.flaggedByRules} of ${good.answers} by the rules, ${good.flaggedAfter} after confirmation`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { check: { type: 'boolean' }, cross: { type: 'boolean' }, hold: { type: 'string' } } });
  const corpus = loadCorpus('dev');
  if (values.check) {
    const now = trainedOn(corpus);
    if (now.digest !== CONFIRM_DATA.trainedOn.digest) {
      console.error(`The confirming model was trained on ${CONFIRM_DATA.trainedOn.answers} dev answers; the dev corpus has changed (${now.answers} now). Run: npm run train:confirm`);
      process.exit(1);
    }
  } else if (values.cross) {
    crossCheck(corpus, values.hold?.split(','));
  } else {
    write(train(corpus));
    console.log(`Trained on ${corpus.length} dev answers; wrote ${modelPath}`);
  }
}
