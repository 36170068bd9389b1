/**
 * The phrasings of each slot of a draft (DOMAIN.md §4): several per slot, picked by the seed.
 * Every phrasing is a whole sentence in the first person; it takes the user's own words
 * (goals, steps, the target's words) and never invents a fact about them.
 */
import type { Question } from '../../questions.js';
import { article, capitalize, listOf } from './english.js';
import type { GoalPiece, Material, StepPiece } from './material.js';
import type { Phrasing } from './random.js';

type P<A extends unknown[]> = Phrasing<A>[];

const sp = (text: string) => (text ? ` ${text}` : '');
const lead = (when: string) => (when ? `${when}, ` : '');

// ---------------------------------------------------------------------------
// Short-term goals

/** The first short-term goal when the draft builds up from it. */
export const SHORT_FIRST: P<[GoalPiece]> = [
  { leadIn: 'goal', render: (g) => `In the short term, my goal is to ${g.clause.infinitive}${sp(g.when)}.` },
  { leadIn: 'immediate', render: (g) => `My most immediate goal is to ${g.clause.infinitive}${sp(g.when || (g.ownTime ? '' : 'within the next year'))}.` },
  { leadIn: 'want', render: (g) => (g.ownTime ? `For the short term, I want to ${g.clause.infinitive}.` : `${capitalize(g.when || 'over the next year')}, I want to ${g.clause.infinitive}.`) },
  { leadIn: 'focus', render: (g) => `Right now, my focus is on ${g.clause.gerundPhrase}${sp(g.when)}.` },
];

/** The first short-term goal when the draft has started from the long-term one. */
export const SHORT_AFTER_LONG: P<[GoalPiece]> = [
  { leadIn: 'milestone', render: (g) => `The first milestone is nearer: ${lead(g.when || (g.ownTime ? '' : 'within the next year'))}I want to ${g.clause.infinitive}.` },
  { leadIn: 'goal', render: (g) => `On the way, my short-term goal is to ${g.clause.infinitive}${sp(g.when)}.` },
  { leadIn: 'focus', render: (g) => `The nearest step is my short-term goal: ${g.clause.gerundPhrase}${sp(g.when)}.` },
];

/** A second short-term goal. */
export const SHORT_SECOND: P<[GoalPiece]> = [
  { leadIn: 'alongside', render: (g) => `Alongside that, I intend to ${g.clause.infinitive}${sp(g.when)}.` },
  { leadIn: 'aim', render: (g) => `I also aim to ${g.clause.infinitive}${sp(g.when)}.` },
  { leadIn: 'same time', render: (g) => `At the same time, I am working toward ${g.clause.gerundPhrase}${sp(g.when)}.` },
];

/** No short-term goal: the first year in the role is the nearest aim. */
export const SHORT_FALLBACK: P<[Material]> = [
  { leadIn: 'goal', render: (m) => `In the short term, my goal is to become fully effective as ${roleWithArticle(m)} within my first year.` },
  { leadIn: 'focus', render: (m) => `Right now, my focus is on becoming a dependable ${m.role ?? 'member of the team'} in my first year.` },
];

// ---------------------------------------------------------------------------
// The long-term goal

/** The long-term goal as the conclusion the short-term goals build toward. */
export const LONG_LAST: P<[GoalPiece]> = [
  { leadIn: 'builds', render: (g) => `All of this builds toward my long-term goal: ${lead(g.when)}I want to ${g.clause.infinitive}.` },
  { leadIn: 'longer', render: (g) => `Longer term, ${lead(g.when)}my goal is to ${g.clause.infinitive}.` },
  { leadIn: 'further', render: (g) => `Looking further ahead, I intend to ${g.clause.infinitive}${sp(g.when)}.` },
  { leadIn: 'lead to', render: (g) => `Those steps lead to where I see myself in the long term: ${g.clause.gerundPhrase}${sp(g.when)}.` },
];

/** The long-term goal as the starting point the steps are worked back from. */
export const LONG_FIRST: P<[GoalPiece]> = [
  { leadIn: 'goal', render: (g) => `My long-term goal is to ${g.clause.infinitive}${sp(g.when)}, and I have worked backwards from there.` },
  { leadIn: 'heading', render: (g) => `I know where I am heading: ${lead(g.when || (g.ownTime ? '' : 'in the long term'))}I want to ${g.clause.infinitive}.` },
  { leadIn: 'aim', render: (g) => `In the long run, I aim to ${g.clause.infinitive}${sp(g.when)}, and I have broken that down into nearer steps.` },
];

/** No long-term goal: a direction drawn from the role, said honestly as one still being set. */
export const LONG_FALLBACK: P<[Material]> = [
  {
    leadIn: 'longer',
    render: (m) => `Longer term, I want to take on more responsibility for the team's work${m.work.length ? ` in ${listOf(m.work.slice(0, 2))}` : ''}, and I will set that goal precisely once I know the team's needs.`,
  },
  {
    leadIn: 'further',
    render: (m) => `Looking further ahead, I see myself owning a larger share of the team's work${m.work[0] ? ` in ${m.work[0]}` : ''}, and I will turn that into a precise goal in my first year.`,
  },
];

// ---------------------------------------------------------------------------
// The plan

export const PLAN: P<[StepPiece[]]> = [
  {
    leadIn: 'get there',
    render: (s) => (s.length === 1 ? `To get there, my first step is to ${s[0]!.clause.infinitive}.` : `To get there, I plan to ${s[0]!.clause.infinitive}, then ${s[1]!.clause.infinitive}${s[2] ? `, and after that ${s[2].clause.infinitive}` : ''}.`),
  },
  {
    leadIn: 'concrete',
    render: (s) => (s.length === 1 ? `The first concrete step is to ${s[0]!.clause.infinitive}.` : `My plan is concrete: first, ${s[0]!.clause.infinitive}; next, ${s[1]!.clause.infinitive}${s[2] ? `; then, ${s[2].clause.infinitive}` : ''}.`),
  },
  {
    leadIn: 'make happen',
    render: (s) => (s.length === 1 ? `To make that happen, I will start by ${s[0]!.clause.gerundPhrase}.` : `To make that happen, I will ${s[0]!.clause.infinitive} and then ${s[1]!.clause.infinitive}${s[2] ? `, before turning to ${s[2].clause.gerundPhrase}` : ''}.`),
  },
];

/** The plan when its first step is already done. */
export const PLAN_STARTED: P<[StepPiece[]]> = [
  { leadIn: 'started', render: (s) => `I have already taken the first step, which was to ${s[0]!.clause.infinitive}${s[1] ? `, and next I plan to ${s[1].clause.infinitive}` : ''}${s[2] ? `, then ${s[2].clause.infinitive}` : ''}.` },
  { leadIn: 'under way', render: (s) => `The plan is under way: I set out to ${s[0]!.clause.infinitive} and have done it${s[1] ? `, so my next step is to ${s[1].clause.infinitive}` : ''}${s[2] ? `, followed by ${s[2].clause.gerundPhrase}` : ''}.` },
];

/** No steps written yet. */
export const PLAN_FALLBACK: P<[]> = [
  { leadIn: 'milestones', render: () => 'I plan each goal as a few dated milestones, and I review them with my manager every quarter.' },
  { leadIn: 'steps', render: () => 'I break each goal into steps with dates, so I can check every few months whether I am on track.' },
];

// ---------------------------------------------------------------------------
// Fit with this company and role

export const FIT_WORK: P<[Material]> = [
  { leadIn: 'appeals', render: (m) => `That is why ${rolePhrase(m)}${atCompany(m)} appeals to me: it centers on ${listOf(m.work)}, which is exactly where I want to deepen my skills.` },
  { leadIn: 'fits', render: (m) => `${capitalize(rolePhrase(m))}${atCompany(m)} fits that path closely, because the work is built around ${listOf(m.work)}.` },
  { leadIn: 'comes in', render: (m) => `This is where ${rolePhrase(m)}${atCompany(m)} comes in: its focus on ${listOf(m.work)} matches the direction I have set.` },
];

export const FIT_OFFERS: P<[Material]> = [
  { leadIn: 'looked into', render: (m) => `I also looked into how ${fresh(m) ? `${m.company} supports` : 'you support'} people's development, and ${yourList(m.offers)} would help me reach those goals sooner.` },
  { leadIn: 'glad', render: (m) => `I was glad to read about ${yourList(m.offers)}, because that is the kind of support my plan is built on.` },
  { leadIn: 'tells me', render: (m) => `What I know of ${yourList(m.offers)} tells me the plan I have described is one I can carry out here.` },
];

/** The fit said first, before any goal (questions about the company): it cannot refer back to "that path". */
export const FIT_WORK_FIRST: P<[Material]> = [
  { leadIn: 'match', render: (m) => `${capitalize(rolePhrase(m))}${atCompany(m)} is a strong match for me, because it centers on ${listOf(m.work)}, which is where I want to deepen my skills.` },
  { leadIn: 'built around', render: (m) => `The work in ${rolePhrase(m)}${atCompany(m)} is built around ${listOf(m.work)}, and that is the work my goals are about.` },
];

/** The target names no theme the draft can use: say the fit through the role itself. */
export const FIT_FALLBACK: P<[Material]> = [
  { leadIn: 'natural', render: (m) => `${capitalize(rolePhrase(m))}${atCompany(m)} is a natural place to work toward my goals, because it puts me next to the work they depend on.` },
  { leadIn: 'runs through', render: (m) => `My goals run straight through ${rolePhrase(m)}${atCompany(m)}, which is why I applied.` },
];

// ---------------------------------------------------------------------------
// The value the candidate brings

export const VALUE: P<[Material]> = [
  { leadIn: 'in return', render: (m) => `In return, I would bring ${m.values[0]}${m.values[1] ? `, and ${m.values[1]}` : ''}.` },
  { leadIn: 'offer', render: (m) => `What I can bring to ${fresh(m) ? m.company : 'your team'} is ${m.values[0]}${m.values[1] ? `, along with ${m.values[1]}` : ''}.` },
  { leadIn: 'from the start', render: (m) => `From the start, I would contribute ${m.values[0]}${m.values[1] ? `; as I take on more, I would add ${m.values[1]}` : ''}.` },
];

/** No goal types to draw on: the value of the role's own work. */
export const VALUE_FALLBACK: P<[Material]> = [
  { leadIn: 'in return', render: (m) => `In return, I would bring care and consistency to ${m.work.length ? listOf(m.work.slice(0, 2)) : 'the work'}, and I would help the team deliver it well.` },
  { leadIn: 'contribute', render: (m) => `I want to contribute from the first weeks, taking work off colleagues' plates${m.work[0] ? ` in ${m.work[0]}` : ''}.` },
];

// ---------------------------------------------------------------------------
// Opening, measure, closing and the extras that bring a short draft up to length

export function openers(question: Question, m: Material): P<[]> {
  const company = m.company ?? 'your company';
  switch (question.kind) {
    case 'long_view': {
      const span = /ten|10/.test(question.text) ? 'Ten' : 'Five';
      return [
        { leadIn: 'long way', render: () => `${span} years is a long way out, so I think of it as a direction with milestones along the way.` },
        { leadIn: 'picture', render: () => `When I picture the next ${span.toLowerCase()} years, I see a clear direction and a few milestones that lead there.` },
      ];
    }
    case 'near_term':
      return [
        { leadIn: 'priority', render: () => 'If I get this position, my first priority would be to become fully effective in it, and then to build on that.' },
        { leadIn: 'basics', render: () => 'In this position, I would start by getting the fundamentals right, and then set my sights on the next goal.' },
      ];
    case 'company':
      return [
        { leadIn: 'draws', render: () => `What draws me to ${company} is how closely this role matches the goals I have set for myself.` },
        { leadIn: 'applied', render: () => `I applied to ${company} because this role sits right on the route I have planned for my career.` },
      ];
    case 'learning':
      return question.id === 'learn-more'
        ? [{ leadIn: 'area', render: () => 'There is a specific area I want to learn more about, and it connects directly to this role.' }]
        : [
            { leadIn: 'planned', render: () => 'Yes, learning is a planned part of my career, and I choose what to study by what the work needs.' },
            { leadIn: 'useful', render: () => 'I do plan further learning, and I pick it by asking what will make me more useful in the role.' },
          ];
    case 'reflective':
      return [{ leadIn: 'reflect', render: () => REFLECTIVE_OPENERS[question.id] ?? REFLECTIVE_OPENERS.motivation! }];
    default:
      return [
        { leadIn: 'horizons', render: () => 'I think about my career in two horizons: the next year or two, and where that leads.' },
        { leadIn: 'concrete goals', render: () => 'I keep my career goals concrete, so I will give you the near-term picture and the longer one.' },
        { leadIn: 'direction', render: () => 'I have a clear direction for my career, and I have broken it into steps I can check.' },
      ];
  }
}

const REFLECTIVE_OPENERS: Record<string, string> = {
  motivation: 'What motivates me is turning my work into results other people can see and use, and my goals are built around that.',
  'proudest-accomplishment': 'The work I am proudest of is the work that showed me what I want to do more of, and it shaped the goals I am working on now.',
  'improved-past-year': 'Over the past year, the biggest change is that I now work to a written plan with goals I can check.',
  'career-progressed': 'Mostly, yes, and where it has not, I have adjusted the plan rather than dropped it.',
};

export const MEASURE: P<[string]> = [
  { leadIn: 'measure', render: (measure) => `I will know I am on track by one simple measure: ${measure}.` },
  { leadIn: 'success', render: (measure) => `My measure of success is simple: ${measure}.` },
];

export const REVIEW: P<[]> = [
  { leadIn: 'review', render: () => "I review these goals every quarter, so the plan can change if the team's needs do." },
  { leadIn: 'check', render: () => 'Every few months I check my progress against these steps and adjust where I need to.' },
];

export const FEEDBACK: P<[]> = [
  { leadIn: 'feedback', render: () => 'I also ask for feedback along the way, because it tells me early whether a step is working.' },
  { leadIn: 'manager', render: () => 'Regular feedback from my manager is part of the plan, since it shows me early what to change.' },
];

export const CLOSING: P<[Material]> = [
  { leadIn: 'direction', render: () => 'That is the direction I want to take here, and I am keen to start on it.' },
  { leadIn: 'career', render: (m) => `I would be glad to build that career ${fresh(m) ? `at ${m.company}` : 'here'} over the long run.` },
  { leadIn: 'excited', render: (m) => `I am excited by the chance to do that work ${fresh(m) ? `at ${m.company}` : 'here'}.` },
];

/** A goal not reached: the draft cannot know the story, so it marks where the user's own account goes. */
export const MISSED: string[] = [
  'One goal I set and did not reach was [the goal, and when you set it].',
  'Looking back, the main reason was [what you misjudged or left undone].',
  'What I learned is [your lesson], and it changed how I plan: I now break every goal into dated steps and check them each month.',
];

// ---------------------------------------------------------------------------

function rolePhrase(m: Material): string {
  if (!m.role) return 'this role';
  return /\b(role|position|job|post)$/i.test(m.role) ? `this ${m.role}` : `this ${m.role} role`;
}

function roleWithArticle(m: Material): string {
  return m.role ? `${article(m.role)} ${m.role}` : 'a member of the team';
}

/** " at Northwind", the first time or two the draft names the company; after that "this role" says enough. */
const atCompany = (m: Material) => (fresh(m) ? ` at ${m.company}` : '');
/** Has the draft named the company fewer than twice? A name said a third time sounds recited. */
const fresh = (m: Material): m is Material & { company: string } => m.company !== null && m.companyMentions < 2;
const yourList = (items: string[]) => `your ${listOf(items)}`;
