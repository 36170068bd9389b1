import type { Rule } from './rule.js';
import { wholeAnswer } from '../text/helpers.js';
import { expects, hasSomeGoal, severityByExperience } from './missing.js';

export const noPlan: Rule = {
  id: 'no_plan',
  meta: {
    description: 'Goals with no way of reaching them: no action, step, course, practice or project.',
    severity: 'moderate',
    docs: 'Raised only where the question expects a plan. A plan is an action with its object ("complete the CIPD course", "lead a project", "ask for a mentor"), a standalone action ("shadow", "volunteer", "get certified"), a method phrase ("to get there", "my first step") or ongoing practice ("I\'ve been training for", "I\'m working on") or a habit kept up ("I meet my training officer every fortnight", "every Sunday I test a recipe", "on Saturdays"), a request already made ("I\'ve asked the head chef…", not "I\'ve asked myself"), a piece of work taken through sign-off ("get my portfolio signed off"), a route the company funds ("you\'d fund my certificate"), practice in one\'s own time, or progress through a course ("I\'m three exams in"); a career so far ("I\'ve been practising for seven years") is not. Progress ("halfway through") counts only as the speaker\'s own; a purpose ("to get there", "to do that") only with a step around it in its clause, not "to get there, I\'ll just keep going". Effort ("by working hard"), wishes and pictures in the mind kept up ("I visualise it every morning", "by believing I\'ll hit it") and "the next level" are no steps; a route described before its steps ("The route is well established: an MSc…", "my next step would be the diploma") is a plan, a route said in passing ("the how is basically: keep going") is not; nor are growth and settling in said of nothing in particular ("take on bigger challenges", "get to know the business"), nor the far goal itself wished for after a long-term cue ("Long term I want to lead community strategy"). Study names its own subject ("I study cloud networking at night", "I\'m learning the costing side"), and a practice kept up may be said in the progressive ("I\'ve been canvassing every weekend") or counted by the singular ("one match report a week"). A target to reach ("take followers from 2,000 to 40,000", "sign up sixty members a month"), a level to hold ("be earning at that level") and a degree already done are not steps. Weighs more with experience: minor for a graduate, serious for an experienced or senior candidate. Points at the whole answer.',
  },
  check(doc, context) {
    if (!expects(context, 'plan') || context.elements.plan.present || !hasSomeGoal(doc, context)) return [];
    return [{
      ...wholeAnswer(doc),
      severity: severityByExperience(context.experience),
      message: 'The goals have no plan: nothing says what you will do to reach them.',
      suggestion: 'Name one or two concrete steps: a course, a certification, a project to lead, someone to learn from, with a rough date.',
    }];
  },
};
