/**
 * Where a finder's start words occur. Many finders look at every token for one of a handful of words ("until", "own",
 * "fluent") and then read the few tokens around it: one pass and one Set lookup per token each. Every list registered
 * here is looked up in a single pass per document instead (one Map lookup per token for all of them), and each finder
 * visits only the positions of its own words. Register at module load, never per analysis.
 */
import type { Doc } from '../text/tokenize.js';
import { memoTable } from '../text/helpers.js';

/** Each registered word and the lists holding it. */
const LISTS_BY_WORD = new Map<string, number[]>();
let lists = 0;
/** The memo key of a document's positions, one array per list. */
const POSITIONS = Symbol('word positions');
const NONE: readonly number[] = Object.freeze([]);

/** Register a word list; the function returned gives the token positions of its words in a document, in text order. */
export function wordPositions(words: Iterable<string>): (doc: Doc) => readonly number[] {
  const list = lists++;
  for (const word of new Set(words)) {
    const holding = LISTS_BY_WORD.get(word);
    if (holding) holding.push(list);
    else LISTS_BY_WORD.set(word, [list]);
  }
  return (doc) => positionsOf(doc)[list] ?? NONE;
}

function positionsOf(doc: Doc): (number[] | undefined)[] {
  const memo = memoTable(doc);
  let found = memo.get(POSITIONS) as (number[] | undefined)[] | undefined;
  // A list registered after this document was read (never, when all register at load) needs a new pass.
  if (found && found.length === lists) return found;
  found = new Array<number[] | undefined>(lists);
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const holding = LISTS_BY_WORD.get(tokens[i]!.norm);
    if (!holding) continue;
    for (const list of holding) {
      const at = found[list];
      if (at) at.push(i);
      else found[list] = [i];
    }
  }
  memo.set(POSITIONS, found);
  return found;
}
