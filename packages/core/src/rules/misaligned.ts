import type { Finding, Rule } from './rule.js';
import type { Doc, Token } from '../text/tokenize.js';
import { tokenIndexAt } from '../text/tokenize.js';
import type { Context } from '../analysis/context.js';
import { VOCAB } from '../vocab/generated.js';
import { singular } from '../text/normalize.js';
import { fieldAims, fieldHits } from '../analysis/fields.js';
import { isPast } from './blame-clauses.js';
import { aimSentences, clauseSpan, entryMatcher, isNegated, memo, phraseMatcher, sentenceHas, wordPositions } from '../text/helpers.js';

const BUSINESS_NOUNS = new Set(VOCAB['own-business'].filter((e) => e.kind === 'noun').map((e) => e.phrase));
const OWN_PHRASES = phraseMatcher(VOCAB['own-business'].filter((e) => e.kind === 'phrase').map((e) => e.phrase));
const AWAY = entryMatcher(VOCAB.away);
/** Roles in which working for oneself is the job: own business is the path, not a way out. */
const SELF_EMPLOYED_ROLES = new Set(['self-employed', 'freelance', 'freelancer', 'franchise', 'franchisee', 'founder', 'entrepreneur', 'contractor', 'owner']);
/** After "I don't see myself", these make it a promise to stay: "I don't see myself leaving". */
/** After a business noun, these make it a part of this company: "my own practice area", "my own studio team". */
const PART_OF = new Set(['area', 'areas', 'group', 'team', 'portfolio', 'unit', 'desk', 'side']);

/** Does the clause after token `from` keep it in this company ("…within the firm", "…here")? */
function insideHere(doc: Doc, from: number): boolean {
  const sentence = doc.tokens[from - 1]?.sentence;
  for (let i = from; i < doc.tokens.length && i < from + 6; i++) {
    const t = doc.tokens[i]!;
    if (t.sentence !== sentence || (t.kind === 'punct' && t.text !== "'")) break;
    if (t.norm === 'here' || t.norm === 'internally') return true;
    // "within the firm", "inside the company" (not "within five years")
    if ((t.norm === 'within' || t.norm === 'inside') && HOUSE.has(doc.tokens[i + 2]?.norm ?? '')) return true;
  }
  return false;
}
const HOUSE = new Set(['firm', 'company', 'business', 'team', 'organization', 'group', 'practice', 'department', 'trust']);

/** Verbs that found a business: "open a bakery of my own". */
const FOUNDING = new Set(['own', 'open', 'opening', 'start', 'starting', 'launch', 'launching', 'set', 'setting', 'found', 'founding', 'build', 'building', 'have', 'having']);
/** Verbs that open something new: "open my own place". Not "run" or "build": one runs one's own caseload or builds one's own skills. */
const OPENING = new Set(['open', 'opening', 'start', 'starting', 'launch', 'launching', 'found', 'founding']);
/** What one may start of one's own without it being a business: "start my own family". */
const NOT_A_BUSINESS = new Set(['family', 'home', 'house', 'flat', 'household', 'caseload', 'projects', 'project', 'research', 'clinic', 'clinics', 'list']);
/** "my own series for the studio": a preposition ends the thing owned. */
const PREPOSITIONS = new Set(['for', 'at', 'with', 'in', 'of', 'to', 'on', 'within', 'inside', 'under']);
/** "rather than just the cloud platform": more than the role, not away from it. */
const ONLY = new Set(['just', 'only', 'simply', 'merely']);
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

/** Every "own": both readings below start from "my own". */
const OWNS = wordPositions(['own']);

/** Does the company text name the business noun in the plural ("a chain with 310 stores", "60 community pharmacies")? Then it has many. */
function companyHasMany(context: Context, noun: string): boolean {
  const one = singular(noun);
  const plurals = new Set([`${one}s`, `${one}es`, one.endsWith('y') ? `${one.slice(0, -1)}ies` : '']);
  return context.company?.tokens.some((t) => plurals.has(t.norm)) ?? false;
}

/** "my own (small) salon", "my own accountancy practice": up to three words between "my own" and the business. */
function ownBusinesses(doc: Doc, context: Context): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  const { tokens } = doc;
  for (const own of OWNS(doc)) {
    const i = own - 1;
    if (i < 0 || tokens[i]!.norm !== 'my') continue;
    let found = false;
    for (let j = i + 2; j < tokens.length && j <= i + 5; j++) {
      if (tokens[j]!.sentence !== tokens[i]!.sentence || tokens[j]!.kind === 'punct' || PREPOSITIONS.has(tokens[j]!.norm)) break;
      if (BUSINESS_NOUNS.has(tokens[j]!.norm)) {
        found = true;
        // "my own practice area within the firm", "my own team here": a part of this company, not a business of one's own.
        // "running my own store" when the company has 310 stores: one of its own, unless it is opened ("open my own store").
        const opening = OPENING.has(tokens[i - 1]?.norm ?? '') || tokens[i - 1]?.norm === 'up';
        if (!PART_OF.has(tokens[j + 1]?.norm ?? '') && !insideHere(doc, j + 1) && (opening || !companyHasMany(context, tokens[j]!.norm))) out.push({ first: i, last: j + 1 });
        break;
      }
      // "my own research group at a university": a part of another employer.
      if (PART_OF.has(tokens[j]!.norm) && EMPLOYER_PREPOSITIONS.has(tokens[j + 1]?.norm ?? '') && (tokens[j + 2]?.norm === 'a' || tokens[j + 2]?.norm === 'an')) {
        found = true;
        out.push({ first: i, last: j + 4 });
        break;
      }
    }
    // "open my own place", "start my own outfit": opening something of one's own is a business, whatever it is called.
    const noun = tokens[i + 2];
    const verb = tokens[i - 1]?.norm ?? '';
    const opened = OPENING.has(verb) || (verb === 'up' && (tokens[i - 2]?.norm === 'set' || tokens[i - 2]?.norm === 'setting'));
    if (!found && opened && noun && noun.kind === 'word' && noun.sentence === tokens[i]!.sentence && !NOT_A_BUSINESS.has(noun.norm) && !PART_OF.has(noun.norm) && !insideHere(doc, i + 3)) {
      out.push({ first: i - 1, last: i + 3 });
    }
  }
  // "a small studio of my own"
  for (const own of OWNS(doc)) {
    const i = own - 2;
    if (i < 2 || tokens[i]!.norm !== 'of' || tokens[i + 1]!.norm !== 'my') continue;
    for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
      if (tokens[j]!.sentence !== tokens[i]!.sentence || tokens[j]!.kind === 'punct') break;
      if (BUSINESS_NOUNS.has(tokens[j]!.norm)) {
        // "own a studio of my own", "open a shop of my own"; not "take on a second store of my own" (running one of the company's).
        let founding = false;
        for (let k = j - 1; k >= 0 && k >= j - 7; k--) if (FOUNDING.has(tokens[k]!.norm)) founding = true;
        if (founding) out.push({ first: j, last: i + 3 });
        break;
      }
    }
  }
  for (const m of OWN_PHRASES.match(doc)) out.push(m);
  return out;
}

/** In the company text only these make the job one's own business: "an electrical contractor" is a company, "a franchise" is run by its holder. */
const SELF_EMPLOYED_COMPANIES = new Set(['self-employed', 'freelance', 'freelancer', 'franchise', 'franchisee']);

function selfEmployedRole(context: Context): boolean {
  if (context.role?.tokens.some((t) => SELF_EMPLOYED_ROLES.has(t.norm))) return true;
  return context.company?.tokens.some((t) => SELF_EMPLOYED_COMPANIES.has(t.norm)) ?? false;
}

const MOVES = new Set(['move', 'moving', 'switch', 'switching', 'go', 'going', 'cross', 'crossing', 'jump']);
const MOVE_VERBS = wordPositions(MOVES);

/** "move to the sponsor side", "switch over to the client side": the other side of the table. */
function otherSide(doc: Doc): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  const { tokens } = doc;
  for (const i of MOVE_VERBS(doc)) {
    const t = tokens[i]!;
    for (let j = i + 1; j < tokens.length && j <= i + 5; j++) {
      if (tokens[j]!.sentence !== t.sentence || tokens[j]!.kind === 'punct') break;
      if (tokens[j]!.norm === 'side' && tokens[j - 2]?.norm === 'the') {
        out.push({ first: i, last: j + 1 });
        break;
      }
    }
  }
  return out;
}

const WANTING = new Set(['i', 'to', "i'd", "i'll", "i'm", 'want', 'like', 'plan', 'hope']);

/** Is the verb at `i` the speaker's aim ("I want to leave…", "I'd leave…")? */
function wantsTo(doc: Doc, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) if (doc.tokens[j]!.sentence === doc.tokens[i]!.sentence && WANTING.has(doc.tokens[j]!.norm)) return true;
  return false;
}

/** After "put … behind", the speaker: what one leaves in one's past. */
const BEHIND_ME = new Set(['me', 'us', 'myself']);
const GIVING_UP = wordPositions(['leave', 'leaving', 'put', 'stop', 'stopped', 'quit']);

/** "…I'll have stopped testing entirely", "leave advisory work behind". */
function givingUp(doc: Doc): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  for (const i of GIVING_UP(doc)) {
    const t = doc.tokens[i]!;
    if ((t.norm === 'leave' || t.norm === 'leaving' || t.norm === 'put') && wantsTo(doc, i)) {
      for (let j = i + 2; j < doc.tokens.length && j <= i + 4; j++) {
        if (doc.tokens[j]!.sentence !== t.sentence) break;
        if (doc.tokens[j]!.norm !== 'behind') continue;
        // "put the ward behind me" is leaving it; "put a framework behind what I've learned" is backing it up.
        if (t.norm !== 'put' || BEHIND_ME.has(doc.tokens[j + 1]?.norm ?? '')) out.push({ first: i, last: j + 1 });
      }
    }
    if (t.norm !== 'stop' && t.norm !== 'stopped' && t.norm !== 'quit') continue;
    const next = doc.tokens[i + 1];
    const after = doc.tokens[i + 2];
    if (next?.norm.endsWith('ing') && after && WHOLLY.has(after.norm)) out.push({ first: i, last: i + 3 });
  }
  return out;
}

const EMPLOYER_PREPOSITIONS = new Set(['at', 'for', 'with']);
const SWITCHES = new Set(['switch', 'switching', 'retrain', 'retraining', 'transfer', 'transferring', 'pivot', 'pivoting']);
const INTO_MOVES = new Set(['move', 'moving', 'go', 'going', 'get', 'getting', 'cross', 'crossing']);

/** "switch into marketing", "move into sales": a change of discipline, not a step up in this one. */
function switching(doc: Doc, first: number): boolean {
  for (let i = first - 1; i >= 0 && i >= first - 4; i--) {
    const t = doc.tokens[i]!.norm;
    if (SWITCHES.has(t)) return true;
    if (t === 'into' && INTO_MOVES.has(doc.tokens[i - 1]?.norm ?? '')) return true;
  }
  return false;
}
/** Kinds of employer: "at a global reinsurer", "one of the big City firms". */
const EMPLOYERS = new Set([
  'company', 'companies', 'firm', 'firms', 'agency', 'agencies', 'reinsurer', 'insurer', 'bank', 'banks', 'consultancy', 'consultancies', 'club', 'clubs',
  'studio', 'studios', 'startup', 'start-up', 'startups', 'corporation', 'multinational', 'manufacturer', 'retailer', 'chain', 'employer',
  'fintech', 'fintechs', 'carrier', 'carriers', 'airline', 'airlines', 'contractor', 'contractors',
  // The voluntary sector: "running campaigns for an environmental charity" from a commercial brand.
  'charity', 'charities', 'nonprofit', 'nonprofits', 'non-profit', 'ngo', 'ngos',
]);
/** Employer words that say nothing of the kind: "at a company" needs a describing word ("a bigger company") to point anywhere. */
const GENERIC_EMPLOYERS = new Set(['company', 'companies', 'firm', 'firms', 'employer', 'corporation', 'club', 'clubs', 'studio', 'studios', 'chain', 'agency', 'agencies', 'contractor', 'contractors']);
const EMPLOYER_LEADS = new Set(['at', 'for', 'join', 'joining']);
/**
 * Generic employer words that still name a kind of workplace when a role is placed in them: "a recruiter at an agency" for
 * in-house HR, "a designer at a studio". Only right after a role word, since "at an agency" alone may be where the candidate
 * already is; a company text that names the kind ("a design studio") keeps it this employer's own.
 */
const KIND_EMPLOYERS = new Set(['agency', 'studio', 'club']);
const RECRUITERS = new Set(['recruiter', 'designer', 'physio', 'physiotherapist', 'copywriter', 'planner', 'consultant', 'producer', 'coach', 'nurse', 'manager',
  'executive', 'strategist', 'writer', 'therapist', 'trainer']);
const WORKING = new Set(['work', 'working', 'be', 'end', 'up', 'job', 'role', 'position', 'career', 'employed', 'based']);
const STUDY_PLACES = new Set(['university', 'college', 'school', 'institute', 'academy', 'course']);

/** "working at Google", "end up at Deloitte": a job there, not a course or a visit. */
function workingBefore(doc: Doc, at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 3; i--) if (WORKING.has(doc.tokens[i]!.norm)) return true;
  return false;
}

/** Capitalised words after "at" that are not another employer. */
const NOT_EMPLOYERS = new Set(['i', 'first', 'least', 'the', 'a', 'an', 'this', 'my', 'our', 'your', 'board', 'level', 'christmas', 'easter', 'university', 'college', 'school', 'home', 'work']);
const BIG = new Set(['big', 'biggest', 'large', 'larger', 'largest', 'major', 'top', 'leading']);
/** After the employer, these make it a description of a wished-for workplace, not another company: "a firm where…", "a company like yours". */
const DESCRIBING = new Set(['like', 'such', 'where', 'that', 'which', 'who', 'whose']);
/** Words that put a sentence's aim in the long run, where another employer means leaving. */
const LONG_RUN = new Set(['end', 'eventually', 'long', 'long-term', 'longer', 'ultimately', 'years', 'myself', 'decade', 'future', 'goal', 'ambition', 'dream']);
/** Past tense: an employer there is history ("I've spent six years at a bank"). */
const PAST = new Set(['spent', "i've", 'was', 'were', 'did', 'had', 'set', 'worked', 'joined', 'started', 'landed']);
/** Words of a role title that say nothing of the work itself. */
const TITLE_WORDS = new Set([
  'senior', 'junior', 'graduate', 'trainee', 'assistant', 'associate', 'manager', 'officer', 'specialist', 'lead', 'head', 'executive', 'principal',
  'deputy', 'chief', 'director', 'the', 'of', 'and', 'in', 'for', 'a', 'an', 'newly', 'qualified', 'staff', 'team', 'early', 'years', 'part-time',
  'full-time', 'it', 'level', 'advisor', 'adviser', 'coordinator', 'consultant', 'analyst', 'engineer', 'technician', 'worker',
]);
const TURNING_DOWN = new Set(['than', 'of', "isn't", 'leave', 'leaving', 'from']);
/** After "rather than", the work one does now: "rather than staying in banking" is why one applies, not a turn away from this role. */
const CURRENT = new Set(['staying', 'remaining', 'continuing', 'carrying', 'keep', 'keeping', 'stay', 'remain']);

/**
 * Is a word in the company's description or the role title (a name there is this employer's own)?
 * The set is built on first use: only a capitalised word in the right place asks, and most answers have none.
 */
function namedWordTest(context: Context): (norm: string) => boolean {
  let named: Set<string> | undefined;
  return (norm) => {
    if (!named) {
      named = new Set<string>();
      for (const t of context.company?.tokens ?? []) named.add(t.norm);
      for (const t of context.role?.tokens ?? []) named.add(t.norm);
    }
    return named.has(norm);
  };
}

/**
 * "…at a global reinsurer", "…end up at one of the big City firms": another kind of employer as a long-run aim.
 * Not "a firm like yours", not "a company that values its people", not in a sentence about the past.
 */
const JOB_WORDS = new Set(['role', 'job', 'position', 'post', 'career', 'placement']);
const EMPLOYER_LEAD_WORDS = wordPositions(['or', 'to', 'like', 'with', ...EMPLOYER_LEADS]);
/** Before "like", these make a named firm the kind of employer wanted: "end up somewhere like Garrick Baines". */
const SOMEWHERE = new Set(['somewhere', 'someplace', 'firm', 'company', 'agency', 'practice', 'place']);
function otherEmployers(doc: Doc, context: Context): { first: number; last: number }[] {
  const out: { first: number; last: number; moved?: boolean }[] = [];
  const { tokens } = doc;
  const isNamed = namedWordTest(context);
  for (const i of EMPLOYER_LEAD_WORDS(doc)) {
    if (i + 2 >= tokens.length) break;
    const lead = tokens[i]!.norm;
    // "…or one of the big tech companies"
    if (lead === 'or' && tokens[i + 1]!.norm === 'one' && tokens[i + 2]?.norm === 'of') {
      const big = i + 4;
      if (tokens[i + 3]?.norm === 'the' && BIG.has(tokens[big]?.norm ?? '')) out.push({ first: i, last: Math.min(big + 2, tokens.length) });
      continue;
    }
    // "a medical affairs role with one of the big drug companies": "with" names an employer only after a job word and before the big names
    // of a sector ("our relationship with one of the big supermarkets" is a client).
    if (lead === 'with') {
      const big = i + 4;
      if (JOB_WORDS.has(tokens[i - 1]?.norm ?? '') && tokens[i + 1]!.norm === 'one' && tokens[i + 2]?.norm === 'of' && tokens[i + 3]?.norm === 'the' && BIG.has(tokens[big]?.norm ?? '') && tokens[big + 1]?.kind === 'word') {
        out.push({ first: i, last: Math.min(big + 2, tokens.length) });
      }
      continue;
    }
    const name = tokens[i + 1]!;
    // "somewhere like Garrick Baines": another named firm as the place wanted.
    if (lead === 'like') {
      if (SOMEWHERE.has(tokens[i - 1]?.norm ?? '') && name.kind === 'word' && /^[A-Z]/.test(name.text) && !isNamed(name.norm) && !NOT_EMPLOYERS.has(name.norm)) out.push({ first: i - 1, last: i + 2 });
      continue;
    }
    // "move to a product company": a move's destination is an employer as "at" is.
    if (!EMPLOYER_LEADS.has(lead) && !(lead === 'to' && MOVES.has(tokens[i - 1]?.norm ?? ''))) continue;
    // "working at Google": a named employer that is not this one.
    if (
      (lead === 'at' || lead === 'join' || lead === 'joining') && name.kind === 'word' && /^[A-Z]/.test(name.text) && !isNamed(name.norm) &&
      !NOT_EMPLOYERS.has(name.norm) && (lead !== 'at' || workingBefore(doc, i)) && !between(doc, i + 1, Math.min(i + 5, tokens.length), [...STUDY_PLACES])
    ) {
      out.push({ first: i, last: i + 2 });
      continue;
    }
    const article = tokens[i + 1]!.norm;
    const oneOfThe = article === 'one' && tokens[i + 2]?.norm === 'of' && tokens[i + 3]?.norm === 'the';
    const start = article === 'a' || article === 'an' ? i + 2 : oneOfThe ? i + 4 : -1;
    if (start < 0) continue;
    // "one of the big discounters": the big names of a sector are other employers, whatever the noun.
    if (oneOfThe && BIG.has(tokens[start]!.norm) && tokens[start + 1]?.kind === 'word') {
      out.push({ first: i, last: start + 2, moved: lead === 'to' });
      continue;
    }
    // A generic employer needs a describing word before it ("a global firm", "the big City firms"); a kind of employer does not ("at a fintech").
    for (let j = start; j < tokens.length && j <= start + 4; j++) {
      const t = tokens[j]!;
      if (t.sentence !== tokens[i]!.sentence || t.kind === 'punct') break;
      if (!EMPLOYERS.has(t.norm) || (j === start && GENERIC_EMPLOYERS.has(t.norm) && !(KIND_EMPLOYERS.has(t.norm) && RECRUITERS.has(tokens[i - 1]?.norm ?? '')))) continue;
      // "for a bank" when applying to a bank: this employer's own kind.
      if (j === start && isNamed(t.norm)) break;
      if (!DESCRIBING.has(tokens[j + 1]?.norm ?? '') && !between(doc, start, j, ['this', 'your', 'yours', 'our']) && !sameKind(doc, start, j + 1, context)) out.push({ first: i, last: j + 1, moved: lead === 'to' });
      break;
    }
  }
  return out.filter((m) => {
    const s = doc.sentences[doc.tokens[m.first]!.sentence]!;
    // "After nine years running training for a retail chain, …": an opening clause about the time already served.
    // ("After about a year I'd like to move to…" has its own subject before the employer: an aim.)
    if (doc.tokens[s.first]!.norm === 'after' && !between(doc, s.first, m.first, [',', 'i', "i'd", "i'll", "i'm", 'we'])) return false;
    // A move to another employer is the aim whenever it is said ("after eighteen months I want to move to one of the big agencies").
    // "I ran the night shift at a discount chain for two years": the speaker's own clause, told in the past.
    if (speakerToldPast(doc, m.first)) return false;
    let longRun = m.moved === true;
    for (let i = s.first; i < s.last; i++) {
      const w = doc.tokens[i]!.norm;
      if (PAST.has(w) || w === 'here') return false;
      if (LONG_RUN.has(w)) longRun = true;
    }
    return longRun;
  });
}

/** The speaker as a clause's subject. */
const SPEAKER = new Set(['i', 'we']);
/** The speaker with a helper verb: "After I qualified I'd like to move to…" is decided by "I'd", the nearer subject. */
const SPEAKER_WITH_AUX = new Set(["i'd", "i'll", "i'm", "i've", "we'd", "we'll", "we're", "we've"]);
/** Past forms that still aim forward: "I wanted to end up at a global firm" is a wish, even if told in the past. */
const WISHED = new Set(['wanted', 'hoped', 'planned', 'aimed', 'intended', 'dreamed', 'dreamt', 'decided', 'meant']);
/** Words between a subject and its verb: "I then ran", "we also built". */
const ADVERBS = new Set(['then', 'also', 'just', 'once', 'previously', 'originally', 'first', 'later', 'briefly', 'actually']);

/**
 * Is the clause that leads up to token `at` the speaker's, told in the past ("I ran the night shift at a discount chain",
 * "we supplied stores for a national retailer")? The nearest "I" or "we" before it in its clause decides; a wish told in the past
 * ("I always wanted to work at…") is still an aim.
 */
function speakerToldPast(doc: Doc, at: number): boolean {
  const sentence = doc.tokens[at]!.sentence;
  for (let i = at - 1; i >= 0 && i >= at - 10; i--) {
    const t = doc.tokens[i]!;
    if (t.sentence !== sentence || t.kind === 'punct') return false;
    if (SPEAKER_WITH_AUX.has(t.norm)) return false;
    if (!SPEAKER.has(t.norm)) continue;
    let v = i + 1;
    while (v < at && ADVERBS.has(doc.tokens[v]!.norm)) v++;
    const verb = doc.tokens[v]?.norm ?? '';
    return v < at && isPast(verb) && !WISHED.has(verb);
  }
  return false;
}

/** "a food manufacturer" when the company is one: the employer named is of this company's own kind. */
function sameKind(doc: Doc, first: number, last: number, context: Context): boolean {
  const start = doc.tokens[first]!.start;
  const end = doc.tokens[last - 1]!.end;
  // Every field of the word must be the company's: "a fintech" is not a web agency's own kind, though software is.
  return context.fields.hits.some((h) => h.start >= start && h.end <= end && h.fields.every((f) => context.fields.target.includes(f)));
}

/** "I've been a freelance writer for eight years": the business is the speaker's past, not a plan. */
function pastBefore(doc: Doc, first: number): boolean {
  const s = doc.sentences[doc.tokens[first]!.sentence]!;
  for (let i = Math.max(s.first, first - 8); i < first; i++) if (PAST_OWN.has(doc.tokens[i]!.norm)) return true;
  return false;
}
const PAST_OWN = new Set(['spent', "i've", 'was', 'were', 'did', 'worked', 'used', 'ran', 'last', 'previously']);

const ASKING = new Set(['ask', 'asks', 'asked', 'asking', 'wonder', 'wonders', 'wondered', 'expect', 'expects', 'assume', 'assumes']);
const DENIALS = new Set(["don't", "didn't", "won't", 'not', 'never']);

/**
 * "People often ask if I want my own restaurant, but I don't": someone else's question, answered no. A plan reported as asked
 * ("ask if", "wonder whether") and then denied in the same sentence is not the speaker's.
 */
function askedOf(doc: Doc, first: number, last: number): boolean {
  const sentence = doc.tokens[first]!.sentence;
  let asked = false;
  for (let i = first - 1; i >= 0 && i >= first - 5 && doc.tokens[i]!.sentence === sentence; i--) {
    const w = doc.tokens[i]!.norm;
    if ((w === 'if' || w === 'whether') && ASKING.has(doc.tokens[i - 1]?.norm ?? '')) asked = true;
  }
  if (!asked) return false;
  for (let i = last; i < doc.tokens.length && i < last + 6 && doc.tokens[i]!.sentence === sentence; i++) if (DENIALS.has(doc.tokens[i]!.norm)) return true;
  return false;
}

/** Third-person subjects that make "my own …" the object of something else's doing: "it keeps my own practice sharp". */
const THING_SUBJECTS = new Set(['it', 'this', 'that', 'which', 'what']);

/**
 * "it keeps my own practice sharp", "which feeds my own practice": a thing acting on the speaker's own work (the skill
 * sense of "practice"), not the speaker founding something. The verb right before "my own" has a third-person "-s" and a thing
 * for its subject.
 */
function somethingActsOn(doc: Doc, first: number): boolean {
  const start = doc.tokens[first]!.norm === 'my' ? first : first + 1;
  const verb = doc.tokens[start - 1];
  const subject = doc.tokens[start - 2];
  if (!verb || !subject || verb.sentence !== doc.tokens[start]!.sentence || subject.sentence !== verb.sentence) return false;
  return THING_SUBJECTS.has(subject.norm) && verb.norm.length > 3 && verb.norm.endsWith('s') && !verb.norm.endsWith('ss');
}

/** The sentence index of the token that starts at or covers character `start`. */
function sentenceAt(doc: Doc, start: number): number {
  return doc.tokens[tokenIndexAt(doc.tokens, start)]?.sentence ?? -1;
}

function between(doc: Doc, from: number, to: number, words: string[]): boolean {
  for (let i = from; i < to; i++) if (words.includes(doc.tokens[i]!.norm)) return true;
  return false;
}

const NOTS = wordPositions(['not']);
const TURNING_DOWN_WORDS = wordPositions([...TURNING_DOWN, 'interested']);

const OUT_MOVES = new Set(['get', 'move', 'step', 'go', 'moving', 'getting', 'stepping', 'transition', 'myself']);
/** A rough stem, so the role's "teacher" meets the answer's "teaching". */
const stem = (word: string) => (word.length > 4 ? word.slice(0, 4) : word);
/**
 * Do two words share a stem as forms of one word? A word of four letters or fewer is its whole stem, so it meets only a short
 * ending ("care" and "carer", "sale" and "sales"), not a longer word that merely starts with it ("mark" and "marketing").
 */
const sameStem = (a: string, b: string) => stem(a) === stem(b) && (Math.min(a.length, b.length) > 4 || Math.abs(a.length - b.length) <= 3);

/** The role's own work, turned down in an aim: "my long-term goal isn't support", "rather than on the agency side", "…, not schools". */
function roleTurnedDown(doc: Doc, context: Context): { first: number; last: number }[] {
  // Short words count when written as an acronym ("HR advisor", "QA tester").
  const roleWord = (t: Token) => t.kind === 'word' && (t.norm.length > 2 || (t.norm.length === 2 && t.text === t.text.toUpperCase())) && !TITLE_WORDS.has(t.norm);
  const roleWords = (context.role?.tokens ?? []).filter(roleWord).map((t) => t.norm);
  const words = new Set(roleWords.map(stem));
  const isRoleWord = (norm: string) => words.has(stem(norm)) && roleWords.some((w) => sameStem(w, norm));
  // The company's words are read only after ", not": built when first needed.
  let companyWords: Set<string> | undefined;
  const companyWord = (stemmed: string) =>
    (companyWords ??= new Set((context.company?.tokens ?? []).filter((t) => t.kind === 'word' && t.norm.length > 3 && !TITLE_WORDS.has(t.norm)).map((t) => stem(t.norm)))).has(stemmed);
  const out: { first: number; last: number }[] = [];
  // "…luxury homes for private clients, not schools": the company's own work, turned down at the end of a clause.
  // "…driving, not working in a warehouse": the work may come a few words on.
  for (const i of NOTS(doc)) {
    const t = doc.tokens[i]!;
    // "across a platform, not one product": more than the role, not away from it.
    const after = doc.tokens[i + 1]?.norm ?? '';
    if (doc.tokens[i - 1]?.text !== ',' || ONLY.has(after) || after === 'one') continue;
    for (let j = i + 1; j < doc.tokens.length && j <= i + 4; j++) {
      const x = doc.tokens[j]!;
      if (x.sentence !== t.sentence || x.kind === 'punct') break;
      if (isRoleWord(x.norm) || companyWord(stem(x.norm))) {
        out.push({ first: i, last: j + 1 });
        break;
      }
    }
  }
  // A word of the role's own field turned down: "rather than working in a classroom". Not in a story about the past.
  // The role's own field is its title's head ("sales" in "Medical device sales representative"): a word of the sector
  // it sells to ("…rather than individual wards") names customers, not the work turned down.
  const headFields = context.role ? (fieldHits(context.role).at(-1)?.fields ?? []) : [];
  const ownField = (f: string) => context.fields.primary.includes(f) && (headFields.length === 0 || headFields.includes(f));
  const roleFieldStarts = new Set(
    context.kind === 'missed_goal' || !context.fields.roleKnown ? [] : context.fields.hits.filter((h) => h.fields.some(ownField)).map((h) => h.first),
  );
  if (words.size === 0 && roleFieldStarts.size === 0) return out;
  for (const i of TURNING_DOWN_WORDS(doc)) {
    const t = doc.tokens[i]!;
    if (!TURNING_DOWN.has(t.norm) && !(t.norm === 'interested' && isNegated(doc, i, 3))) continue;
    if (t.norm === 'than' && doc.tokens[i - 1]?.norm !== 'rather') continue;
    if (t.norm === 'of' && doc.tokens[i - 1]?.norm !== 'instead' && doc.tokens[i - 1]?.norm !== 'out') continue;
    if (t.norm === 'from' && doc.tokens[i - 1]?.norm !== 'away') continue;
    // "I'm not looking to leave nursing", "I'd never want to leave teaching": the leaving is denied.
    if ((t.norm === 'leave' || t.norm === 'leaving') && isNegated(doc, i, 4)) continue;
    // "out of nursing": only a move out ("get out of", "move out of"), not "the best out of".
    if (t.norm === 'of' && doc.tokens[i - 1]?.norm === 'out' && !OUT_MOVES.has(doc.tokens[i - 2]?.norm ?? '')) continue;
    // "rather than only the ward", "rather than one hospital": more than the role's setting, not away from it.
    if (ONLY.has(doc.tokens[i + 1]?.norm ?? '') || doc.tokens[i + 1]?.norm === 'one') continue;
    // "rather than looking after existing customers", "rather than working in a classroom": the role's word, or after
    // "rather than" a word of its field. Not what one is leaving to come here ("rather than staying in corporate banking").
    const rather = t.norm === 'than';
    if (rather && CURRENT.has(doc.tokens[i + 1]?.norm ?? '')) continue;
    // "I'm not interested in staying in practice": staying on in the company's own kind of work, turned down.
    const stayingOn = t.norm === 'interested' && doc.tokens[i + 1]?.norm === 'in' && CURRENT.has(doc.tokens[i + 2]?.norm ?? '');
    for (let j = i + 1; j < doc.tokens.length && j <= i + (rather || stayingOn ? 4 : 3); j++) {
      const x = doc.tokens[j]!;
      if (x.sentence !== t.sentence || x.kind === 'punct') break;
      if (isRoleWord(x.norm) || (rather && roleFieldStarts.has(j)) || (stayingOn && j > i + 2 && x.norm.length > 3 && companyWord(stem(x.norm)))) {
        out.push({ first: i, last: j + 1 });
        break;
      }
    }
  }
  return out;
}

const RELOCATING = new Set(['move', 'moving', 'relocate', 'relocating', 'emigrate', 'emigrating']);
const FAR = new Set(['abroad', 'overseas']);

/** "move to Australia", "relocate to Toronto", "work abroad" in a long-run aim: a place the company is not in. Not a move in the spring (leaving_soon's). */
const MOVING_ABROAD = wordPositions([...RELOCATING, 'work', 'working']);
function abroad(doc: Doc, context: Context): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  const { tokens } = doc;
  const isNamed = namedWordTest(context);
  for (const i of MOVING_ABROAD(doc)) {
    if (i + 2 >= tokens.length) break;
    const verb = tokens[i]!.norm;
    if (!RELOCATING.has(verb) && verb !== 'work' && verb !== 'working') continue;
    // "work abroad", "move overseas"
    if (FAR.has(tokens[i + 1]!.norm)) {
      if (sentenceHas(doc, tokens[i]!.sentence, LONG_RUN)) out.push({ first: i, last: i + 2 });
      continue;
    }
    if (!RELOCATING.has(verb) || tokens[i + 1]!.norm !== 'to') continue;
    const place = tokens[i + 2]!;
    if (place.kind !== 'word' || place.sentence !== tokens[i]!.sentence || !/^[A-Z]/.test(place.text) || isNamed(place.norm) || NOT_EMPLOYERS.has(place.norm)) continue;
    if (sentenceHas(doc, place.sentence, LONG_RUN)) out.push({ first: i, last: i + 3 });
  }
  return out;
}

const OFFERING_VERBS = wordPositions(['do', 'does', 'offer', 'offers', 'have', 'has', 'provide', 'provides', 'run', 'runs']);

/** "that isn't something Orrin does", "you don't offer it": the company does not have the direction named. */
function notOffered(doc: Doc, context: Context): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  const { tokens } = doc;
  // The company's names, read only once a negated offering verb turns up (most answers have none).
  let names: Set<string> | undefined;
  const named = (norm: string) => {
    if (!names) {
      names = new Set((context.company?.tokens ?? []).filter((t) => t.kind === 'word' && /^[A-Z]/.test(t.text) && t.norm.length > 2 && !NOT_EMPLOYERS.has(t.norm)).map((t) => t.norm));
      names.add('you');
    }
    return names.has(norm);
  };
  for (const i of OFFERING_VERBS(doc)) {
    // "…which you don't do yet": a gap the speaker would fill here, not a direction the company lacks.
    if (i < 1 || tokens[i + 1]?.norm === 'to' || yetAfter(doc, i + 1) || !isNegated(doc, i, 4)) continue;
    if (named(tokens[i - 1]!.norm) || (tokens[i - 1]!.norm.endsWith("n't") && named(tokens[i - 2]?.norm ?? ''))) out.push({ first: Math.max(0, i - 3), last: i + 1 });
  }
  return out;
}

/** Is "yet" among the three words from `at`, in its clause: "you don't do yet", "you don't do much of yet"? */
function yetAfter(doc: Doc, at: number): boolean {
  for (let i = at; i < at + 3 && i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    if (t.kind === 'punct' || t.sentence !== doc.tokens[at - 1]?.sentence) return false;
    if (t.norm === 'yet') return true;
  }
  return false;
}

/** "…at a (professional) football club", "…for an airline": the field word names another kind of employer. */
function atAnotherEmployer(doc: Doc, first: number): boolean {
  for (let i = first - 1; i >= 1 && i >= first - 3; i--) {
    const t = doc.tokens[i]!;
    if (t.norm !== 'a' && t.norm !== 'an') continue;
    const before = doc.tokens[i - 1]!.norm;
    // "…at a football club", or "move to a housing developer"
    if (EMPLOYER_PREPOSITIONS.has(before) || (before === 'to' && MOVES.has(doc.tokens[i - 2]?.norm ?? ''))) return true;
  }
  return false;
}

/** Words a company's "no …" may name that say nothing of the direction itself: "no litigation department", "no product teams". */
const GENERIC_OFFERS = new Set([
  'team', 'teams', 'department', 'departments', 'unit', 'units', 'program', 'programs', 'practice', 'practices', 'role', 'roles', 'function', 'functions',
  'service', 'services', 'staff', 'people', 'own', 'its', 'their', 'the', 'any', 'and', 'for', 'with', 'work', 'jobs', 'job', 'path', 'paths', 'career',
  'careers', 'plans', 'plan', 'currently', 'yet', 'longer', 'more', 'other', 'than', 'that', 'this', 'those', 'there', 'here', 'office', 'offices',
]);
const COMPANY_NEGATORS = new Set(['no', 'not', 'without', 'never', 'nor']);
/** The denial ends with its clause: "no orthodontics yet but is opening…". */
const CLAUSE_ENDS = new Set(['but', 'yet', 'although', 'though', 'while', 'whereas', 'which', 'so', 'because', 'until']);

/**
 * What the company text says it does not have: "it has no gene therapy programme", "does not build or run sites", "a chain without
 * restaurants". The content words after a negator up to the clause's end, less any the text also uses elsewhere. Read once per analysis, and
 * cheap: a company text is a sentence or two, and the set stays empty unless it denies something.
 */
function unoffered(company: Doc): Set<string> {
  const out = new Set<string>();
  const { tokens } = company;
  const denied = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!COMPANY_NEGATORS.has(t.norm) && !t.norm.endsWith("n't")) continue;
    // Eight words, and eight more past each "or": "does not offer training contracts or a route to qualifying as a solicitor".
    for (let j = i + 1, reach = i + 8; j < tokens.length && j <= reach; j++) {
      const x = tokens[j]!;
      // "no motion, video or 3D work": a comma inside a list that goes on to "or" keeps the denial going.
      const listComma = x.text === ',' && listGoesOn(tokens, j + 1);
      if (x.sentence !== t.sentence || (x.kind === 'punct' && x.text !== '-' && x.text !== "'" && !listComma) || CLAUSE_ENDS.has(x.norm)) break;
      if (x.norm === 'or' || x.norm === 'nor') reach = Math.max(reach, j + 8);
      if (deniable(x)) denied.add(j);
    }
  }
  // "community and health visiting services are run by a separate provider": the work before it is done by another organisation.
  for (const i of byAnother(company)) {
    const sentence = tokens[i]!.sentence;
    for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
      const x = tokens[j]!;
      if (x.sentence !== sentence || (x.kind === 'punct' && x.text !== '-' && x.text !== "'") || CLAUSE_ENDS.has(x.norm)) break;
      if (deniable(x)) denied.add(j);
    }
  }
  if (denied.size > 0) {
    const elsewhere = new Set<string>();
    tokens.forEach((t, i) => {
      if (!denied.has(i) && t.kind === 'word') elsewhere.add(singular(t.norm));
    });
    for (const i of denied) {
      const w = singular(tokens[i]!.norm);
      if (!elsewhere.has(w)) out.add(w);
    }
  }
  return out;
}

/** After a comma, does the list reach "or" / "nor" within three words (and before any other stop)? */
function listGoesOn(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 4; k++) {
    const t = tokens[k]!;
    if (t.norm === 'or' || t.norm === 'nor') return true;
    if (t.kind === 'punct' && t.text !== ',') return false;
  }
  return false;
}

/** A content word a company text may deny: a word of more than three letters, or a short term with a digit ("3D", "5G"). */
function deniable(t: Token): boolean {
  if (t.kind === 'word') return t.norm.length > 3 && !GENERIC_OFFERS.has(t.norm);
  return t.kind === 'number' && /[a-z]/.test(t.norm) && !/^\d+(st|nd|rd|th|s)$/.test(t.norm);
}

/** Verbs whose doer, after "by", may be another organisation: "run by", "provided by". */
const DONE_BY = new Set(['run', 'provided', 'delivered', 'handled', 'done', 'offered', 'managed', 'covered']);
/** The other organisation: "a separate provider", "an external agency", "another trust". */
const ANOTHER_BODY = new Set(['separate', 'external', 'different', 'another', 'outside', 'third-party', 'partner']);

const PASSIVE_BE = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'gets', 'get']);

/** In a company text, the verb of "…are run by a separate provider", "…is handled by an external agency", and "…is outsourced". */
function byAnother(company: Doc): number[] {
  const out: number[] = [];
  const { tokens } = company;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    // "design is outsourced to an agency"; not "an outsourced provider", which names no work of the company's.
    if (w === 'outsourced' && PASSIVE_BE.has(tokens[i - 1]?.norm ?? '')) out.push(i);
    if (!DONE_BY.has(w) || tokens[i + 1]?.norm !== 'by') continue;
    for (let j = i + 2; j < tokens.length && j <= i + 4; j++) if (ANOTHER_BODY.has(tokens[j]!.norm)) out.push(i);
  }
  return out;
}

/** Away phrases that move the speaker somewhere: the destination decides whether it is away. */
const MOVE_TO_PHRASES = new Set(['move across to', 'move over to']);
/** Parts of one employer one may move between: "the platform team", "your Hillside site". */
const UNITS = new Set(['team', 'teams', 'squad', 'squads', 'department', 'unit', 'office', 'site', 'branch', 'depot', 'division', 'desk', 'ward', 'store', 'plant', 'function']);
/** In a destination, these make it somewhere else: "the platform team at a startup", "another team". */
const OTHER_PLACE = new Set(['a', 'an', 'another', 'other', 'different', 'new', 'elsewhere']);
const DETERMINERS = new Set(['the', 'your', 'our', 'its']);
const AT_EMPLOYER = new Set(['at', 'with', 'in']);

/**
 * "…move across to the platform team", "…move over to your Hillside site": the destination is a unit of this employer that the
 * company text itself names (a word describing the unit appears there), with no other employer after it. A unit the text does not
 * name ("the marketing team" for a sales role, when the text has none) is still reported: it may be another kind of role.
 * A destination with no unit word is the work itself: "move across to annuity pricing" is internal when the text names every word of it.
 */
function internalDestination(doc: Doc, from: number, context: Context): boolean {
  if (!context.company) return false;
  const isNamed = namedWordTest(context);
  const sentence = doc.tokens[from - 1]!.sentence;
  let describedHere = false;
  // Without a unit word, the destination is the work itself ("move across to annuity pricing"): internal only when the company text
  // names all of it as a path it offers ("…pricing, reserving and bulk annuity teams with internal rotations").
  const onPath = offeredPathWords(context.company);
  let named = 0;
  let unnamed = 0;
  for (let i = from; i < doc.tokens.length && i < from + 7; i++) {
    const t = doc.tokens[i]!;
    if (t.sentence !== sentence || t.kind === 'punct' || PREPOSITIONS.has(t.norm) || t.norm === 'and') break;
    if (OTHER_PLACE.has(t.norm)) return false;
    if (UNITS.has(t.norm)) {
      // "…the platform team at a startup": the unit of another employer. "…the platform team for a stint" stays here.
      const next = doc.tokens[i + 1];
      const after = doc.tokens[i + 2]?.norm ?? '';
      if (next && next.sentence === sentence && AT_EMPLOYER.has(next.norm) && OTHER_PLACE.has(after)) return false;
      return describedHere;
    }
    if (DETERMINERS.has(t.norm) || t.norm.length <= 2) continue;
    if (isNamed(t.norm)) describedHere = true;
    if (onPath.has(t.norm)) named++;
    else unnamed++;
  }
  return named > 0 && unnamed === 0;
}

/** Owners other than the speaker: "your move", "its switch", "the company's move". */
const OTHERS_POSSESSIVES = new Set(['your', 'their', 'its', 'his', 'her']);

/** Is the word at `first` a noun owned by someone else ("your move away from…", "the trust's move to…")? */
function someoneElses(doc: Doc, first: number): boolean {
  const before = doc.tokens[first - 1];
  if (!before || before.sentence !== doc.tokens[first]!.sentence) return false;
  return OTHERS_POSSESSIVES.has(before.norm) || (before.norm.endsWith("'s") && !CONTRACTED_IS.has(before.norm));
}
/** "'s" that is "is" or "us", not an owner: "there's a move away from…". */
const CONTRACTED_IS = new Set(["it's", "that's", "there's", "here's", "what's", "who's", "he's", "she's", "let's", "where's", "one's"]);

/** In a company text, words that offer a move between its parts: "internal rotations", "can progress to", "a secondment to". */
const PATH_WORDS = new Set(['rotation', 'rotations', 'rotate', 'rotates', 'rotating', 'rotational', 'progress', 'progression', 'move', 'moves', 'transfer', 'transfers',
  'secondment', 'secondments', 'pathway', 'pathways', 'route', 'routes', 'path', 'paths']);

/**
 * The words of the company text's sentences that offer a move ("…the company has pricing, reserving and bulk annuity teams with
 * internal rotations"): the places named there are paths it offers. Empty when the text offers none ("its research team is a separate
 * department"). Built once per company text.
 */
const offeredPathWords = memo((company: Doc): Set<string> => {
  const offering = new Set(company.tokens.filter((t) => PATH_WORDS.has(t.norm)).map((t) => t.sentence));
  return new Set(company.tokens.filter((t) => offering.has(t.sentence) && t.kind === 'word').map((t) => t.norm));
});

/** Parts of an employer a role may sit in: "your validation group", "our audit team". */
const HOUSE_UNITS = new Set([...UNITS, 'group', 'groups', 'lab', 'labs', 'laboratory', 'programme', 'program', 'scheme', 'practice']);
const THIS_EMPLOYERS = new Set(['your', 'our']);

/**
 * Does the clause of the role at [first, last) place it in this company: "…a category manager role here", "…internally",
 * "…into your validation group as a scientist"? A "your" counts only before a unit of the employer ("use your training to become…"
 * names no place).
 */
function placedHere(doc: Doc, first: number, last: number): boolean {
  if (insideHere(doc, last) || (doc.tokens[last]?.norm === 'role' && insideHere(doc, last + 1))) return true;
  const sentence = doc.tokens[first]!.sentence;
  for (let i = first - 1; i >= 0 && i >= first - 8; i--) {
    const t = doc.tokens[i]!;
    if (t.sentence !== sentence || t.kind === 'punct') return false;
    if (!THIS_EMPLOYERS.has(t.norm)) continue;
    for (let j = i + 1; j < first && j <= i + 3; j++) if (HOUSE_UNITS.has(doc.tokens[j]!.norm)) return true;
  }
  return false;
}

/** "…forever", "…for ever", "…for the rest of my career" within a few words: a length of time, with no direction named. */
function forEver(doc: Doc, from: number): boolean {
  const sentence = doc.tokens[from - 1]!.sentence;
  for (let i = from; i < doc.tokens.length && i < from + 5 && doc.tokens[i]!.sentence === sentence; i++) {
    const w = doc.tokens[i]!.norm;
    if (w === 'forever' || (w === 'ever' && doc.tokens[i - 1]?.norm === 'for') || (w === 'rest' && doc.tokens[i + 2]?.norm === 'my')) {
      // "…forever; I want to move into sales": a direction after it is still reported by its own words.
      return true;
    }
    if (doc.tokens[i]!.kind === 'punct') return false;
  }
  return false;
}

/** Whose business one takes over: "my parents' farm", "my dad's garage", "the family firm". */
const FAMILY = new Set(['family', "family's", 'parents', "parents'", "dad's", "father's", "mum's", "mom's", "mother's", "uncle's", "aunt's", "grandparents", "grandad's", "grandfather's"]);
const TAKING_OVER = wordPositions(['take', 'taking', 'inherit', 'inheriting', 'join', 'joining']);

/** "take over my parents' farm", "join the family business": a business of one's own by succession. */
function familyBusiness(doc: Doc): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  const { tokens } = doc;
  for (const i of TAKING_OVER(doc)) {
    let j = tokens[i]!.norm.startsWith('tak') ? (tokens[i + 1]?.norm === 'over' ? i + 2 : -1) : i + 1;
    if (j < 0) continue;
    if (tokens[j]?.norm !== 'my' && tokens[j]?.norm !== 'the' && tokens[j]?.norm !== 'our') continue;
    let family = false;
    for (j = j + 1; j < tokens.length && j <= i + 6; j++) {
      const t = tokens[j]!;
      if (t.sentence !== tokens[i]!.sentence || (t.kind === 'punct' && t.text !== "'")) break;
      if (FAMILY.has(t.norm)) family = true;
      else if (family && BUSINESS_NOUNS.has(t.norm)) {
        out.push({ first: i, last: j + 1 });
        break;
      }
    }
  }
  return out;
}

export const misaligned: Rule = {
  id: 'misaligned',
  meta: {
    description: 'Goals that lead away from this company or role although in its field: own business, a switch to another kind of role, a competitor\'s path, a direction the company does not offer.',
    severity: 'moderate',
    docs:
      'Own-business plans (data/own-business.yml), signals of leaving the role\'s core or of another company\'s path (data/away.yml) in a sentence about the future, ' +
      'the same profession aimed at another kind of employer (a hospital physio aiming at a football club, "a senior engineer at a fintech"), a path the company does not have, ' +
      'the role\'s own work turned down ("rather than…", "not interested in staying in practice" when the company is a practice, ", not working in a warehouse", "not interested in HR", "rather than working in a classroom"), opening something of one\'s own ("open my own place"), taking over a family business ("take over my parents\' farm", "join the family firm"), a group of one\'s own at another employer ("my own research group at a university"), ' +
      'a role placed at another kind of workplace ("a recruiter at an agency" for in-house HR, unless the company text names that kind), ' +
      'a move to another kind of employer ("move to a product company", "running campaigns for an environmental charity" from a commercial brand, "a role with one of the big drug companies" (not "our relationship with one of the big supermarkets"), "move to one of the big agencies" said of any time, "working for a major contractor" in a long-run aim; a sentence opening "After nine years running … for a retail chain," is time served; a company text that only says "contractor" does not make the job self-employed), ' +
      'another country in the long run ("move to Australia", "work abroad"), a direction the company text does not have ("which isn\'t something Orrin does"; or a content word the company text itself denies, "it has no gene therapy programme", "no motion, video or 3D work", or says another body does, "health visiting is run by a separate provider", "design is outsourced", named in an aim), ' +
      'and the role\'s sector in another function or its function in another sector ("working in medical sales" for a nurse, "an NHS analytics unit" for a bank\'s data scientist). ' +
      '"I can\'t see myself doing this forever" is a length of time, not a direction. An away phrase after "from" is where one came from ("I joined from a bigger firm"), not a goal. ' +
      'An own business that someone else asks about and the speaker turns down ("people ask if I want my own restaurant, but I don\'t") is not flagged. ' +
      'Not flagged, as read from the sentence\'s structure: a move that is someone else\'s ("your move away from manual testing"), "put a framework behind" (only "put … behind me" leaves), ' +
      '"a driver you don\'t have to chase" (need, not something the company lacks), another employer in the speaker\'s own past clause ("I ran the night shift at a discount chain"), ' +
      '"running my own store" when the company text has many stores (opening one is still flagged), a move across to work the company text offers as a rotation or path ("…teams with internal rotations"), ' +
      'a neighbouring role placed in this company ("a category manager role here", "into your estates team as…"), and a role word that only starts like a short word ("leave my mark" for marketing). ' +
      'Goals in an unrelated field are left to irrelevant, with the business or the leaving that goes with them.',
  },
  check(doc, context) {
    const findings: Finding[] = [];
    const aims = aimSentences(doc);
    if (!selfEmployedRole(context)) {
      for (const m of ownBusinesses(doc, context)) {
        if (isNegated(doc, m.first, 6) || pastBefore(doc, m.first) || askedOf(doc, m.first, m.last) || somethingActsOn(doc, m.first)) continue;
        findings.push({ ...clauseSpan(doc, m.first, m.last, 6), ...MESSAGES.own });
      }
    }
    if (!selfEmployedRole(context)) {
      for (const m of familyBusiness(doc)) {
        if (isNegated(doc, m.first, 6) || pastBefore(doc, m.first)) continue;
        findings.push({ ...clauseSpan(doc, m.first, m.last, 6), ...MESSAGES.own });
      }
    }
    const away: { first: number; last: number; phrase?: string }[] = [
      ...AWAY.match(doc).map((m) => ({ ...m, phrase: m.value.phrase })), ...givingUp(doc), ...otherSide(doc), ...abroad(doc, context),
    ];

    for (const m of away) {
      const sentence = doc.tokens[m.first]!.sentence;
      if (!aims.has(sentence) || isNegated(doc, m.first, 3)) continue;
      // "I joined from a bigger firm": where one came from, not where one is going.
      if (doc.tokens[m.first - 1]?.norm === 'from') continue;
      // "…exit interviews, which you don't do (much of) yet": a gap the speaker would fill here.
      if (yetAfter(doc, m.last)) continue;
      // "…during that switch": a period of time, not the speaker's switch.
      if (doc.tokens[m.first - 1]?.norm === 'during' || doc.tokens[m.first - 1]?.norm === 'throughout') continue;
      // "your move away from manual testing", "the firm's switch": a move that is someone else's, said as a noun.
      if (someoneElses(doc, m.first)) continue;
      const phrase = m.phrase ?? '';
      // "a driver you don't have to think about": "have to" is need, not what the company has.
      if (phrase.endsWith(' have') && doc.tokens[m.last]?.norm === 'to') continue;
      // "move across to the platform team" when the company text has a platform team: a move inside this employer.
      if (MOVE_TO_PHRASES.has(phrase) && internalDestination(doc, m.last, context)) continue;
      if ((phrase === "don't see myself" || phrase === "can't see myself") && STAYING.has(doc.tokens[m.last]?.norm ?? '')) continue;
      // "I can't see myself doing multi-drop forever": how long, not which way (a short stay is leaving_soon's).
      if ((phrase === "don't see myself" || phrase === "can't see myself") && forEver(doc, m.last)) continue;
      findings.push({ ...clauseSpan(doc, m.first, m.last, 6), ...MESSAGES.away });
    }
    // The same profession at another kind of employer ("a physio at a professional football club" when the trust is a hospital),
    // or a neighbouring field's role named outright ("be a university lecturer" for an R&D chemist).
    const fieldFindings: Finding[] = [];
    for (const a of fieldAims(doc, context.fields)) {
      // A compound with a neighbouring half ("an AI lab") is judged as that neighbour's role; an unrelated half is judged below.
      if ((a.compound && !a.kin) || !(a.kin || a.withTarget) || !a.role || isNegated(doc, a.hit.first, 4)) continue;
      if (!atAnotherEmployer(doc, a.hit.first) && !(a.kin && a.direct && (a.described || switching(doc, a.hit.first)))) continue;
      // "move into a category manager role here", "move into your validation group as a scientist": a step this company offers.
      if (placedHere(doc, a.hit.first, a.hit.last)) continue;
      fieldFindings.push({ ...clauseSpan(doc, a.hit.first, a.hit.last, 8), ...MESSAGES.away });
    }
    // The role's sector in another function ("working in medical sales" for a nurse) or its function in another sector
    // ("an NHS analytics unit" for a bank's data scientist). Not the role's own compound ("a clinical nurse educator" for a nurse).
    let titleStems: Set<string> | undefined;
    for (const a of fieldAims(doc, context.fields)) {
      if (!a.compound || !a.role || !aims.has(a.hit.sentence) || isNegated(doc, a.hit.first, 4)) continue;
      const partner = a.compound;
      // A true compound (the words touch, "medical sales"), with an unrelated half: a neighbouring field's half is a specialism.
      if (partner !== a.hit && (a.kin || (partner.last !== a.hit.first && a.hit.last !== partner.first))) continue;
      titleStems ??= new Set((context.role?.tokens ?? []).filter((t) => t.kind === 'word').map((t) => stem(t.norm)));
      let own = false;
      for (let i = partner.first; i < partner.last; i++) if (titleStems.has(stem(doc.tokens[i]!.norm))) own = true;
      if (own) continue;
      fieldFindings.push({ ...clauseSpan(doc, Math.min(a.hit.first, partner.first), Math.max(a.hit.last, partner.last), 8), ...MESSAGES.away });
    }
    // The company does not have the direction named: "that isn't something Orrin does".
    for (const m of notOffered(doc, context)) {
      if (aims.has(doc.tokens[m.first]!.sentence)) findings.push({ ...clauseSpan(doc, m.first, m.last, 8), ...MESSAGES.away });
    }
    // Another employer named as the goal: "end up at one of the big City firms", "at a global reinsurer".
    for (const m of context.kind === 'missed_goal' ? [] : otherEmployers(doc, context)) {
      if (!aims.has(doc.tokens[m.first]!.sentence) || isNegated(doc, m.first, 4)) continue;
      findings.push({ ...clauseSpan(doc, m.first, m.last, 8), ...MESSAGES.away });
    }
    // What the company text says it does not have, named in an aim: "gene therapy" when "it has no gene therapy programme".
    const missing = context.company ? unoffered(context.company) : null;
    if (missing && missing.size > 0) {
      for (let i = 0; i < doc.tokens.length; i++) {
        const t = doc.tokens[i]!;
        if (t.kind === 'punct' || !missing.has(singular(t.norm)) || !aims.has(t.sentence) || isNegated(doc, i, 4) || pastBefore(doc, i)) continue;
        findings.push({ ...clauseSpan(doc, i, i + 1, 8), ...MESSAGES.away });
      }
    }
    // The role's own work turned down: "my long-term goal isn't support", "rather than on the agency side".
    for (const m of roleTurnedDown(doc, context)) {
      if (!aims.has(doc.tokens[m.first]!.sentence)) continue;
      findings.push({ ...clauseSpan(doc, m.first, m.last, 8), ...MESSAGES.away });
    }
    // A goal in an unrelated field is irrelevant's to report, whatever employer or business it names:
    // "my own tattoo studio" for a software engineer, "a physio at a rugby club" for an accountant.
    const unrelatedAims = fieldAims(doc, context.fields).filter((a) => !a.compound && !a.kin && !a.withTarget);
    const unrelated = new Set(unrelatedAims.map((a) => a.hit.sentence));
    // When the answer's goal lies in an unrelated field, its own business and its leaving are that goal's ("my own label one day"
    // after "I want to be a fashion designer"): only a neighbouring field's role is still misaligned's to report.
    const elsewhere = unrelatedAims.some((a) => (a.described || a.role) && !isNegated(doc, a.hit.first, 4));
    return [...(elsewhere ? [] : findings), ...fieldFindings].filter((f) => !unrelated.has(sentenceAt(doc, f.start)));
  },
};
