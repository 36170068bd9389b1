import type { Finding, Rule } from './rule.js';
import type { Doc } from '../text/tokenize.js';
import type { Context } from '../analysis/context.js';
import type { FieldHit } from '../analysis/fields.js';
import { nearTarget } from '../analysis/fields.js';
import { clauseSpan, isNegated, phraseMatcher, sentenceHas } from '../text/helpers.js';

/** Words of study: a course in another subject is judged by what it leads to, not by the school that teaches it. */
const STUDY = new Set(['degree', 'course', 'courses', 'masters', "master's", 'mba', 'msc', 'ma', 'diploma', 'certificate', 'study', 'studying', 'school', 'university', 'college']);
/** After a field word, these make it the speaker's own path: "my acting career", "a wine career". */
const CAREER = new Set(['career', 'careers', 'full-time', 'profession', 'professionally']);
/** A field hit this close to one of the target's fields is part of a compound in the target's field: "clinical nurse educator". */
const COMPOUND_REACH = 4;

/** Words that aim a whole career somewhere: the field word after them is where the candidate wants to end up. */
const CAREER_AIMS = phraseMatcher([
  'dream', 'dreams', 'ambition', 'ambitions', 'aspiration', 'become', 'becoming', 'be a', 'be an', 'work as', 'working as', 'career', 'open', 'opening',
  'run a', 'run my', 'running a', 'move into', 'moving into', 'switch to', 'switch into', 'full time', 'full-time', 'end up', 'one day', 'eventually',
  'long-term', 'long term', 'longer term', 'ultimately', 'real goal', 'goal is', 'plan is', 'really want', 'really keen',
  'keen to learn', 'learn more about', 'my passion', 'see myself', 'working in', 'work in', 'set up',
]);
/** How far after a career aim its object may lie. */
const AIM_REACH = 12;
/** Right before a field word, these make it a role the candidate wants to be: "become a pilot", "work as a curator". */
const ROLE_LEADS = new Set(['become', 'be', 'as', 'open', 'run', 'career', 'into']);

/** Token indices of career-aim words, by sentence. */
function careerAims(doc: Doc): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const m of CAREER_AIMS.match(doc)) {
    const s = doc.tokens[m.first]!.sentence;
    out.set(s, [...(out.get(s) ?? []), m.last]);
  }
  return out;
}

/** Is the hit the object of a career aim ("…I'd like to be a pilot", "my dream is to open a patisserie") or "my X career"? */
function aimed(doc: Doc, hit: FieldHit, aims: Map<number, number[]>): boolean {
  if ((aims.get(hit.sentence) ?? []).some((end) => end <= hit.first && hit.first - end <= AIM_REACH)) return true;
  return CAREER.has(doc.tokens[hit.last]?.norm ?? '') || (doc.tokens[hit.last]?.norm === 'full' && doc.tokens[hit.last + 1]?.norm === 'time');
}

/** "become a pilot", "work as a curator", "open a bakery": the field word is the role or business itself. */
function roleAim(doc: Doc, hit: FieldHit): boolean {
  for (let i = hit.first - 1; i >= 0 && i >= hit.first - 3; i--) if (ROLE_LEADS.has(doc.tokens[i]!.norm)) return true;
  return false;
}

function offTarget(context: Context, hit: FieldHit): boolean {
  return hit.fields.every((f) => !nearTarget(context.fields, f));
}

export const irrelevant: Rule = {
  id: 'irrelevant',
  meta: {
    description: 'A goal in a field unrelated to the role and company (a bakery dream for a network engineer).',
    severity: 'serious',
    docs:
      'The role and company text give the target\'s fields (data/fields.yml). A field word that is the object of an aim ("I\'d like to become…", "my long-term dream is…") ' +
      'and lies in a field neither the target\'s nor next to it (data/field-kinship.yml) is flagged. Career changers whose new field is this role are not.',
  },
  check(doc, context) {
    if (context.fields.target.length === 0) return [];
    const aims = careerAims(doc);
    const hits = context.fields.hits;
    const away = hits.filter(
      (hit) =>
        offTarget(context, hit) &&
        !(hit.fields.includes('education') && sentenceHas(doc, hit.sentence, STUDY)) &&
        !hits.some((o) => o !== hit && !offTarget(context, o) && Math.abs(o.first - hit.first) <= COMPOUND_REACH),
    );
    // How often each outside field comes up: a dream is described, not mentioned once in passing.
    const mentions = new Map<string, number>();
    for (const hit of away) for (const f of hit.fields) mentions.set(f, (mentions.get(f) ?? 0) + 1);
    const findings: Finding[] = [];
    for (const hit of away) {
      if (!aimed(doc, hit, aims) || isNegated(doc, hit.first, 4)) continue;
      const described = hit.fields.some((f) => (mentions.get(f) ?? 0) >= 2);
      if (!described && !roleAim(doc, hit)) continue;
      findings.push({
        ...clauseSpan(doc, hit.first, hit.last, 8),
        message: 'This goal lies in a different field from the job. The interviewer will wonder how long you would stay and how much of you the job would get.',
        suggestion:
          'Keep unrelated ambitions out of this answer. If you are changing careers into this field, say so, and show how your earlier field helps you here.',
      });
    }
    return findings;
  },
};
