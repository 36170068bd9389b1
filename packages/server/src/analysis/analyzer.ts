/**
 * The analyzer as the server uses it: asynchronous, so it can run beside the event loop
 * (see pool.ts), and returning the analysis already as JSON text, because that is what the
 * server sends and stores: it is serialized once, where it is made.
 */
import { analyze, type AnalysisInput, type FlagId } from '@trajectory/core';

export interface AnalyzedAnswer {
  /** The core's Analysis, as JSON. */
  json: string;
  score: number;
  flags: FlagId[];
}

export type Analyzer = (input: AnalysisInput) => Promise<AnalyzedAnswer>;

/** Analyze and serialize: the work one request needs, wherever it runs. */
export function analyzeToJson(input: AnalysisInput): AnalyzedAnswer {
  const analysis = analyze(input);
  return { json: JSON.stringify(analysis), score: analysis.score, flags: analysis.flags.map((f) => f.id) };
}

/** On the calling thread: for tests and for the CLI, where nothing else waits on the event loop. */
export const inProcessAnalyzer: Analyzer = async (input) => analyzeToJson(input);
