/**
 * Which fields of work (technology, health, finance…) the role, the company and the answer are about.
 * The words are data (data/fields.yml); the fields that sit next to each other are in data/field-kinship.yml.
 */
import type { Doc } from '../text/tokenize.js';
import { PhraseMatcher, phraseTokens, type PhraseMatch } from '../text/phrases.js';
import { isNegated, memoTable, sharedMatcher } from '../text/helpers.js';
import { VOCAB } from '../vocab/generated.js';
import { singular } from '../text/normalize.js';
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
  /** Fields of the role title alone; the company's strongest (tied at the top) when the role names no field. */
  primary: string[];
  /** Does the role title name a field of its own? */
  roleKnown: boolean;
  /** Every field word in the answer, in text order. */
  hits: FieldHit[];
  /** The fields of each sentence of the answer, by sentence index. */
  sentences: string[][];
  /** The company text, whose own words name its work and its clients ("housing developers"). */
  company?: Doc | null;
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
const FIELD_ENTRIES = [...byPhrase].map(([phrase, fields]) => ({ phrase, value: fields as readonly string[] }));
const FIELD_WORDS = sharedMatcher(FIELD_ENTRIES);

/**
 * The field words alone, for the role and company texts: only their fields are read, so they need not pay
 * for the shared scan of every vocabulary. Walks as the shared scan does (longest first at each start,
 * never across a sentence, no overlaps); a text with a possessive on a field word ("the school's") takes
 * the shared scan, whose reading of possessives this trie does not copy.
 */
interface FieldNode {
  next: Map<string, FieldNode>;
  values: (readonly string[])[];
}
const FIELD_TRIE: FieldNode = { next: new Map(), values: [] };
const FIELD_TOKENS = new Set<string>();
for (const { phrase, value } of FIELD_ENTRIES) {
  let at = FIELD_TRIE;
  for (const word of phraseTokens(phrase)) {
    FIELD_TOKENS.add(word);
    let child = at.next.get(word);
    if (!child) at.next.set(word, (child = { next: new Map(), values: [] }));
    at = child;
  }
  if (at !== FIELD_TRIE) at.values.push(value);
}

function targetFields(doc: Doc): (readonly string[])[] {
  const { tokens } = doc;
  for (const t of tokens) {
    if (t.norm.endsWith("'s") && (FIELD_TOKENS.has(t.norm) || FIELD_TOKENS.has(t.norm.slice(0, -2)))) return fieldHits(doc).map((h) => h.fields);
  }
  const out: (readonly string[])[] = [];
  let covered = -1;
  for (let first = 0; first < tokens.length; first++) {
    if (first < covered) continue;
    const start = tokens[first]!;
    let at = FIELD_TRIE.next.get(start.norm);
    let best: FieldNode | null = null;
    let bestLast = first;
    for (let i = first + 1; at; i++) {
      if (at.values.length > 0) {
        best = at;
        bestLast = i;
      }
      const token = tokens[i];
      if (!token || token.sentence !== start.sentence) break;
      at = at.next.get(token.norm);
    }
    if (best) {
      out.push(best.values[0]!);
      covered = bestLast;
    }
  }
  return out;
}

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

function weigh(scores: Map<string, number>, found: (readonly string[])[], weight: number) {
  for (const fields of found) for (const f of fields) scores.set(f, (scores.get(f) ?? 0) + weight / fields.length);
}

const ranked = (scores: Map<string, number>) => [...scores].sort((a, b) => b[1] - a[1]).map(([f]) => f);

/**
 * The fields the company text names most often, all of them on a tie. A word of two fields counts whole for each ("a games
 * studio" is as much technology as creative), so a name word of another field ("Quarrel Labs") does not outweigh it.
 */
function leading(found: (readonly string[])[]): string[] {
  const counts = new Map<string, number>();
  for (const fields of found) for (const f of fields) counts.set(f, (counts.get(f) ?? 0) + 1);
  const top = Math.max(0, ...counts.values());
  return [...counts].filter(([, n]) => n === top).map(([f]) => f);
}

export function profileFields(doc: Doc, context: Pick<Context, 'role' | 'company'>): FieldProfile {
  const roleFields = context.role ? targetFields(context.role) : [];
  const companyFields = context.company ? targetFields(context.company) : [];
  const roleScores = new Map<string, number>();
  weigh(roleScores, roleFields, 1);
  const scores = new Map<string, number>();
  weigh(scores, roleFields, 3);
  weigh(scores, companyFields, 1);
  const target = ranked(scores);
  // With no field in the role title, the company's leading fields stand for it: a side word of its text ("billing" at an energy
  // supplier) is one of its fields but brings no neighbours.
  const primary = roleScores.size > 0 ? ranked(roleScores) : leading(companyFields);

  const hits = fieldHits(doc);
  const sentences: string[][] = doc.sentences.map(() => []);
  for (const hit of hits) {
    const list = sentences[hit.sentence];
    if (!list) continue;
    for (const f of hit.fields) if (!list.includes(f)) list.push(f);
  }
  return { target, primary, roleKnown: roleScores.size > 0, hits, sentences, company: context.company };
}

// ---------------------------------------------------------------------------
// Field aims: where in the world of work the answer's goals point.

/** Words that aim a whole career somewhere: a field word after them is where the candidate wants to end up. */
const ROLE_AIMS = new PhraseMatcher(
  ['become', 'becoming', 'be a', 'be an', 'work as', 'working as', 'career in', 'career as', 'move into', 'moving into', 'switch to', 'switch into',
    'end up', 'join a', 'join an', 'work for a', 'work for an', 'work at a', 'work at an', 'working at a', 'working at an', 'working for a', 'working for an',
    'working in', 'work in', 'run a', 'run my', 'running a', 'open a', 'open my', 'set up a', 'go into', 'get into', 'build my', 'building my', 'grow my',
    'growing my', 'train as', 'training as', 'retrain as', 'qualify as', 'move to a', 'moving to a', 'heart is in', 'heart is set on',
    'running my', 'opening my', 'start my', 'starting my', 'launch my', 'launching my', 'set up my', 'setting up my', 'retraining as', 'earn my living',
    // Casting oneself in a role: "establish myself as…", "build a case for myself as…", "make a name for myself as…".
    'myself as',
  ].map((phrase) => ({ phrase, value: 'role' as const })),
);
const WANT_AIMS = new PhraseMatcher(
  ['dream', 'dreams', 'ambition', 'ambitions', 'aspiration', 'career', 'full time', 'full-time', 'one day', 'eventually', 'long-term',
    'long term', 'longer term', 'ultimately', 'real goal', 'goal is', 'plan is', 'really want', 'really keen', 'keen to learn', 'learn more about',
    'my passion', 'see myself', 'set up', 'planning to', 'plan to', 'always wanted', 'working towards', 'working toward', 'want to', 'would like to',
    "i'd like to", "i'd love to", 'love to', 'hope to', 'have my own', 'aiming for', 'aiming to', 'aim to', 'my aim', 'aim is', 'interests me', 'interested in'].map((phrase) => ({ phrase, value: 'want' as const })),
);
/**
 * Words that make a whole sentence a career: "…and my goal is to turn that into my full-time career", "I'd like that to be what I do
 * for a living". A field word anywhere in such a sentence (before or after) is the career meant, not only one after an aim word.
 */
const CAREER_SENTENCE = new PhraseMatcher(
  ['for a living', 'full-time career', 'full time career', 'into my career', 'into a career', 'into my job', 'my main career', 'my main job', 'my real career',
    'into a full-time', 'into a full time', 'turn professional', 'go professional'].map((phrase) => ({ phrase, value: 'career' as const })),
);
/**
 * Nouns that name an aim: a field word that is what one of them "is" is the aim itself ("the real plan for ten years is football"),
 * as much as a role wanted.
 */
const AIM_NOUNS = new Set(['plan', 'goal', 'aim', 'dream', 'ambition', 'aspiration', 'target', 'calling']);
/** Punctuation that closes the subject of a clause: "Long term, what I'm working toward is…" starts after the comma. */
const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '(', ')']);
/** How far back from its "is" the subject of a named aim may begin. */
const SUBJECT_REACH = 8;
/** How far after an aim word its object may lie. */
const AIM_REACH = 12;
/** After a field word, these make it the speaker's own path: "my acting career". */
const CAREER_AFTER = new Set(['career', 'careers', 'profession', 'professionally']);
/** Right before a field word, these make it a role or business the candidate wants: "become a pilot", "open a bakery". */
const ROLE_LEADS = new Set(['become', 'be', 'as', 'open', 'run', 'career', 'into']);
/** After a field word and before "of the…", these make it a portion of something else: "the food safety part of the portfolio". */
const PORTION = new Set(['part', 'parts', 'side', 'module', 'modules', 'unit', 'units', 'element', 'elements', 'aspect', 'aspects', 'strand', 'component']);
const PORTION_OWNERS = new Set(['the', 'my', 'your', 'our', 'this', 'that', 'a', 'an']);
/** Words of study: a course is judged by what it leads to, not by the school that teaches it. */
const STUDY = new Set(['degree', 'course', 'courses', 'masters', "master's", 'mba', 'msc', 'ma', 'diploma', 'certificate', 'study', 'studying']);
/** Education words that are only the place of a course: "an MBA at business school". */
const STUDY_PLACES = new Set(['school', 'schools', 'students', 'university', 'college', 'academy']);
/** A field word this close to one of the target's is part of a compound in the target's field: "clinical nurse educator". */
const COMPOUND_REACH = 2;

export interface FieldAim {
  hit: FieldHit;
  /** A role word ("become a…", "work as…", "move into…") leads to it, not only a wish. */
  role: boolean;
  /** The field comes up at least twice among the answer's off-target words: described, not mentioned in passing. */
  described: boolean;
  /** The field is one of the target's neighbours (data/field-kinship.yml). */
  kin: boolean;
  /** The same sentence also names one of the target's own fields: a specialism or an employer type within the target's work. */
  withTarget: boolean;
  /** A role word sits right before it: "become a pilot", "be a university lecturer", "open a bakery". */
  direct: boolean;
  /**
   * The field word is half of a compound with one of the target's own words ("medical sales" for a nurse, "NHS analytics" for a bank's
   * data scientist): the same sector in another function, or the same function in another sector. `partner` is the target word's hit.
   */
  compound: FieldHit | null;
}

/**
 * "become part of the furniture": belonging, said with a bare field word at the end of the clause, is an idiom, not a career in
 * that field ("part of the music scene" still names one).
 */
function partOfThe(doc: Doc, h: FieldHit): boolean {
  let i = h.first - 1;
  if (ARTICLES.has(doc.tokens[i]?.norm ?? '') || doc.tokens[i]?.norm === 'the') i--;
  if (doc.tokens[i]?.norm !== 'of' || doc.tokens[i - 1]?.norm !== 'part') return false;
  const next = doc.tokens[h.last];
  return !next || next.sentence !== h.sentence || next.kind === 'punct' || next.norm === 'here' || next.norm === 'and';
}

/** Before a field word, these make it the market one works in, not a career: "build a desk in controls engineering", "specialising in retail". */
const SERVED_BEFORE = new Set(['desk', 'specializing', 'specialize', 'specialized', 'specialism', 'specialist', 'covering', 'serving', 'niche', 'sector', 'vertical', 'patch']);
/** After a field word, these make it the sector served rather than a career: "haulage clients", "fleet policies". */
const SERVED = new Set([
  'clients', 'client', 'customers', 'customer', 'sector', 'accounts', 'account', 'policies', 'projects', 'businesses', 'firms', 'companies', 'brands', 'suppliers',
  'partners', 'schemes', 'contracts', 'frameworks', 'tenders', 'hubs', 'buyers', 'stakeholders',
  // "the cloud infrastructure desk": a desk is named by the market it covers, as "a desk in controls engineering" is.
  'desk', 'desks',
  // Buildings and the work done on them: "school refits", "hospital sites" are where a trade works, not another career.
  'refit', 'refits', 'fit-out', 'fit-outs', 'refurbishment', 'refurbishments', 'refurb', 'refurbs', 'rewire', 'rewires', 'installation', 'installations',
  'site', 'sites', 'buildings', 'premises', 'estate', 'estates', 'builds', 'extensions',
]);
/** "…haulage clients", and the first of a list of them: "manufacturing and engineering clients". */
function servedList(doc: Doc, last: number): boolean {
  const { tokens } = doc;
  if (SERVED.has(tokens[last]?.norm ?? '')) return true;
  const joint = tokens[last];
  if (!joint || (joint.norm !== 'and' && joint.norm !== 'or' && joint.text !== ',')) return false;
  return SERVED.has(tokens[last + 2]?.norm ?? '') || SERVED.has(tokens[last + 3]?.norm ?? '');
}
/** A target word right after these is turned down, not named as the aim's setting: "away from the council", "rather than the ward". */
const TURNED_FROM = new Set(['from', 'than', 'leave', 'leaving', 'quit', 'quitting']);
/** …and after "of" when these come first: "out of kitchens", "instead of the classroom". */
const TURNED_OUT = new Set(['out', 'instead']);
const ARTICLES = new Set(['a', 'an']);
/** The speaker as a clause's subject: a new clause of one's own, no longer part of a list before it. */
const FIRST_PERSON = new Set(['i', "i'd", "i'll", "i'm", "i've", 'we', "we'd", "we'll"]);
/** Before "a"/"an", these put the field in the speaker's past: "I was a chef". */
const PAST_BE = new Set(['was', 'were', 'been']);
/** Before a field word, these make it this company's own people or work, not a career elsewhere: "sessions for your developers". */
const HOUSE_OWN = new Set(['your', 'our']);

/** Words of school teaching, and the fields next to it. */
const SCHOOLING = new Set(['school', 'schools', 'classroom', 'classrooms', 'pupil', 'pupils', 'primary', 'secondary', 'nursery', 'infant', 'infants']);
const SCHOOL_KIN = new Set(['social_care', 'faith', 'public_sector']);

/** Teaching posts at a university, whose field is the subject taught. */
const ACADEMIC_POSTS = new Set(['lecturer', 'lecturers', 'lecturing', 'professor', 'professors']);

/** After a field word, these make it a workplace: "a Formula One team", "a football club". */
const WORKPLACE = new Set(['team', 'club', 'company', 'firm', 'organisation', 'organization', 'outfit', 'charity']);
/** Before "a"/"an", these place one's work at an employer: "working for a…", "a job at a…". */
const EMPLOYED_AT = new Set(['for', 'at', 'join', 'joining', 'with']);

const FIELD_AIMS = Symbol('fieldAims');

/** Field words outside the target's own fields that a career aim points at. Empty when the target is unknown. Computed once per document. */
export function fieldAims(doc: Doc, profile: FieldProfile): FieldAim[] {
  const memo = memoTable(doc);
  let aims = memo.get(FIELD_AIMS) as FieldAim[] | undefined;
  if (!aims) memo.set(FIELD_AIMS, (aims = findFieldAims(doc, profile)));
  return aims;
}

function findFieldAims(doc: Doc, profile: FieldProfile): FieldAim[] {
  if (profile.target.length === 0 || profile.hits.length === 0) return [];
  const inTarget = (h: FieldHit) => h.fields.some((f) => profile.target.includes(f));
  const sentenceHas = (s: number, words: Set<string>) => {
    const sentence = doc.sentences[s];
    if (!sentence) return false;
    for (let i = sentence.first; i < sentence.last; i++) if (words.has(doc.tokens[i]!.norm)) return true;
    return false;
  };
  const { hits } = profile;
  // Hits are in text order, so a compound partner can only be a near neighbour: look outward until too far (linear overall).
  const nextToTarget = (index: number): FieldHit | null => {
    const h = hits[index]!;
    for (let j = index - 1; j >= 0 && h.first - hits[j]!.last < COMPOUND_REACH; j--) {
      const o = hits[j]!;
      if (inTarget(o) && Math.max(h.first - o.last, o.first - h.last) < COMPOUND_REACH) return o;
    }
    for (let j = index + 1; j < hits.length && hits[j]!.first - h.last < COMPOUND_REACH; j++) {
      const o = hits[j]!;
      if (inTarget(o) && Math.max(h.first - o.last, o.first - h.last) < COMPOUND_REACH) return o;
    }
    return null;
  };
  // "band 6", "level 5": a grade, not a field.
  const grade = (h: FieldHit) => doc.tokens[h.last]?.kind === 'number';
  const outside: FieldHit[] = [];
  const partners = new Map<FieldHit, FieldHit>();
  hits.forEach((h, index) => {
    if (grade(h)) return;
    // "healthtech", "fintech": one word that names the target's own function in another sector.
    if (inTarget(h)) {
      if (h.fields.length > 1 && h.fields.some((f) => !profile.target.includes(f) && !profile.primary.some((p) => areKin(p, f)))) partners.set(h, h);
      if (partners.has(h)) outside.push(h);
      return;
    }
    if (h.fields.includes('education') && STUDY_PLACES.has(doc.tokens[h.last - 1]!.norm) && sentenceHas(h.sentence, STUDY)) return;
    const partner = nextToTarget(index);
    if (partner) partners.set(h, partner);
    outside.push(h);
  });
  if (outside.length === 0) return [];
  // A target word in the sentence names the setting of its aims, unless it is denied or left ("isn't in the council", "out of kitchens").
  const turned = (h: FieldHit) => {
    for (let i = h.first - 1; i >= 0 && i >= h.first - 2; i--) {
      const w = doc.tokens[i]!.norm;
      if (TURNED_FROM.has(w) || (w === 'of' && TURNED_OUT.has(doc.tokens[i - 1]?.norm ?? ''))) return true;
    }
    return false;
  };
  const targetSentences = new Set(profile.hits.filter((h) => inTarget(h) && !partners.has(h) && !grade(h) && !isNegated(doc, h.first, 4) && !turned(h)).map((h) => h.sentence));
  // Aim words are read only in the sentences of the off-target words that ask for them, not across the whole answer:
  // a phrase never crosses a sentence, so a sentence's matches are the same either way.
  const inSentence = (matcher: PhraseMatcher<string>) => {
    const found = new Map<number, PhraseMatch<string>[]>();
    return (s: number) => {
      let list = found.get(s);
      if (!list) {
        const sentence = doc.sentences[s];
        found.set(s, (list = sentence ? matcher.match(doc, sentence.first, sentence.last) : []));
      }
      return list;
    };
  };
  const roles = inSentence(ROLE_AIMS);
  const wants = inSentence(WANT_AIMS);
  const careers = inSentence(CAREER_SENTENCE);
  // "I've been working in a supermarket since": what one has been doing is background, not an aim.
  const after = (aims: (s: number) => PhraseMatch<string>[], h: FieldHit) =>
    aims(h.sentence).some((m) => m.last <= h.first && h.first - m.last <= AIM_REACH && !PAST_BE.has(doc.tokens[m.first - 1]?.norm ?? '') && !means(m.first));
  // "I'd do it by launching a push, running a social media campaign…", "pay my way by working as a tutor": a role word in a list
  // opened by "by" and a gerund is how an aim is reached, not the aim. A new subject ("…, and then I'd…") ends the list.
  const means = (at: number) => {
    const sentence = doc.sentences[doc.tokens[at]!.sentence]!;
    for (let i = at - 1; i >= sentence.first; i--) {
      const w = doc.tokens[i]!.norm;
      if (FIRST_PERSON.has(w)) return false;
      if (w === 'by' && doc.tokens[i + 1]?.norm.endsWith('ing')) return true;
    }
    return false;
  };
  // Next to the role's own field; the company's fields count as they are, not through their neighbours. A role that names no field
  // ("Customer service adviser") takes the company's leading field: a side word of its text ("billing") does not bring its neighbours.
  const kinToRole = (f: string) => profile.primary.some((p) => areKin(p, f)) || profile.target.includes(f);
  // "retrain as a primary school teacher": teaching children is a neighbour of care and public service, not of a hospital's or an HR desk's
  // own teaching (clinical education, training), which is what links education to health and HR.
  const schooling = (h: FieldHit) => {
    for (let i = Math.max(0, h.first - 2); i < h.last; i++) if (doc.tokens[i]!.sentence === h.sentence && SCHOOLING.has(doc.tokens[i]!.norm)) return true;
    return false;
  };
  // "I used to be a carpenter", "I was a chef for twelve years", "I've been a nurse": a past field is background, not a goal.
  const background = (first: number) => {
    let i = first - 1;
    while (i >= 0 && i >= first - 3 && doc.tokens[i]!.kind === 'word' && !ARTICLES.has(doc.tokens[i]!.norm)) i--;
    if (!ARTICLES.has(doc.tokens[i]?.norm ?? '')) return false;
    const before = doc.tokens[i - 1]?.norm ?? '';
    if (PAST_BE.has(before)) return true;
    if (before === 'be') return doc.tokens[i - 2]?.norm === 'to' && doc.tokens[i - 3]?.norm === 'used';
    return before === 'as' && (doc.tokens[i - 2]?.norm === 'worked' || doc.tokens[i - 2]?.norm === 'trained');
  };
  // "the real plan for ten years is football", "what I'm really working toward is stand-up comedy": the field word is what the
  // clause's subject, an aim, is. Only "is": "the dream was acting" is told from the past. A word whose subject follows it ("the plan
  // is a PhD in maritime history") is judged by that subject, not by itself.
  const aimNamed = (h: FieldHit) => {
    const next = doc.tokens[h.last]?.norm;
    if (next === 'in' || next === 'of') return false;
    let is = h.first - 1;
    if (ARTICLES.has(doc.tokens[is]?.norm ?? '') || doc.tokens[is]?.norm === 'the') is--;
    if (doc.tokens[is]?.norm !== 'is' || doc.tokens[is]!.sentence !== h.sentence) return false;
    let start = is;
    while (start > 0 && start > is - SUBJECT_REACH && doc.tokens[start - 1]!.sentence === h.sentence && !CLAUSE_BREAKS.has(doc.tokens[start - 1]!.text)) start--;
    for (let i = start; i < is; i++) if (AIM_NOUNS.has(doc.tokens[i]!.norm)) return true;
    return wants(h.sentence).some((m) => m.first >= start && m.last <= is);
  };
  // "get back into rowing": a pursuit taken up again, not a move into a new line of work.
  const resumed = (i: number) => doc.tokens[i]!.norm === 'into' && doc.tokens[i - 1]?.norm === 'back';
  // The company text's own words, built when first needed: a field word it uses names its work or its clients ("properties" for a
  // hotel group's hotels; each half of "technology-assisted").
  let companyWords: Set<string> | undefined;
  const namedByCompany = (h: FieldHit) => {
    if (!companyWords) {
      companyWords = new Set<string>();
      for (const t of profile.company?.tokens ?? []) {
        if (t.kind !== 'word') continue;
        for (const part of t.norm.includes('-') ? [t.norm, ...t.norm.split('-')] : [t.norm]) {
          companyWords.add(singular(part));
          if (part.length > 4 && part.endsWith('ies')) companyWords.add(`${part.slice(0, -3)}y`);
        }
      }
    }
    for (let i = h.first; i < h.last; i++) if (!companyWords.has(singular(doc.tokens[i]!.norm))) return false;
    return true;
  };
  const out: FieldAim[] = [];
  for (const h of outside) {
    if (HOUSE_OWN.has(doc.tokens[h.first - 1]?.norm ?? '') || background(h.first) || partOfThe(doc, h)) continue;
    // "the food safety part of the portfolio": a portion of something the sentence names, not a career of its own.
    if (PORTION.has(doc.tokens[h.last]?.norm ?? '') && doc.tokens[h.last + 1]?.norm === 'of' && PORTION_OWNERS.has(doc.tokens[h.last + 2]?.norm ?? '')) continue;
    const role = after(roles, h) || aimNamed(h);
    const career =
      CAREER_AFTER.has(doc.tokens[h.last]?.norm ?? '') || (doc.tokens[h.last]?.norm === 'full' && doc.tokens[h.last + 1]?.norm === 'time') || doc.tokens[h.last]?.norm === 'full-time' || careers(h.sentence).length > 0;
    if (!role && !career && !after(wants, h)) continue;
    if (servedList(doc, h.last)) continue;
    let served = false;
    for (let i = h.first - 1; i >= 0 && i >= h.first - 3; i--) if (SERVED_BEFORE.has(doc.tokens[i]!.norm)) served = true;
    if (served) continue;
    let lead = false;
    for (let i = h.first - 1; i >= 0 && i >= h.first - 3; i--) if (ROLE_LEADS.has(doc.tokens[i]!.norm) && !resumed(i)) lead = true;
    // "a contracts manager for the developer work" when the company builds for housing developers: its own clients, not a career.
    if (!lead && !career && namedByCompany(h)) continue;
    out.push({
      hit: h,
      role: role || lead || career,
      described: false,
      kin: h.fields.some((f) => (f === 'education' && schooling(h) ? profile.target.includes(f) || profile.primary.some((p) => SCHOOL_KIN.has(p)) : kinToRole(f))),
      withTarget: targetSentences.has(h.sentence),
      direct: lead,
      compound: partners.get(h) ?? null,
    });
  }
  // An unrelated word in the same sentence as a neighbouring field's role is where that role would be done: "go into PR, ideally for a big charity".
  const kinRoles = new Set(out.filter((a) => a.kin && a.role && !a.compound).map((a) => a.hit.sentence));
  for (const a of out) if (!a.kin && kinRoles.has(a.hit.sentence)) a.withTarget = true;
  // "a PhD in machine learning. Longer term I see myself as a lecturer": an academic post that names no subject of its own ("a lecturer
  // in…", "professor of…") teaches the target's field named in the sentence before, so it is the same field at another employer.
  for (const a of out) {
    if (a.kin || a.withTarget || !ACADEMIC_POSTS.has(doc.tokens[a.hit.last - 1]!.norm)) continue;
    const next = doc.tokens[a.hit.last]?.norm;
    if (next !== 'in' && next !== 'of' && targetSentences.has(a.hit.sentence - 1)) a.withTarget = true;
  }
  // "working for a Formula One team" for an engineer: a sector named only as the employer, with no other line of work in the
  // sentence, is where the candidate's own work would be done (misaligned's other employer), not a career in that sector.
  const employerOnly = (a: FieldAim) => {
    if (!WORKPLACE.has(doc.tokens[a.hit.last]?.norm ?? '')) return false;
    let i = a.hit.first - 1;
    while (i >= 0 && i >= a.hit.first - 3 && !ARTICLES.has(doc.tokens[i]!.norm)) i--;
    return ARTICLES.has(doc.tokens[i]?.norm ?? '') && EMPLOYED_AT.has(doc.tokens[i - 1]?.norm ?? '');
  };
  for (const a of out) {
    if (a.kin || a.withTarget || !employerOnly(a)) continue;
    if (!outside.some((h) => h.sentence === a.hit.sentence && h !== a.hit && !out.some((o) => o.hit === h && employerOnly(o)))) a.withTarget = true;
  }
  // Described: the field comes up twice among the off-target words that are not half of a target compound or where a neighbouring role is done.
  const mentions = new Map<string, number>();
  for (const h of outside) {
    if (partners.has(h) || (kinRoles.has(h.sentence) && !h.fields.some(kinToRole))) continue;
    for (const f of h.fields) mentions.set(f, (mentions.get(f) ?? 0) + 1);
  }
  for (const a of out) a.described = a.hit.fields.some((f) => (mentions.get(f) ?? 0) >= 2);
  return out;
}

