import type { Finding, Rule } from './rule.js';
import type { Doc } from '../text/tokenize.js';
import { VOCAB } from '../vocab/generated.js';
import { clauseSpan, entryMatcher, isFirstPerson, isNegated, onDemandPhrases, phraseMatcher, valueMatches } from '../text/helpers.js';

const MONEY = entryMatcher(VOCAB.money);

/** A capital inside a sentence makes a name, not pay: "the onboarding flow at Kestrel Pay", "Salary Finance's app". */
function inProperName(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90 && i > doc.sentences[t.sentence]!.first && doc.tokens[i - 1]!.kind === 'word';
}

/** Sentences that mention the candidate's pay or earnings (look-alikes left out), whether or not as the reason. */
export function moneySentences(doc: Doc): Set<number> {
  return new Set(MONEY.match(doc).filter((m) => m.value.kind !== 'ignore').map((m) => doc.tokens[m.first]!.sentence));
}

/** Words that make a money word the reason: "the main reason is the pay", "what drives me is the commission". */
const STRONG_FRAME = onDemandPhrases([
  'reason', 'reasons', 'because of', 'mainly', 'main', 'primarily', 'honest', 'honestly', 'honest answer', 'truth', 'drives', 'drive', 'driven',
  'motivates', 'motivation', 'motivated', 'motivator', 'goal', 'goals', 'aim', 'target', 'ambition', 'dream', 'whole point', 'all about',
  'proudest', 'gets me going', 'keeps me going', 'attraction', 'attracts', 'attracted', 'draws', 'drew', 'draw', 'what matters', 'matters most',
  'priority', 'number one', 'biggest', 'the point', 'why i', 'need', 'needs', 'measure myself', 'candid', 'frank', 'blunt', 'truthfully',
  "what i'm after", 'matters to me', 'what matters', 'deciding factor', 'decided it', 'clincher', 'swung it', 'step up',
  // money as the condition of staying: "as long as the money's coming in"
  'as long as', 'so long as', 'provided', 'providing',
  // the answer in a word: "a pay rise, quite simply", "it's really about the money"
  'simply', 'first of all', 'first and foremost', 'above all', 'really about', 'just about', "it's about",
]);
/** Weaker aims: money as one thing wanted among others. */
const WEAK_FRAME = onDemandPhrases(['want', 'wants', 'like', 'love', 'hope', 'hoping', 'looking for', 'looking at', 'after', 'expect', 'aiming', 'plan', 'ideally', 'get', 'getting', 'seeking', 'if']);

/** An employer that pays more, named as what is sought: "the role that pays the most", "somewhere that pays me properly". */
const PAYS_WELL = phraseMatcher(
  ['pay', 'pays', 'paying', 'paid'].flatMap((verb) =>
    ['the most', 'more', 'better', 'the best', 'best', 'well', 'properly', 'top'].flatMap((degree) => [`${verb} ${degree}`, `${verb} me ${degree}`]),
  ),
);
/** Words that turn a mention into a concession when they follow it: "the pay is fair, but…". */
const CONTRAST = new Set(['but', 'however', 'though', 'although', 'yet', 'whereas']);
/** Contrasts that stop a frame walking back: "though" is left out, as it mostly trails ("the reason, though, is…"). */
const FRAME_CONTRAST = new Set(['but', 'however', 'although', 'yet', 'whereas']);
/** Words that, before a mention, open a concession: "while the salary matters…". */
const CONCEDE_BEFORE = new Set(['while', 'although', 'though', 'whilst', 'sure', 'course', 'granted', 'admittedly']);
/** Frames stop at these: a frame on the far side of them is about something else. */
const FRAME_BREAKS = new Set([';', '—', '–', '(', ')']);

interface Mention {
  first: number;
  last: number;
  strength: 'strong' | 'weak' | 'none';
  /** Where the frame that makes it the reason starts, when it comes before. */
  frame: number;
}

const DETERMINERS = new Set(['the', 'my', 'a', 'what', 'our', 'his', 'her', 'this', 'that']);

function frameBefore(doc: Doc, first: number, framedStrong: Set<number>, framedWeak: Set<number>): { strength: 'strong' | 'weak' | 'none'; at: number } {
  const sentence = doc.tokens[first]!.sentence;
  let weak = -1;
  for (let i = first - 1; i >= 0 && i >= first - 12; i--) {
    const t = doc.tokens[i]!;
    if (t.sentence !== sentence || FRAME_BREAKS.has(t.text) || FRAME_CONTRAST.has(t.norm)) break;
    if (framedStrong.has(i)) {
      while (framedStrong.has(i - 1)) i--;
      return { strength: 'strong', at: DETERMINERS.has(doc.tokens[i - 1]?.norm ?? '') && doc.tokens[i - 1]!.sentence === sentence ? i - 1 : i };
    }
    if (framedWeak.has(i)) weak = i;
  }
  return weak >= 0 ? { strength: 'weak', at: weak } : { strength: 'none', at: first };
}

/**
 * "The salary is the main reason", "…commission is my goal": a strong frame right after, in the same clause;
 * or a short tail that closes the sentence after a comma: "Your commission split, mainly."
 */
function frameAfter(doc: Doc, last: number, framedStrong: Set<number>): boolean {
  const sentence = doc.tokens[last - 1]!.sentence;
  for (let i = last; i < doc.tokens.length && i < last + 6; i++) {
    const t = doc.tokens[i]!;
    if (t.sentence !== sentence || CONTRAST.has(t.norm)) break;
    if (t.text === ',' && isShortTail(doc, i + 1, sentence)) continue;
    if (t.kind === 'punct' && t.text !== "'") break;
    if (framedStrong.has(i)) return true;
  }
  return false;
}

/** Do at most three words from `from` end the sentence ("…, quite simply.")? */
function isShortTail(doc: Doc, from: number, sentence: number): boolean {
  const end = doc.sentences[sentence]!.last;
  let words = 0;
  for (let i = from; i < end; i++) if (doc.tokens[i]!.kind !== 'punct') words++;
  return words <= 3;
}

/** Is the mention conceded (a contrast follows it in its sentence, or a concession opens it) or denied after it? */
function conceded(doc: Doc, first: number, last: number): boolean {
  const sentence = doc.tokens[first]!.sentence;
  const s = doc.sentences[sentence]!;
  for (let i = first - 1; i >= s.first && i >= first - 6; i--) if (CONCEDE_BEFORE.has(doc.tokens[i]!.norm)) return true;
  for (let i = last; i < s.last; i++) {
    const t = doc.tokens[i]!;
    if (CONTRAST.has(t.norm)) return true;
    // "The package is in line, so that's not what I'm weighing": a denial later in the sentence.
    // "…, I'm not too bothered where I am" denies something of the speaker, not the money.
    const aboutSpeaker = isFirstPerson(doc.tokens[i - 1]);
    if (i < last + 12 && !aboutSpeaker && (t.norm === "isn't" || t.norm === 'not' || t.norm === "wasn't" || t.norm === 'never' || t.norm === "doesn't")) return true;
  }
  // "The package is fair. But what draws me is…": the next sentence opens with a contrast.
  const next = doc.sentences[sentence + 1];
  return next !== undefined && CONTRAST.has(doc.tokens[next.first]!.norm);
}

const VERB_BEFORE = new Set(['to', 'will', "i'll", "we'll", "i'd", 'would', 'and', 'can', 'could', 'help', 'we', 'i', 'they', 'must', 'should']);
/** "a salary of sixty thousand", "a package of £90k": the figure named is the aim. */
function amountAfter(doc: Doc, last: number): boolean {
  if (doc.tokens[last]?.norm !== 'of') return false;
  const next = doc.tokens[last + 1];
  return next !== undefined && (next.kind === 'number' || AMOUNT_WORDS.has(next.norm));
}
const AMOUNT_WORDS = new Set(['thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'a', 'one', 'two', 'six']);

const IS = new Set(['is', "'s", 'are', 'would', 'will']);
/** "the pay is better", "the salary's higher": the money said to be more, as the reason. */
function betterAfter(doc: Doc, last: number): boolean {
  const next = doc.tokens[last];
  if (!next || !IS.has(next.norm)) return false;
  const word = doc.tokens[last + 1]?.norm === 'be' ? doc.tokens[last + 2] : doc.tokens[last + 1];
  return word !== undefined && word.sentence === next.sentence && COMPARATIVES.has(word.norm);
}
const COMPARATIVES = new Set(['better', 'higher', 'bigger', 'more']);

/** Just before a money word, these make it the aim: "a bigger salary", "the biggest package", "maximise my earnings". */
const MORE = new Set(['bigger', 'biggest', 'higher', 'highest', 'better', 'best', 'more', 'maximize', 'increase', 'boost', 'double', 'top', 'big', 'huge', 'massive', 'large', 'decent', 'proper']);
/** Before "pay", these make it the noun: "get my pay up". */
const POSSESSIVES = new Set(['my', 'the', 'your', 'our', 'their', 'base', 'basic', 'take-home']);
/** Before "pay", a subject makes it the verb: "they pay late", "clients pay on time". */
const PAY_SUBJECTS = new Set(['they', 'we', 'you', 'he', 'she', 'i', 'who', 'it', 'clients', 'customers', 'people', 'tenants', 'members']);
const PAY_AS_VERB = new Set(['late', 'slowly', 'promptly', 'upfront', 'for', 'you', 'them', 'him', 'her', 'us', 'it', 'me', 'off', 'back', 'attention', 'their', 'our', 'the', 'a', 'my', 'your', 'tribute', 'close', 'into', 'out', 'up', 'down', 'to']);

/** Money that is someone else's: "save the business money", "overtime pay for shift workers", "their commission". */
const SAVING = new Set([
  'save', 'saves', 'saved', 'saving', 'savings', 'cut', 'cutting', 'waste', 'wasted', 'spend', 'spent', 'budget', 'lose', 'losing', 'lost', 'raise', 'raising',
  'raised', 'recover', 'recovered', 'collect', 'collected', 'process', 'processing', 'calculate', 'calculates', 'calculating', 'handle', 'handling',
  // money as a cost or an outlay: "a missed defect costs real money", "put money into vocal coaching"
  'cost', 'costs', 'costing', 'put', 'putting', 'invest', 'investing', 'invested',
]);
const OTHER_OWNERS = new Set(['every', 'each', 'customers', 'clients', 'families', 'patients', 'users', 'people', 'members', 'residents', 'their', 'its', 'our', 'staff', "staff's", 'employee', "employees'", 'employees', 'workers', "workers'", "clients'", "client's", "customers'", "customer's", "company's", "business's", "team's", "people's", 'members', "members'", 'colleagues', "colleagues'", 'merchants', "merchants'"]);
const OTHERS = new Set([
  'workers', 'staff', 'employees', 'clients', 'customers', 'people', 'colleagues', 'users', 'merchants', 'members', 'everyone', 'others', 'patients',
  'teams', 'team', 'contractors', 'workforce', 'company', 'business', 'organization', 'reps', 'engineers', 'nurses', 'drivers', 'managers', 'sales',
]);

/** Right before a money word, these make it a budget, not pay: "the training money", "grant money". */
const BUDGETS = new Set([
  'training', 'project', 'grant', 'capital', 'development', 'research', 'school', 'department', "department's", 'charity',
  // an organisation's sources of income: "community income", "donor income", "trading income"
  'community', 'donor', 'fundraising', 'fundraised', 'voluntary', 'sponsorship', 'trading', 'event', 'events', 'legacy', 'ticket', 'ticketing', 'corporate',
  'partnership', 'partnerships', 'statutory',
]);
/** A role whose work is pay itself: its people talk of pay as the job, so only pay put forward as the reason counts. */
const PAY_WORK = new Set(['payroll', 'reward', 'compensation', 'remuneration', 'benefits', 'pensions', 'pension']);

function aboutOthers(doc: Doc, first: number, last: number): boolean {
  if (BUDGETS.has(doc.tokens[first - 1]?.norm ?? '')) return true;
  const sentence = doc.tokens[first]!.sentence;
  for (let i = first - 1; i >= 0 && i >= first - 3; i--) {
    const t = doc.tokens[i]!;
    if (t.sentence !== sentence) break;
    if (SAVING.has(t.norm) || OTHER_OWNERS.has(t.norm)) return true;
  }
  // "…pay for shift workers", "bonus calculations for the sales team"
  for (let f = last; f < last + 3 && f < doc.tokens.length; f++) {
    const t = doc.tokens[f]!;
    if (t.sentence !== sentence || t.kind === 'punct') break;
    if (t.norm !== 'for' && t.norm !== 'of') continue;
    for (let i = f + 1; i < f + 4 && i < doc.tokens.length; i++) if (OTHERS.has(doc.tokens[i]!.norm)) return true;
    break;
  }
  return false;
}

const CURRENCY = /^[$£€]/;
/** Just before an amount, these make it business done, not pay: "I closed £410k", "sold about $2m", "a pipeline of £1m". */
const BUSINESS_WORDS = new Set(['closed', 'close', 'closing', 'sold', 'sell', 'selling', 'booked', 'billed', 'generated', 'won', 'revenue', 'sales', 'target', 'quota', 'pipeline', 'business', 'turnover', 'budget', 'saved', 'worth', 'fees', 'raised', 'signed']);
const BUSINESS_AFTER = new Set(['fees', 'revenue', 'sales', 'turnover', 'billings', 'gmv', 'arr', 'pipeline', 'saved', 'savings', 'recovered', 'raised']);
const EARN_WORDS = new Set(['earn', 'earning', 'earnings', 'making', 'make', 'salary', 'paid', 'income', 'package', 'on', 'home']);
/** Between an earning word and its amount: "on about £80k", "earning around $90,000". Alone they earn nothing: "we got to about $380,000". */
const HEDGES = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'over', 'under', 'least', 'at', 'just', 'close', 'to']);
/** A rate per something other than a stretch of time is a business figure: "£210 per household in a year". */
const PER = new Set(['per', 'each', 'every']);

/** "making £250,000 a year", "on £80k": an amount of personal pay. */
function amounts(doc: Doc): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  doc.tokens.forEach((t, i) => {
    if (t.kind !== 'number' || !CURRENCY.test(t.text)) return;
    const after = doc.tokens.slice(i + 1, i + 4).map((x) => x.norm);
    for (let b = i - 1; b >= 0 && b >= i - 3 && doc.tokens[b]!.sentence === t.sentence; b--) if (BUSINESS_WORDS.has(doc.tokens[b]!.norm)) return;
    // "…£600,000 a year in fees": business named after the amount.
    for (let a = i + 1; a < i + 5 && a < doc.tokens.length && doc.tokens[a]!.sentence === t.sentence; a++) if (BUSINESS_AFTER.has(doc.tokens[a]!.norm)) return;
    // "raised £18,000, up from £11,000": a second amount compared with one just before it is judged with it.
    for (let b = i - 1; b >= 0 && b >= i - 6 && doc.tokens[b]!.sentence === t.sentence; b--) if (doc.tokens[b]!.kind === 'number' && CURRENCY.test(doc.tokens[b]!.text)) return;
    let b = i - 1;
    while (b >= 0 && HEDGES.has(doc.tokens[b]!.norm)) b--;
    const earned = b >= 0 && doc.tokens[b]!.sentence === t.sentence && EARN_WORDS.has(doc.tokens[b]!.norm);
    const yearly = (after.includes('year') || after.includes('annum') || after.includes('month')) && !PER.has(after[0] ?? '');
    if (earned || yearly) {
      out.push({ first: i, last: i + 1 });
    }
  });
  return out;
}

export const moneyFocus: Rule = {
  id: 'money_focus',
  meta: {
    description: 'Puts pay, salary, bonus or commission forward as the reason for applying or the goal.',
    severity: 'serious',
    docs:
      'A money word (data/money.yml) counts when the sentence makes it the reason or the goal ("the main reason is the pay", "my goal is six figures", "the pay is better"). ' +
      'Money as the condition of staying ("as long as the pay is decent") and an employer sought for paying most count too. ' +
      'An amount is pay when an earning word leads to it ("on about £80k", "earning around $90,000") or it is a yearly or monthly sum ("£90,000 a year"); ' +
      'amounts of business done ("I closed £410k", "we got to about $380,000", "£85,000 a year saved"), money as a cost or an outlay ("costs real money", "put money into coaching"), rates per something else ("£210 per household a year") and "pay" as someone\'s verb ("clients pay late") are not pay. ' +
      'Negated mentions ("not in it for the money"), concessions ("the package is fair, but…"), budgets and an organisation\'s income ("the training money", "community income"), a single weakly framed mention in an answer that says what the candidate brings, and weakly framed mentions when the role\'s work is pay (payroll, reward, pensions) are not flagged.',
  },
  check(doc, context) {
    const hits = MONEY.match(doc);
    const money = hits.filter((m) => m.value.kind !== 'ignore' && !inProperName(doc, m.first));
    const currency = doc.tokens.some((t) => t.kind === 'number' && CURRENCY.test(t.text));
    if (money.length === 0 && !currency && PAYS_WELL.match(doc).length === 0) return [];
    const framedStrong = new Set<number>();
    for (const m of STRONG_FRAME.match(doc)) for (let i = m.first; i < m.last; i++) framedStrong.add(i);
    const framedWeak = new Set<number>();
    for (const m of WEAK_FRAME.match(doc)) for (let i = m.first; i < m.last; i++) framedWeak.add(i);

    const mentions: Mention[] = [];
    /** `strongWord`: the aim by itself, even conceded; `wantsMore`: the aim unless conceded ("pays the most"). */
    const consider = (first: number, last: number, strongWord: boolean, wantsMore = false) => {
      if (isNegated(doc, first, 6)) return;
      if (conceded(doc, first, last) && !strongWord) return;
      if (aboutOthers(doc, first, last)) return;
      const before = frameBefore(doc, first, framedStrong, framedWeak);
      const more = wantsMore || MORE.has(doc.tokens[first - 1]?.norm ?? '') || MORE.has(doc.tokens[first - 2]?.norm ?? '') || amountAfter(doc, last) || betterAfter(doc, last);
      const strength = strongWord || more || before.strength === 'strong' || frameAfter(doc, last, framedStrong) ? 'strong' : before.strength;
      mentions.push({ first, last, strength, frame: before.at });
    };
    for (const m of money) {
      // "pay" as a verb ("you'd pay for the course", "pay them back") is not pay.
      if (m.value.phrase === 'pay' && PAY_AS_VERB.has(doc.tokens[m.last]?.norm ?? '') && !POSSESSIVES.has(doc.tokens[m.first - 1]?.norm ?? '')) continue;
      if (m.value.phrase === 'pay' && PAY_SUBJECTS.has(doc.tokens[m.first - 1]?.norm ?? '')) continue;
      // "to commission the new plant": the verb, not the pay.
      if (m.value.phrase === 'commission' && VERB_BEFORE.has(doc.tokens[m.first - 1]?.norm ?? '')) continue;
      consider(m.first, m.last, m.value.kind === 'strong');
    }
    for (const a of amounts(doc)) if (!mentions.some((m) => m.first <= a.first && a.first < m.last)) consider(a.first, a.last, true);
    for (const p of PAYS_WELL.match(doc)) consider(p.first, p.last, false, true);
    if (mentions.length === 0) return [];

    const strong = mentions.filter((m) => m.strength === 'strong');
    let flagged = strong;
    if (strong.length === 0) {
      // A payroll clerk who wants to "get sharp on backdated pay awards" names the work, not a motive.
      if (context.role?.tokens.some((t) => PAY_WORK.has(t.norm))) return [];
      // Only weak or unframed mentions: money must come up again and again, or be wanted in an answer that offers nothing back.
      // Unframed mentions alone are the work's own vocabulary (a payroll clerk's "salaries", "bonuses"), not a motive.
      const weak = mentions.filter((m) => m.strength === 'weak');
      if (weak.length >= 2 || (mentions.length >= 3 && weak.length >= 1)) flagged = mentions;
      else if (weak.length === 1 && valueMatches(doc).length === 0) flagged = weak;
      else return [];
    }
    return flagged.map((m): Finding => ({
      start: Math.min(doc.tokens[m.frame]!.start, clauseSpan(doc, m.first, m.last, 6).start),
      end: clauseSpan(doc, m.first, m.last, 6).end,
      message: 'Pay comes across as your reason for wanting this job. Interviewers hear that as: you will leave as soon as someone offers more.',
      suggestion:
        'Keep salary for the negotiation. Give the reason that is about the work instead: what in this role draws you, what you want to get better at, and what you will deliver.',
    }));
  },
};
