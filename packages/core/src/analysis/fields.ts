/**
 * Which fields of work (technology, health, finance…) the role, the company and the answer are about.
 * The words are data (data/fields.yml); the fields that sit next to each other are in data/field-kinship.yml.
 */
import type { Doc } from '../text/tokenize.js';
import { PhraseMatcher, phraseTokens } from '../text/phrases.js';
import { VOCAB } from '../vocab/generated.js';
import type { Context } from './context.js';

/** One field word found in the answer. */
export interface FieldHit {
  /** The fields this word points at (usually one). */
  fields: readonly string[];
  /** Token indices [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
  sentence: number;
}

export interface FieldProfile {
  /** Fields of the target role and company text, strongest first (the role weighs more than the company). */
  target: string[];
  /** Fields of the role title alone; the company's strongest when no role was given. */
  primary: string[];
  /** Every field word in the answer, in text order. */
  hits: FieldHit[];
  /** The fields of each sentence of the answer, by sentence index. */
  sentences: string[][];
}

/** Every field id, in the data's order. */
export const FIELD_IDS: readonly string[] = Object.keys(VOCAB.fields);

const byPhrase = new Map<string, string[]>();
for (const [field, phrases] of Object.entries(VOCAB.fields)) {
  for (const phrase of phrases) {
    const key = phraseTokens(phrase).join(' ');
    const list = byPhrase.get(key) ?? [];
    if (!list.includes(field)) list.push(field);
    byPhrase.set(key, list);
  }
}
const FIELD_WORDS = new PhraseMatcher([...byPhrase].map(([phrase, fields]) => ({ phrase, value: fields as readonly string[] })));

const KIN = new Map<string, Set<string>>(FIELD_IDS.map((f) => [f, new Set([f])]));
for (const { phrase, related } of VOCAB['field-kinship']) {
  for (const other of related.split(/\s+/).filter(Boolean)) {
    KIN.get(phrase)?.add(other);
    KIN.get(other)?.add(phrase);
  }
}

/** Are two fields the same or next to each other? */
export function areKin(a: string, b: string): boolean {
  return KIN.get(a)?.has(b) ?? a === b;
}

/** Is `field` one of the target's fields or next to one of them? False when the target is unknown. */
export function nearTarget(profile: FieldProfile, field: string): boolean {
  return profile.target.some((t) => areKin(t, field));
}

/** The field words of a document, optionally within tokens [from, to). */
export function fieldHits(doc: Doc, from = 0, to = doc.tokens.length): FieldHit[] {
  return FIELD_WORDS.match(doc, from, to).map((m) => ({
    fields: m.value,
    first: m.first,
    last: m.last,
    start: m.start,
    end: m.end,
    sentence: doc.tokens[m.first]!.sentence,
  }));
}

function weigh(scores: Map<string, number>, doc: Doc | null, weight: number) {
  if (!doc) return;
  for (const hit of fieldHits(doc)) for (const f of hit.fields) scores.set(f, (scores.get(f) ?? 0) + weight / hit.fields.length);
}

const ranked = (scores: Map<string, number>) => [...scores].sort((a, b) => b[1] - a[1]).map(([f]) => f);

export function profileFields(doc: Doc, context: Pick<Context, 'role' | 'company'>): FieldProfile {
  const roleScores = new Map<string, number>();
  weigh(roleScores, context.role, 1);
  const scores = new Map<string, number>();
  weigh(scores, context.role, 3);
  weigh(scores, context.company, 1);
  const target = ranked(scores);
  const primary = roleScores.size > 0 ? ranked(roleScores) : target.slice(0, 1);

  const hits = fieldHits(doc);
  const sentences: string[][] = doc.sentences.map(() => []);
  for (const hit of hits) {
    const list = sentences[hit.sentence];
    if (!list) continue;
    for (const f of hit.fields) if (!list.includes(f)) list.push(f);
  }
  return { target, primary, hits, sentences };
}
