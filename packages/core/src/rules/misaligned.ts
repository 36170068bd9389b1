import type { Finding, Rule } from './rule.js';
import type { Doc } from '../text/tokenize.js';
import type { Context } from '../analysis/context.js';
import { VOCAB } from '../vocab/generated.js';
import { fieldAims } from '../analysis/fields.js';
import { aimSentences, clauseSpan, entryMatcher, isNegated, phraseMatcher } from '../text/helpers.js';

const BUSINESS_NOUNS = new Set(VOCAB['own-business'].filter((e) => e.kind === 'noun').map((e) => e.phrase));
const OWN_PHRASES = phraseMatcher(VOCAB['own-business'].filter((e) => e.kind === 'phrase').map((e) => e.phrase));
const AWAY = entryMatcher(VOCAB.away);
/** Roles in which working for oneself is the job: own business is the path, not a way out. */
const SELF_EMPLOYED_ROLES = new Set(['self-employed', 'freelance', 'freelancer', 'franchise', 'franchisee', 'founder', 'entrepreneur', 'contractor', 'owner']);
/** After "I don't see myself", these make it a promise to stay: "I don't see myself leaving". */
const STAYING = new Set(['leaving', 'moving', 'anywhere', 'elsewhere', 'going', 'wanting', 'needing']);
/** "stop testing entirely", "stopped coding altogether": giving up the role's core work. */
const WHOLLY = new Set(['entirely', 'altogether', 'completely']);

const MESSAGES = {
  own: {
    message: 'Planning your own business tells the interviewer you will leave, and perhaps take clients or know-how with you.',
    suggestion: 'If it is a distant dream, leave it out. Talk about what you want to build inside this company: a client base, a service line, a team.',
  },
  away: {
    message: 'This goal leads away from the job you applied for, so the company would struggle to keep you in it.',
    suggestion: 'Choose the goals this role and company can actually serve, and show the path here (promotion, specialism, projects) you want to follow.',
  },
};

/** "my own (small) salon", "my own accountancy practice": up to three words between "my own" and the business. */
function ownBusinesses(doc: Doc): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  const { tokens } = doc;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.norm !== 'my' || tokens[i + 1]!.norm !== 'own') continue;
    for (let j = i + 2; j < tokens.length && j <= i + 5; j++) {
      if (tokens[j]!.sentence !== tokens[i]!.sentence || tokens[j]!.kind === 'punct') break;
      if (BUSINESS_NOUNS.has(tokens[j]!.norm)) {
        out.push({ first: i, last: j + 1 });
        break;
      }
    }
  }
  for (const m of OWN_PHRASES.match(doc)) out.push(m);
  return out;
}

function selfEmployedRole(context: Context): boolean {
  for (const d of [context.role, context.company]) if (d?.tokens.some((t) => SELF_EMPLOYED_ROLES.has(t.norm))) return true;
  return false;
}

/** "…I'll have stopped testing entirely." */
function givingUp(doc: Doc): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  doc.tokens.forEach((t, i) => {
    if (t.norm !== 'stop' && t.norm !== 'stopped' && t.norm !== 'quit') return;
    const next = doc.tokens[i + 1];
    const after = doc.tokens[i + 2];
    if (next?.norm.endsWith('ing') && after && WHOLLY.has(after.norm)) out.push({ first: i, last: i + 3 });
  });
  return out;
}

const EMPLOYER_PREPOSITIONS = new Set(['at', 'for', 'with']);

/** "…at a (professional) football club", "…for an airline": the field word names another kind of employer. */
function atAnotherEmployer(doc: Doc, first: number): boolean {
  for (let i = first - 1; i >= 1 && i >= first - 3; i--) {
    const t = doc.tokens[i]!;
    if ((t.norm === 'a' || t.norm === 'an') && EMPLOYER_PREPOSITIONS.has(doc.tokens[i - 1]!.norm)) return true;
  }
  return false;
}

export const misaligned: Rule = {
  id: 'misaligned',
  meta: {
    description: 'Goals that lead away from this company or role although in its field: own business, a switch to another kind of role, a competitor\'s path, a direction the company does not offer.',
    severity: 'moderate',
    docs:
      'Own-business plans (data/own-business.yml), signals of leaving the role\'s core or of another company\'s path (data/away.yml) in a sentence about the future, ' +
      'and a career aim in a field next to the target\'s but not its own (a hospital physio aiming at a football club).',
  },
  check(doc, context) {
    const findings: Finding[] = [];
    const aims = aimSentences(doc);
    if (!selfEmployedRole(context)) {
      for (const m of ownBusinesses(doc)) {
        if (isNegated(doc, m.first, 6)) continue;
        findings.push({ ...clauseSpan(doc, m.first, m.last, 6), ...MESSAGES.own });
      }
    }
    const away: { first: number; last: number; phrase?: string }[] = [...AWAY.match(doc).map((m) => ({ ...m, phrase: m.value.phrase })), ...givingUp(doc)];
    for (const m of away) {
      const sentence = doc.tokens[m.first]!.sentence;
      if (!aims.has(sentence) || isNegated(doc, m.first, 3)) continue;
      const phrase = m.phrase ?? '';
      if ((phrase === "don't see myself" || phrase === "can't see myself") && STAYING.has(doc.tokens[m.last]?.norm ?? '')) continue;
      findings.push({ ...clauseSpan(doc, m.first, m.last, 6), ...MESSAGES.away });
    }
    // A neighbouring field's employer: "a physio at a professional football club" when the trust is a hospital.
    for (const a of fieldAims(doc, context.fields)) {
      if (!a.kin || !a.role || !atAnotherEmployer(doc, a.hit.first) || isNegated(doc, a.hit.first, 4)) continue;
      findings.push({ ...clauseSpan(doc, a.hit.first, a.hit.last, 8), ...MESSAGES.away });
    }
    return findings;
  },
};
