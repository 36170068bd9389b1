/** The shape every rule has: one module per red flag, the same every time. */
import type { Doc } from '../text/tokenize.js';
import type { Context } from '../analysis/context.js';
import type { FlagId, Severity } from '../types.js';

/** What a rule reports. The engine adds the id, line, column and text. */
export interface Finding {
  /** 0-based offsets into the answer, end exclusive. */
  start: number;
  end: number;
  message: string;
  suggestion: string;
  /** Overrides the rule's default severity (e.g. by experience level). */
  severity?: Severity;
}

export interface RuleMeta {
  /** One line: what the rule finds. */
  description: string;
  severity: Severity;
  /** How it decides, in a sentence or two, for docs/rules.md. */
  docs: string;
}

export interface Rule {
  id: FlagId;
  meta: RuleMeta;
  check(doc: Doc, context: Context): Finding[];
}
