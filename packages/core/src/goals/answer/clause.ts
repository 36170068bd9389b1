/**
 * A goal statement or step as the user wrote it ("I want to become a team lead.", "Earning my
 * CIMA certificate", "A senior analyst role") turned into pieces that fit inside a sentence.
 */
import { clip, gerund } from './english.js';

export interface Clause {
  /** Fits after "to": "become a team lead". */
  infinitive: string;
  /** Fits after "on" or "toward": "becoming a team lead". */
  gerundPhrase: string;
}

/** Lead-ins people put before a goal; removed so the builder's own sentence frames it. */
const LEAD_INS = [
  /^(?:my|the|our) (?:main |short[- ]term |long[- ]term |immediate |ultimate |first |next )?(?:goal|aim|plan|objective|ambition|target|priority) (?:is|would be|will be) (?:to )?/i,
  /^i(?:'d| would) (?:really )?(?:like|love) to /i,
  /^i (?:really )?(?:want|hope|plan|aim|intend|need|wish|expect|mean|am going|'m going|am aiming|'m aiming|am planning|'m planning|am hoping|'m hoping) to /i,
  /^i(?:'ll| will| shall) /i,
  /^i (?:want|would like|'d like) /i,
  /^(?:goal|aim|objective|target)\s*[:\-–]\s*/i,
  /^to /i,
];

/** Words that start a noun phrase rather than a verb phrase. */
const NOUN_STARTS = new Set(['a', 'an', 'the', 'my', 'our', 'more', 'some', 'senior', 'junior', 'lead', 'head', 'full', 'one', 'two', 'three', 'further', 'new', 'better', 'greater', 'stronger', 'deeper']);
/** Words that are verbs even though NOUN_STARTS lists them ("lead a team"). */
const LEAD_VERB_NEXT = new Set(['a', 'an', 'the', 'my', 'our', 'one', 'two', 'three', 'four', 'five', 'small', 'large', 'new', 'projects', 'teams', 'people', 'others', 'on', 'and', 'our']);
const CREDENTIAL_WORDS = /\b(certificate|certification|degree|diploma|qualification|licen[cs]e|masters|mba|accreditation|chartership)\b/i;
/** Noun phrases about a role read best after "move into": "move into a senior analyst role". */
const ROLE_WORDS = /\b(role|position|job|post|seat|lead|manager|head|director|supervisor|principal|senior|partner|officer|specialist|consultant|engineer|analyst|designer|developer|nurse|teacher|architect|owner)\b/i;

export interface ClauseOptions {
  /** Words the user writes with a capital mid-sentence (names, products): their capital stays. */
  names?: ReadonlySet<string>;
  maxWords?: number;
}

/** The text of a goal, cleaned of lead-ins and end marks, its first word lower-cased unless it is a name. */
export function cleanStatement(text: string, options: ClauseOptions = {}): string {
  let out = firstSentence(text.slice(0, 2_000).replaceAll('\u2019', "'")).trim().replace(/[.!?;:,\s]+$/, '');
  for (let again = true; again; ) {
    again = false;
    for (const lead of LEAD_INS) {
      const next = out.replace(lead, '');
      if (next !== out && next.trim()) {
        out = next.trim();
        again = true;
      }
    }
  }
  return clip(lowerFirstWord(out, options.names), options.maxWords ?? 28);
}

/** Make a goal or step fit "to …" and "toward …". */
export function toClause(text: string, options: ClauseOptions = {}): Clause {
  const clean = cleanStatement(text, options);
  if (!clean) return { infinitive: '', gerundPhrase: '' };
  const [first = '', ...rest] = clean.split(/\s+/);
  const lower = first.toLowerCase();
  const tail = rest.join(' ');
  if (lower === 'being' || (lower.endsWith('ing') && lower.length > 4 && !NOUN_STARTS.has(lower) && !/^[A-Z]/.test(first))) {
    // "Earning my certificate" → "work toward earning my certificate".
    return { infinitive: `work toward ${clean}`, gerundPhrase: clean };
  }
  const leadVerb = lower === 'lead' && LEAD_VERB_NEXT.has((rest[0] ?? '').toLowerCase());
  const isNoun = (NOUN_STARTS.has(lower) && !leadVerb) || /^[A-Z]/.test(first);
  if (isNoun) {
    // "a senior analyst role" → "move into …"; "AWS certification" → "earn …"; anything else → "work toward …".
    const [verb, gerundVerb] = CREDENTIAL_WORDS.test(clean) ? ['earn', 'earning'] : ROLE_WORDS.test(clean) ? ['move into', 'moving into'] : ['work toward', 'working toward'];
    return { infinitive: `${verb} ${clean}`, gerundPhrase: `${gerundVerb} ${clean}` };
  }
  return { infinitive: clean, gerundPhrase: tail ? `${gerund(first)} ${tail}` : gerund(first) };
}

function firstSentence(text: string): string {
  // Stop at the first full stop that ends a sentence (not "e.g." or "2.5").
  const m = /^(.*?[a-z0-9)][.!?])(\s+[A-Z]|\s*$)/s.exec(text.trim());
  return m ? m[1]! : text;
}

/** Lower-case the first word when its capital only starts the sentence ("Become…"), not when it is a name or acronym. */
function lowerFirstWord(text: string, names: ReadonlySet<string> = new Set()): string {
  const first = text.split(/\s+/)[0] ?? '';
  if (!/^[A-Z][a-z'’-]*$/.test(first) || first === 'I' || names.has(first)) return text;
  return first.toLowerCase() + text.slice(first.length);
}

/** Capitalised words written mid-sentence somewhere in the user's text: names and products to keep as written. */
export function namesIn(texts: string[]): Set<string> {
  const names = new Set<string>();
  for (const text of texts) {
    const re = /(?<=[a-z0-9,;:]\s+)[A-Z][A-Za-z]*/g;
    for (const m of text.slice(0, 20_000).matchAll(re)) names.add(m[0]);
  }
  return names;
}
