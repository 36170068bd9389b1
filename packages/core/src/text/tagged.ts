/**
 * Several phrase lists matched in one scan of the tokens. Each list keeps its own
 * "longest match, no overlap" result, exactly as a separate PhraseMatcher.match() would give.
 * Lists without wildcards ride on the shared scan (text/helpers.ts): one trie walk per document
 * for every vocabulary of the analyzer.
 */
import type { Doc } from './tokenize.js';
import { PhraseMatcher, type PhraseMatch } from './phrases.js';
import { sharedMatcher, type Matcher } from './helpers.js';

export class TaggedMatcher<Tag extends string, V = Tag> {
  private readonly matcher: PhraseMatcher<{ tag: Tag; value: V }> | null = null;
  /** One shared-scan matcher per tag, when no phrase has a wildcard (the shared trie has none). */
  private readonly shared: [Tag, Matcher<V>][] | null = null;

  /** `lists` maps each tag to its phrases; `valueOf` gives the value a phrase carries (the tag by default). */
  constructor(lists: Partial<Record<Tag, readonly string[]>>, valueOf?: (tag: Tag, phrase: string) => V) {
    const entries: { phrase: string; value: { tag: Tag; value: V } }[] = [];
    for (const tag of Object.keys(lists) as Tag[]) {
      for (const phrase of lists[tag] ?? []) entries.push({ phrase, value: { tag, value: valueOf ? valueOf(tag, phrase) : (tag as unknown as V) } });
    }
    if (entries.some((e) => e.phrase.includes('*'))) this.matcher = new PhraseMatcher(entries);
    else {
      this.shared = (Object.keys(lists) as Tag[]).map((tag) => [
        tag,
        sharedMatcher(entries.filter((e) => e.value.tag === tag).map((e) => ({ phrase: e.phrase, value: e.value.value }))),
      ]);
    }
  }

  /** For each tag, its matches in text order with no overlaps (longest first). One scan of the document. */
  match(doc: Doc): Map<Tag, PhraseMatch<V>[]> {
    const out = new Map<Tag, PhraseMatch<V>[]>();
    if (this.shared) {
      for (const [tag, matcher] of this.shared) {
        const list = matcher.match(doc);
        if (list.length > 0) out.set(tag, list);
      }
      return out;
    }
    if (!this.matcher) return out;
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

/** A phrase matcher on the shared scan when its phrases have no wildcard, else a trie of its own. */
export function phraseMatcherOf<T>(entries: readonly { phrase: string; value: T }[]): Matcher<T> {
  return entries.some((e) => e.phrase.includes('*')) ? new PhraseMatcher(entries) : sharedMatcher(entries);
}
