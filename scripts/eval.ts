/**
 * How well the analyzer agrees with the labelled corpus.
 *
 *   npm run eval                      figures on the held-out test part (the ones we report)
 *   npm run eval -- --part dev        figures on the development part
 *   npm run eval -- --part dev --flag cliche   list that flag's misses and false alarms (dev only)
 *   npm run eval -- --json            the figures as JSON
 *   npm run eval -- --rules-only      the rules alone, without the corpus-trained confirmation (analysis/confirm.ts).
 *                                     Use it to tune rules on dev: the confirming model was trained on dev, so there
 *                                     it would hide the rules' own mistakes.
 */
import { parseArgs } from 'node:util';
import { analyze, FLAG_IDS, type AnalyzeOptions, type FlagId } from '../packages/core/src/index.js';
import { loadCorpus, type LabelledAnswer, type Part } from './corpus.js';

export const TARGETS = { microF1: 0.85, auc: 0.95, goodFlagged: 0.05 };

export interface FlagFigures {
  id: FlagId;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Evaluation {
  part: Part;
  answers: number;
  good: number;
  bad: number;
  perFlag: FlagFigures[];
  microF1: number;
  auc: number;
  /** Share of good answers given any flag. */
  goodFlagged: number;
  /** Share of labelled spans that a flag of the same id overlaps. */
  spanHits: number;
  spans: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Probability that a random good answer scores above a random bad one (ties count half). */
export function auc(good: number[], bad: number[]): number {
  if (good.length === 0 || bad.length === 0) return 1;
  let wins = 0;
  for (const g of good) for (const b of bad) wins += g > b ? 1 : g === b ? 0.5 : 0;
  return wins / (good.length * bad.length);
}

export function evaluate(part: Part, corpus: LabelledAnswer[] = loadCorpus(part), options: AnalyzeOptions = {}) {
  const counts = new Map(FLAG_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const goodScores: number[] = [];
  const badScores: number[] = [];
  let goodFlagged = 0;
  let spans = 0;
  let spanHits = 0;
  const results = corpus.map((item) => {
    const analysis = analyze({ answer: item.answer, question: item.question, role: item.role, company: item.company, experience: item.experience }, undefined, options);
    const predicted = new Set(analysis.flags.map((f) => f.id));
    const gold = new Set(item.flags);
    for (const id of FLAG_IDS) {
      const c = counts.get(id)!;
      if (predicted.has(id) && gold.has(id)) c.tp++;
      else if (predicted.has(id)) c.fp++;
      else if (gold.has(id)) c.fn++;
    }
    (item.label === 'good' ? goodScores : badScores).push(analysis.score);
    if (item.label === 'good' && predicted.size > 0) goodFlagged++;
    for (const [id, texts] of Object.entries(item.spans ?? {}) as [FlagId, string[]][]) {
      for (const text of texts) {
        const start = item.answer.indexOf(text);
        if (start < 0) continue;
        spans++;
        const end = start + text.length;
        if (analysis.flags.some((f) => f.id === id && f.start < end && start < f.end)) spanHits++;
      }
    }
    return { item, analysis, predicted, gold };
  });

  const perFlag: FlagFigures[] = FLAG_IDS.map((id) => {
    const { tp, fp, fn } = counts.get(id)!;
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    return { id, tp, fp, fn, precision, recall, f1: f1(precision, recall) };
  });
  const tp = perFlag.reduce((s, f) => s + f.tp, 0);
  const fp = perFlag.reduce((s, f) => s + f.fp, 0);
  const fn = perFlag.reduce((s, f) => s + f.fn, 0);
  const evaluation: Evaluation = {
    part,
    answers: corpus.length,
    good: goodScores.length,
    bad: badScores.length,
    perFlag,
    microF1: f1(ratio(tp, tp + fp), ratio(tp, tp + fn)),
    auc: auc(goodScores, badScores),
    goodFlagged: goodScores.length === 0 ? 0 : goodFlagged / goodScores.length,
    spanHits: ratio(spanHits, spans),
    spans,
  };
  return { evaluation, results };
}

export function meetsTargets(e: Evaluation): boolean {
  return e.microF1 >= TARGETS.microF1 && e.auc >= TARGETS.auc && e.goodFlagged <= TARGETS.goodFlagged;
}

const pct = (n: number) => n.toFixed(3);

function report(e: Evaluation) {
  console.log(`Corpus part: ${e.part} — ${e.answers} answers (${e.good} good, ${e.bad} with flags)\n`);
  console.log('flag                    tp   fp   fn  precision  recall     F1');
  for (const f of e.perFlag) {
    console.log(`${f.id.padEnd(22)} ${String(f.tp).padStart(4)} ${String(f.fp).padStart(4)} ${String(f.fn).padStart(4)}  ${pct(f.precision).padStart(9)} ${pct(f.recall).padStart(7)} ${pct(f.f1).padStart(6)}`);
  }
  const mark = (ok: boolean) => (ok ? 'met' : 'NOT MET');
  console.log(`\nmicro-F1            ${pct(e.microF1)}  (target ≥ ${TARGETS.microF1}: ${mark(e.microF1 >= TARGETS.microF1)})`);
  console.log(`AUC of score        ${pct(e.auc)}  (target ≥ ${TARGETS.auc}: ${mark(e.auc >= TARGETS.auc)})`);
  console.log(`good answers flagged ${pct(e.goodFlagged)} (target ≤ ${TARGETS.goodFlagged}: ${mark(e.goodFlagged <= TARGETS.goodFlagged)})`);
  console.log(`labelled spans hit  ${pct(e.spanHits)}  (${e.spans} spans)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { part: { type: 'string', default: 'test' }, flag: { type: 'string' }, json: { type: 'boolean' }, 'rules-only': { type: 'boolean' } } });
  const part = values.part as Part;
  if (part !== 'dev' && part !== 'test') throw new Error('--part must be dev or test');
  const { evaluation, results } = evaluate(part, undefined, { confirm: !values['rules-only'] });
  if (values.flag) {
    // The test part is held out: its answers are never listed, only counted.
    if (part !== 'dev') throw new Error('--flag lists answers, so it works on the dev part only (--part dev)');
    const id = values.flag as FlagId;
    for (const r of results) {
      const miss = r.gold.has(id) && !r.predicted.has(id);
      const falseAlarm = !r.gold.has(id) && r.predicted.has(id);
      if (!miss && !falseAlarm) continue;
      console.log(`\n${miss ? 'MISSED' : 'FALSE ALARM'} ${r.item.id} (${r.item.source}) q=${r.item.question} exp=${r.item.experience} role=${r.item.role ?? ''}`);
      console.log(`  gold: ${[...r.gold].join(', ') || '—'}   predicted: ${[...r.predicted].join(', ') || '—'}`);
      if (falseAlarm) for (const f of r.analysis.flags.filter((f) => f.id === id)) console.log(`  flagged: "${f.text.slice(0, 160)}"`);
      if (miss && r.item.spans?.[id]) console.log(`  labelled span: ${JSON.stringify(r.item.spans[id])}`);
      console.log(`  answer: ${r.item.answer.slice(0, 600)}`);
    }
  } else if (values.json) console.log(JSON.stringify(evaluation, null, 2));
  else {
    report(evaluation);
    if (part === 'dev' && !values['rules-only']) console.log('\nThe confirming model was trained on this part, so these figures flatter it; tune rules with --rules-only.');
  }
}
