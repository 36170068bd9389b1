import type { Finding, Rule } from './rule.js';
import type { Doc } from '../text/tokenize.js';
import { VOCAB } from '../vocab/generated.js';
import { aimSentences, clauseSpan, durations, entryMatcher, isNegated, wordPositions } from '../text/helpers.js';
import { findTimeframes } from '../text/timeframes.js';

const SEAT = entryMatcher(VOCAB['interviewer-job']);
/** "the job you've got", "the position you're sitting in", "the one you're in": a post followed closely by the interviewer. */
const POSTS = new Set(['job', 'role', 'position', 'post', 'seat', 'chair', 'one', 'title', 'office', 'desk']);
/** Words that may stand between "the" and the post: "the same seat you have". */
const SAME = new Set(['same', 'very', 'exact', 'actual']);
const YOU_HOLD = new Set(["you've", "you're", 'you', 'yours']);
/** After "you", these make it the interviewer's post rather than advice ("the role you described"). */
const HOLDING = new Set(['got', 'have', 'hold', 'in', 'sitting', 'do', 'are', 'now', 'today', 'currently']);
/** Before "what you do" and the like, these make it curiosity, not an aim: "I enjoyed hearing what you do". */
const CURIOUS = new Set([
  'hearing', 'about', 'learn', 'learning', 'know', 'knowing', 'understand', 'ask', 'asking', 'appreciate', 'admire', 'enjoyed', 'read', 'saw', 'seen',
  // Telling back what the interviewer said: "you mentioned your role in the merger".
  'mentioned', 'described', 'explained', 'discussed', 'said', 'told',
]);

const POSTS_AT = wordPositions(POSTS);

function heldPosts(doc: Doc): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  const { tokens } = doc;
  for (const i of POSTS_AT(doc)) {
    // "the seat you have", and with a word between: "the same seat you have now", "the very job you hold".
    const the = tokens[i - 1]?.norm === 'the' ? i - 1 : SAME.has(tokens[i - 1]?.norm ?? '') && tokens[i - 2]?.norm === 'the' ? i - 2 : -1;
    if (the < 0) continue;
    for (let j = i + 1; j < tokens.length && j <= i + 2; j++) {
      const t = tokens[j]!;
      if (t.sentence !== tokens[i]!.sentence) break;
      if (YOU_HOLD.has(t.norm) && (t.norm !== 'you' || HOLDING.has(tokens[j + 1]?.norm ?? ''))) {
        out.push({ first: the, last: Math.min(j + 2, tokens.length) });
        break;
      }
    }
  }
  return out;
}

const ROLE_WORDS = new Set(VOCAB['role-nouns'].map((e) => e.phrase));
const PAST_DOING = new Set(['were', 'did', 'had', "you've", 'once']);
/** Words that make a role the speaker's aim: "be a head of department like you". */
const BECOMING = new Set(['be', 'become', 'becoming', 'as', 'into', 'make']);

/**
 * "be a head of department like you", "become an editor like yourself": a role of the interviewer's
 * kind, aimed at. The role noun within three words before "like", a becoming word within four before it.
 */
function rolesLikeYours(doc: Doc): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  const { tokens } = doc;
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens[i]!.norm !== 'like' || (tokens[i + 1]!.norm !== 'you' && tokens[i + 1]!.norm !== 'yourself')) continue;
    // "a mentor like you were to the graduates": how the interviewer acted, not their seat.
    if (PAST_DOING.has(tokens[i + 2]?.norm ?? '')) continue;
    const sentence = tokens[i]!.sentence;
    let role = -1;
    for (let k = i - 1; k >= 0 && k >= i - 3 && tokens[k]!.sentence === sentence && tokens[k]!.kind === 'word'; k--) if (ROLE_WORDS.has(tokens[k]!.norm)) role = k;
    if (role < 0) continue;
    for (let k = role - 1; k >= 0 && k >= role - 4 && tokens[k]!.sentence === sentence; k--) {
      if (BECOMING.has(tokens[k]!.norm)) {
        out.push({ first: role, last: i + 2 });
        break;
      }
    }
  }
  return out;
}

/** "…marine underwriting, which is (exactly) what you do": the company's line of work named, not the interviewer's seat. */
const POINTERS = new Set(['which', 'that', 'this']);
const JUST = new Set(['exactly', 'precisely', 'just']);
function namesYourWork(doc: Doc, first: number): boolean {
  const { tokens } = doc;
  if (tokens[first]?.norm !== 'what') return false;
  let i = first - 1;
  if (JUST.has(tokens[i]?.norm ?? '')) i--;
  return tokens[i]?.norm === "that's" || (tokens[i]?.norm === 'is' && POINTERS.has(tokens[i - 1]?.norm ?? ''));
}

/** "your job posting", "your role description": the post's paperwork, not the post. */
const JOB_PAPERS = new Set(['posting', 'post', 'ad', 'advert', 'advertisement', 'description', 'descriptions', 'spec', 'specification', 'listing', 'pack', 'profile', 'page', 'offer', 'application', 'applications']);
/** A question echoed back is short: "Hmm, five years." */
const ECHO_LENGTH = 6;

/**
 * An aim in the sentence itself, or an echoed question just before it, which makes the next words the
 * answer even without an aim word: "Five years from now? Sitting where you are.", "Hmm, ten years. Your job, maybe."
 */
function aimed(doc: Doc, sentence: number, aims: ReadonlySet<number>): boolean {
  if (aims.has(sentence)) return true;
  const before = doc.sentences[sentence - 1];
  if (before === undefined) return false;
  if (doc.tokens[before.last - 1]?.text === '?') return true;
  if (before.last - before.first > ECHO_LENGTH) return false;
  const inBefore = (first: number) => first >= before.first && first < before.last;
  return durations(doc).some((d) => inBefore(d.first)) || findTimeframes(doc).some((t) => t.start >= before.start && t.start < before.end);
}

export const wantsInterviewerJob: Rule = {
  id: 'wants_interviewer_job',
  meta: {
    description: "Aims at the interviewer's own seat.",
    severity: 'moderate',
    docs:
      'A phrase naming the interviewer\'s post ("your job", "where you\'re sitting", "the role you\'ve got", "the same seat you have", "I\'d want yours"), a role of their kind aimed at ("be a head of department like you"), or aiming to replace them ("take over from you", "your replacement"), ' +
      'in a sentence that states an aim (data/interviewer-job.yml).',
  },
  check(doc) {
    const aims = aimSentences(doc);
    const found = [...SEAT.match(doc), ...heldPosts(doc), ...rolesLikeYours(doc)].filter((m) => {
      if (!aimed(doc, doc.tokens[m.first]!.sentence, aims) || isNegated(doc, m.first, 3)) return false;
      if (JOB_PAPERS.has(doc.tokens[m.last]?.norm ?? '') || namesYourWork(doc, m.first)) return false;
      for (let i = m.first - 1; i >= 0 && i >= m.first - 2; i--) if (CURIOUS.has(doc.tokens[i]!.norm)) return false;
      // "In your role as head of design you mentioned…": addressing the interviewer, not aiming at the seat.
      return doc.tokens[m.last]?.norm !== 'as' || doc.tokens[m.first - 1]?.norm !== 'in';
    });
    return found.map((m): Finding => ({
      ...clauseSpan(doc, m.first, m.last, 6),
      message: "Aiming at the interviewer's own job can sound like a threat or a joke, and it says nothing about this role.",
      suggestion: 'Name the kind of responsibility you want to grow into (leading a team, owning a product area) and how this role builds toward it.',
    }));
  },
};
