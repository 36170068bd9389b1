/**
 * Several phrase lists matched in one scan of the tokens. Each list keeps its own
 * "longest match, no overlap" result, exactly as a separate PhraseMatcher.match() would give,
 * but the document is walked once instead of once per list.
 */
import type { Doc } from './tokenize.js';
import { PhraseMatcher, type PhraseMatch } from './phrases.js';

export class TaggedMatcher<Tag extends string, V = Tag> {
  private readonly matcher: PhraseMatcher<{ tag: Tag; value: V }>;

  /** `lists` maps each tag to its phrases; `valueOf` gives the value a phrase carries (the tag by default). */
  constructor(lists: Partial<Record<Tag, readonly string[]>>, valueOf?: (tag: Tag, phrase: string) => V) {
    const entries: { phrase: string; value: { tag: Tag; value: V } }[] = [];
    for (const tag of Object.keys(lists) as Tag[]) {
      for (const phrase of lists[tag] ?? []) entries.push({ phrase, value: { tag, value: valueOf ? valueOf(tag, phrase) : (tag as unknown as V) } });
    }
    this.matcher = new PhraseMatcher(entries);
  }

  /** For each tag, its matches in text order with no overlaps (longest first). One scan of the document. */
  match(doc: Doc): Map<Tag, PhraseMatch<V>[]> {
    const out = new Map<Tag, PhraseMatch<V>[]>();
    const covered = new Map<Tag, number>();
    for (const m of this.matcher.matchAll(doc)) {
      const { tag, value } = m.value;
      if (m.first < (covered.get(tag) ?? -1)) continue;
      covered.set(tag, m.last);
      const list = out.get(tag);
      const match = { first: m.first, last: m.last, start: m.start, end: m.end, value };
      if (list) list.push(match);
      else out.set(tag, [match]);
    }
    return out;
  }
}

/** A per-document memo: work several rules need (the aim sentences, the fillers) is done once per answer. */
export function memoize<R>(compute: (doc: Doc) => R): (doc: Doc) => R {
  const cache = new WeakMap<Doc, R>();
  return (doc: Doc) => {
    let result = cache.get(doc);
    if (result === undefined && !cache.has(doc)) {
      result = compute(doc);
      cache.set(doc, result);
    }
    return result as R;
  };
}
