/**
 * Times analyze() over the corpus against two peers on the same texts in the same run: write-good (a prose linter)
 * and wink-nlp's bare parse. Two ways, both printed:
 *
 * - **warm** (what the target is judged on): the corpus is cut into blocks of BLOCK answers; each contender runs a
 *   block back to back, as a batch job or a busy server would, and the contenders' order turns each block. Blocks
 *   are a few milliseconds long, so machine noise, which drifts over seconds, falls on all three alike.
 * - **cold**: answer by answer, each call right after another library's call on the same text (the order turns each
 *   answer). Each call then starts with caches the other library has filled; this penalises whichever contender
 *   reads more code and data per call (the analyzer: 18 rules and their vocabularies), as a server does that
 *   analyzes one answer among other work.
 *
 * Then, paired, analyze() against the rules alone: what the confirming model (analysis/confirm.ts) costs.
 * Then single long answers (the dev part's prose repeated to 250 kB, 1 MB and 2 MB, with a question, role and
 * company), three calls each: the analyzer must stay linear, 1 MB under a second.
 *
 *   npm run bench [-- --rounds 30] [-- --json]
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { cpus } from 'node:os';
import writeGood from 'write-good';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
// The built package, as users run it (tsx would add its own helpers to the sources).
import { analyze } from '@trajectory/core';
import { loadCorpus } from './corpus.js';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '30' }, json: { type: 'boolean' } } });
const rounds = Number(values.rounds);
const texts = [...loadCorpus('dev'), ...loadCorpus('test')];
if (texts.length === 0) throw new Error('the corpus is empty: nothing to time');

type Text = (typeof texts)[number];
const nlp = winkNLP(model);
const inputOf = (t: Text) => ({ answer: t.answer, question: t.question, role: t.role, company: t.company, experience: t.experience });
const contenders = {
  analyze: (t: Text) => analyze(inputOf(t)),
  'write-good': (t: Text) => writeGood(t.answer),
  'wink-nlp parse': (t: Text) => nlp.readDoc(t.answer),
};
type Name = keyof typeof contenders;
const names = Object.keys(contenders) as Name[];
const noSamples = () => Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<Name, number[]>;
const warm = noSamples();
const cold = noSamples();
const BLOCK = 25;

const timed = (into: number[], run: () => unknown) => {
  const start = performance.now();
  run();
  into.push(performance.now() - start);
};

// Warm up every contender so the JIT has settled before we measure.
for (let i = 0; i < 3; i++) for (const t of texts) for (const name of names) contenders[name](t);

for (let r = 0; r < rounds; r++) {
  for (let from = 0, b = 0; from < texts.length; from += BLOCK, b++) {
    const block = texts.slice(from, from + BLOCK);
    for (let k = 0; k < names.length; k++) {
      const name = names[(b + r + k) % names.length]!;
      for (const t of block) timed(warm[name], () => contenders[name](t));
    }
  }
}
for (let r = 0; r < Math.ceil(rounds / 3); r++) {
  texts.forEach((t, i) => {
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + r + k) % names.length]!;
      timed(cold[name], () => contenders[name](t));
    }
  });
}

// The confirming model's cost: the same answers with and without it, first one then the other, turn about.
const rulesAlone: number[] = [];
const confirmed: number[] = [];
for (let r = 0; r < Math.ceil(rounds / 3); r++) {
  texts.forEach((t, i) => {
    const input = inputOf(t);
    const pair: [number[], () => unknown][] = [
      [confirmed, () => analyze(input)],
      [rulesAlone, () => analyze(input, undefined, { confirm: false })],
    ];
    if ((i + r) % 2) pair.reverse();
    for (const [into, run] of pair) timed(into, run);
  });
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const statsOf = (samples: Record<Name, number[]>) =>
  Object.fromEntries(
    names.map((name) => {
      const sorted = [...samples[name]].sort((a, b) => a - b);
      const total = samples[name].reduce((s, x) => s + x, 0);
      return [name, { medianMs: quantile(sorted, 0.5), p95Ms: quantile(sorted, 0.95), meanMs: total / sorted.length, answersPerSecond: sorted.length / (total / 1000) }];
    }),
  ) as Record<Name, { medianMs: number; p95Ms: number; meanMs: number; answersPerSecond: number }>;
const stats = statsOf(warm);
const coldStats = statsOf(cold);

// Long answers: is time linear in size, and 1 MB under a second?
const prose = loadCorpus('dev').map((t) => t.answer).join('\n\n');
const sizes = [250_000, 1_000_000, 2_000_000].map((bytes) => {
  const answer = prose.repeat(Math.ceil(bytes / prose.length)).slice(0, bytes);
  const input = { answer, question: 'five-years', role: 'Data analyst', company: 'A retail bank with a graduate scheme.', experience: 'early' as const };
  const callsMs = [0, 1, 2].map(() => {
    const start = performance.now();
    analyze(input);
    return performance.now() - start;
  });
  return { bytes, callsMs };
});

const words = texts.reduce((s, t) => s + t.answer.split(/\s+/).length, 0) / texts.length;
const result = {
  date: new Date().toISOString().slice(0, 10),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
  answers: texts.length,
  meanWords: Math.round(words),
  rounds,
  stats,
  coldStats,
  sizes,
  ratios: {
    analyzeToWriteGoodMedian: stats.analyze.medianMs / stats['write-good'].medianMs,
    analyzeToWriteGoodMean: stats.analyze.meanMs / stats['write-good'].meanMs,
    analyzeToWinkParseMedian: stats.analyze.medianMs / stats['wink-nlp parse'].medianMs,
    coldAnalyzeToWriteGoodMedian: coldStats.analyze.medianMs / coldStats['write-good'].medianMs,
    analyzeToRulesAloneMedian: quantile([...confirmed].sort((a, b) => a - b), 0.5) / quantile([...rulesAlone].sort((a, b) => a - b), 0.5),
  },
};

if (values.json) console.log(JSON.stringify(result, null, 2));
else {
  console.log(`${result.date} — ${result.machine}`);
  console.log(`${result.answers} answers (mean ${result.meanWords} words); warm: ${rounds} rounds in blocks of ${BLOCK}; cold: ${Math.ceil(rounds / 3)} rounds, answer by answer\n`);
  console.log('contender          median µs   p95 µs   answers/s   cold median µs');
  for (const name of names) {
    const s = stats[name];
    console.log(`${name.padEnd(18)} ${(s.medianMs * 1000).toFixed(1).padStart(9)} ${(s.p95Ms * 1000).toFixed(1).padStart(8)} ${Math.round(s.answersPerSecond).toString().padStart(11)} ${(coldStats[name].medianMs * 1000).toFixed(1).padStart(16)}`);
  }
  console.log(`\nanalyze / write-good (median): ${result.ratios.analyzeToWriteGoodMedian.toFixed(2)}  (target ≤ 0.50)`);
  console.log(`analyze / write-good (mean):   ${result.ratios.analyzeToWriteGoodMean.toFixed(2)}`);
  console.log(`analyze / write-good (cold, median): ${result.ratios.coldAnalyzeToWriteGoodMedian.toFixed(2)}`);
  console.log(`analyze / wink-nlp parse (median): ${result.ratios.analyzeToWinkParseMedian.toFixed(2)}`);
  console.log(`analyze / rules alone (median, paired): ${result.ratios.analyzeToRulesAloneMedian.toFixed(2)}  (what confirming costs)`);
  console.log('\nlong answers (three calls each)');
  for (const { bytes, callsMs } of sizes) console.log(`${`${bytes / 1000} kB`.padEnd(10)} ${callsMs.map((ms) => `${(ms / 1000).toFixed(2)} s`).join('  ')}`);
}
