/**
 * Matches phrase lists against a document's tokens with a token trie: one walk per
 * token, bounded by the longest phrase, so matching is linear in the text.
 * A phrase token ending in `*` matches any word with that prefix ("promot*").
 */
import type { Doc } from './tokenize.js';
import { tokenize } from './tokenize.js';

export interface PhraseMatch<T> {
  /** Token indices [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
  value: T;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  prefixes: [string, Node<T>][];
  values: T[];
}

const node = <T>(): Node<T> => ({ next: new Map(), prefixes: [], values: [] });

/** The tokens of a phrase, normalized as documents are. */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase)
    .tokens.filter((t) => t.kind !== 'punct' || t.text === '*')
    .reduce<string[]>((out, t) => {
      // "promot*" tokenizes as "promot" then "*": glue the star back on.
      if (t.text === '*' && out.length > 0) out[out.length - 1] += '*';
      else if (t.text !== '*') out.push(t.norm);
      return out;
    }, []);
}

export class PhraseMatcher<T> {
  private readonly root = node<T>();

  constructor(entries: Iterable<{ phrase: string; value: T }>) {
    for (const { phrase, value } of entries) {
      let at = this.root;
      for (const word of phraseTokens(phrase)) {
        if (word.endsWith('*')) {
          const prefix = word.slice(0, -1);
          let child = at.prefixes.find(([p]) => p === prefix)?.[1];
          if (!child) at.prefixes.push([prefix, (child = node<T>())]);
          at = child;
        } else {
          let child = at.next.get(word);
          if (!child) at.next.set(word, (child = node<T>()));
          at = child;
        }
      }
      if (at !== this.root) at.values.push(value);
    }
  }

  /** Every match, in text order; the longest first where several start at one token. Never crosses a sentence. */
  matchAll(doc: Doc, from = 0, to = doc.tokens.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const { tokens } = doc;
    const limit = Math.min(to, tokens.length);
    const found: PhraseMatch<T>[] = [];
    for (let first = Math.max(0, from); first < limit; first++) {
      // This loop runs for every token of every answer, for every matcher: most tokens start nothing.
      const child = this.root.next.get(tokens[first]!.norm);
      if (!child && this.root.prefixes.length === 0) continue;
      this.walk(this.root, first, first, tokens, limit, found);
      if (found.length === 0) continue;
      if (found.length > 1) found.sort((a, b) => b.last - a.last);
      for (const m of found) out.push(m);
      found.length = 0;
    }
    return out;
  }

  /** Follow the trie from `at`, whose phrase so far covers tokens [first, i). */
  private walk(at: Node<T>, first: number, i: number, tokens: Doc['tokens'], limit: number, found: PhraseMatch<T>[]): void {
    for (const value of at.values) found.push({ first, last: i, start: tokens[first]!.start, end: tokens[i - 1]!.end, value });
    const token = tokens[i];
    if (i >= limit || !token || token.sentence !== tokens[first]!.sentence) return;
    const child = at.next.get(token.norm);
    if (child) this.walk(child, first, i + 1, tokens, limit, found);
    if (at.prefixes.length > 0 && token.kind !== 'punct') {
      for (const [prefix, next] of at.prefixes) if (token.norm.startsWith(prefix)) this.walk(next, first, i + 1, tokens, limit, found);
    }
  }

  /** Matches that do not overlap an earlier, longer one. */
  match(doc: Doc, from = 0, to = doc.tokens.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    let covered = -1;
    for (const m of this.matchAll(doc, from, to)) {
      if (m.first < covered) continue;
      out.push(m);
      covered = m.last;
    }
    return out;
  }
}
