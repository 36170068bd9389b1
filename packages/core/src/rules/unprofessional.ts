import type { Finding, Rule } from './rule.js';
import { wordValue } from '../text/numbers.js';
import type { Doc } from '../text/tokenize.js';
import type { Context } from '../analysis/context.js';
import { VOCAB } from '../vocab/generated.js';
import { aimSentences, clauseSpan, entryMatcher, isNegated, onDemandPhrases, rangeHas } from '../text/helpers.js';

const PERSONAL = entryMatcher(VOCAB.personal);

/** Words that make a sentence give a reason or a plan: personal life named there is offered as part of the answer. */
const REASON = onDemandPhrases([
  'because', 'so', 'reason', 'why', 'need', "i'd need", 'personal', 'personally', 'main', 'big part', 'biggest', 'priority', 'priorities',
  'plan', 'planning', 'plans', 'focus', 'energy', 'around', 'after that', 'afterwards', 'outside work', 'time off', 'take time', 'leave early',
  'keep', 'clear', 'let me', 'able to', 'fit around', 'mention', 'transparent', 'to be honest', 'honest', 'timing', 'realistically',
]);

const MESSAGES: Record<string, { message: string; suggestion: string }> = {
  family: {
    message: 'Family plans are private, and an interviewer cannot weigh them fairly: they take the place of a career goal here.',
    suggestion: 'Leave family plans out of the answer. If you need flexibility, raise it once you have an offer; here, talk about the work you want to do.',
  },
  relationship: {
    message: 'Your relationship comes across as a reason for the move or a limit on it, which is not what the interviewer is asking about.',
    suggestion: 'Give the professional reason (the team, the work, the next skill) and keep your partner out of the answer.',
  },
  health: {
    message: 'Health is private and makes the answer about your needs rather than your career; you are not obliged to share it.',
    suggestion: 'Drop it from your goals. Any adjustments you need can be agreed with HR after the offer.',
  },
  leisure: {
    message: 'A hobby or a holiday offered as a goal suggests your energy is going outside the job.',
    suggestion: 'Keep career goals about work. If a hobby built a skill the role needs (discipline, planning), say the skill and how you will use it here.',
  },
  slang: {
    message: 'Slang makes the answer sound casual, which undersells the content.',
    suggestion: 'Say it in plain, neutral words, as you would in a written application.',
  },
  profanity: {
    message: 'Swearing in an interview is a red flag in itself, however relaxed the conversation feels.',
    suggestion: 'Describe the problem in neutral words: "the alerting was noisy" rather than a curse.',
  },
};

function framed(sentence: number, aims: ReadonlySet<number>, reasons: ReadonlySet<number>): boolean {
  return aims.has(sentence) || reasons.has(sentence);
}

const ME = new Set(['i', 'my', 'me', "i'm", "i'd", "i'll", "i've", 'we', "we're", "we'd", "we'll", 'our', 'myself']);

/** Subjects that make a personal matter someone else's: "people lose weight", "patients who get pregnant". */
const OTHERS = new Set([
  'people', 'they', 'he', 'she', 'patients', 'clients', 'customers', 'residents', 'children', 'staff', 'families', 'users', 'members', 'who', 'colleagues',
  'women', 'men', 'mothers', 'parents', 'team', "team's", 'their', 'his', 'her', 'its', "staff's", "colleagues'", 'pupils', 'students', 'employees',
]);

/** Is the personal matter the speaker's own ("my knee", "I want to lose weight"), not a patient's or a client's? The nearest person before it decides. */
function mine(doc: Doc, first: number): boolean {
  const sentence = doc.tokens[first]!.sentence;
  for (let i = first; i >= 0; i--) {
    const t = doc.tokens[i]!;
    if (t.sentence !== sentence) break;
    if (ME.has(t.norm)) return true;
    if (i < first && OTHERS.has(t.norm)) return false;
  }
  return false;
}

const PLANNING = new Set(['want', 'wants', 'like', 'love', 'hope', 'hoping', 'plan', 'planning', 'need', 'needs', "i'd", 'would', 'will', "i'll", 'more', 'closer', 'around', 'spend', 'time', 'priority']);

/** Is there a word of wanting or planning in the clause around tokens [first, last)? */
function planNear(doc: Doc, first: number, last: number): boolean {
  const sentence = doc.tokens[first]!.sentence;
  for (let i = first - 1; i >= 0 && i >= first - 6; i--) {
    const t = doc.tokens[i]!;
    if (t.sentence !== sentence || (t.kind === 'punct' && t.text !== "'")) break;
    if (PLANNING.has(t.norm)) return true;
  }
  for (let i = last; i < doc.tokens.length && i < last + 6; i++) {
    const t = doc.tokens[i]!;
    if (t.sentence !== sentence || (t.kind === 'punct' && t.text !== "'")) break;
    if (PLANNING.has(t.norm)) return true;
  }
  return false;
}

/** "my band 6 competencies", "band seven": a pay grade follows, not a group one plays in. */
function isGrade(doc: Doc, last: number): boolean {
  const next = doc.tokens[last];
  return doc.tokens[last - 1]?.norm === 'band' && next !== undefined && (next.kind === 'number' || wordValue(next.norm) !== undefined);
}

/** Words for a partner one shares a household with; the romantic ones ("my girlfriend", "my fiancé") still read as the relationship itself. */
const NEUTRAL_PARTNER = new Set(['partner', "partner's", 'spouse', "spouse's", 'wife', "wife's", 'husband', "husband's"]);
/** A move of home or work: what a partner is the reason for. */
const MOVES = new Set(['move', 'moved', 'moving', 'relocate', 'relocated', 'relocating', 'relocation', 'transferred', 'posted']);
/** Words that make the partner the aim itself: "be closer to", "together". */
const TOGETHER = new Set(['closer', 'together', 'near', 'nearer']);

/** A partner's work: "until my husband's postdoc ends", "my wife's contract here" is logistics, like a move. */
const PARTNER_WORK = new Set(['job', 'work', 'postdoc', 'contract', 'posting', 'placement', 'career', 'role', 'research', 'training', 'residency', 'deployment', 'transfer', 'studies', 'phd', 'visa']);
/** Beside a leisure word, these make it a workplace perk ("the gym and the canteen"): a reason for self_focused, not a hobby as a goal. */
const AMENITIES = new Set(['canteen', 'office', 'offices', 'perk', 'perks', 'benefits', 'on-site', 'onsite', 'facilities', 'subsidised', 'subsidized', 'membership', 'campus', 'headquarters', 'hq']);

/** Verbs of having run or served something: "led a holiday club", "ran the football camp" is experience, not a hobby as a goal. */
const RAN = new Set(['led', 'ran', 'run', 'running', 'organised', 'organized', 'coached', 'managed', 'volunteered', 'volunteer', 'volunteering', 'staffed', 'supervised', 'set']);
function ranIt(doc: Doc, first: number): boolean {
  for (let i = first - 1; i >= 0 && i >= first - 3; i--) {
    const t = doc.tokens[i]!;
    if (t.sentence !== doc.tokens[first]!.sentence || t.kind === 'punct') return false;
    if (RAN.has(t.norm)) return true;
  }
  return false;
}

/** Is the partner at [first, last) named for their work: "my husband's postdoc"? */
function partnersWork(doc: Doc, last: number): boolean {
  const owner = doc.tokens[last - 1]!.norm;
  const next = owner.endsWith("'s") ? doc.tokens[last] : doc.tokens[last]?.norm === "'s" ? doc.tokens[last + 1] : undefined;
  return next !== undefined && PARTNER_WORK.has(next.norm);
}

/** Does the sentence tell of a move (and not of wanting to be with the partner)? */
function movesHouse(doc: Doc, sentence: number): boolean {
  const s = doc.sentences[sentence];
  if (!s) return false;
  let move = false;
  for (let i = s.first; i < s.last; i++) {
    const n = doc.tokens[i]!.norm;
    if (TOGETHER.has(n)) return false;
    if (MOVES.has(n)) move = true;
  }
  return move;
}

export const unprofessional: Rule = {
  id: 'unprofessional',
  meta: {
    description: 'Too personal or too casual: family plans, pregnancy, health, relationships, hobbies or holidays as goals, slang, profanity.',
    severity: 'moderate',
    docs:
      'Slang and profanity (data/personal.yml) count wherever they are. Family, relationship, health and leisure words count in a sentence that states a goal or a reason, ' +
      'and not when the role works in that field (pregnancy for a midwife, marathons for a running coach). A partner or spouse named as the reason for a move ' +
      '("we relocated when my partner\'s work moved", "my wife has been posted abroad", "until my husband\'s postdoc ends") is logistics; wanting to be with them ("closer to him") or the romantic words still count. ' +
      'A leisure word beside workplace amenities ("the gym and the canteen") is a perk, which self_focused weighs, and one the speaker ran or led ("led a holiday club") is experience; neither is a hobby as a goal.',
  },
  check(doc: Doc, context: Context) {
    const matches = PERSONAL.match(doc);
    if (matches.length === 0) return [];
    const aims = aimSentences(doc);
    let reasons: Set<number> | null = null;
    const reasonSentences = () => (reasons ??= new Set(REASON.match(doc).map((m) => doc.tokens[m.first]!.sentence)));
    const findings: Finding[] = [];
    for (const m of matches) {
      const { kind, field } = m.value;
      if (kind === 'ignore') continue;
      if (field && context.fields.target.includes(field)) continue;
      const text = MESSAGES[kind];
      if (!text) continue;
      if (kind === 'slang' || kind === 'profanity') {
        findings.push({ start: m.start, end: m.end, ...text, severity: kind === 'profanity' ? 'serious' : 'moderate' });
        continue;
      }
      if (isNegated(doc, m.first, 4) || !mine(doc, m.first) || isGrade(doc, m.last)) continue;
      const sentence = doc.tokens[m.first]!.sentence;
      // "my family", "my son": background unless the clause makes them a plan ("more time with my family").
      if (kind === 'family' && m.value.phrase.startsWith('my ') && !planNear(doc, m.first, m.last)) continue;
      if (!framed(sentence, aims, reasonSentences())) continue;
      // "we moved when my partner's work relocated": the neutral word for a partner, giving the reason for a move, is logistics, not a personal goal.
      if (kind === 'relationship' && doc.tokens.slice(m.first, m.last).some((t) => NEUTRAL_PARTNER.has(t.norm)) && (movesHouse(doc, sentence) || partnersWork(doc, m.last))) continue;
      if (kind === 'leisure' && ranIt(doc, m.first)) continue;
      if (kind === 'leisure' && rangeHas(doc, Math.max(doc.sentences[sentence]!.first, m.first - 6), Math.min(doc.sentences[sentence]!.last, m.last + 6), AMENITIES)) continue;
      findings.push({ ...clauseSpan(doc, m.first, m.last, 8), ...text });
    }
    return findings;
  },
};
