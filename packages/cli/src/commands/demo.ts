/** `trajectory demo`: a short guided tour for a newcomer, on two answers written for it. */
import { analyze as analyzeAnswer, type AnalysisInput } from '@trajectory/core';
import { parseCommandArgs, positionals } from '../args.js';
import { EXIT, type Command } from '../command.js';
import { renderAnalysis, style, useColor } from '../format.js';
import { write } from '../io.js';

const COMPANY = 'Harbourline Health, a regional hospital group. Hiring a data analyst for its patient-flow team; runs a two-year analytics graduate scheme with a mentor for every new analyst.';
const SETTING = { question: 'short-long-goals', role: 'Data analyst', company: COMPANY, experience: 'early' } satisfies Omit<AnalysisInput, 'answer'>;

/** Written for the demo: recited, vague, about pay and perks, no plan. */
export const WEAK_ANSWER =
  "Honestly, I haven't really thought that far ahead. I'm a hard worker and a team player, and I just want to learn and grow. " +
  'The salary here is better than what I make now, which is the main reason I applied. ' +
  'Maybe something in management one day, I guess, or I might go back to running my own photography business.';

/** Written for the demo: short- and long-term goals kept apart, a plan, the company's scheme named, value offered. */
export const STRONG_ANSWER =
  'In my first year I want to become a dependable analyst on the patient-flow team: learn your data warehouse, ' +
  'and finish the SQL performance course I began this spring, so my queries stop slowing the nightly reports. ' +
  'Within two years I would like to own one reporting area end to end, for example the bed-occupancy dashboards, ' +
  'and cut the time it takes to refresh them from a day to an hour. ' +
  'Longer term, in about five years, I see myself leading a small analytics team, ' +
  "which is why I already mentor two junior colleagues in my current job and run our team's monthly data clinic. " +
  'What drew me to Harbourline is your two-year graduate scheme and the mentor each analyst gets: ' +
  'I would learn from people who know hospital data, and in return I would bring three years of cleaning messy clinical records, ' +
  'the part of the work most people avoid, so that ward managers can trust the numbers they plan with.';

const HELP = `Usage: trajectory demo

A two-minute tour: analyzes two example answers to "What are your short-term
and long-term career goals?" for a data analyst role (one weak, one strong)
and shows the feedback each gets, then how to analyze your own.

Options:
  -h, --help  show this help
`;

export const demo: Command = {
  name: 'demo',
  summary: 'a short guided demo on two example answers, one weak and one strong',
  help: HELP,
  async run(args, io) {
    positionals('demo', parseCommandArgs('demo', args, {}).positionals, 0);
    const s = style(useColor(io));
    const weak = analyzeAnswer({ ...SETTING, answer: WEAK_ANSWER });
    const strong = analyzeAnswer({ ...SETTING, answer: STRONG_ANSWER });
    const rule = s.dim('─'.repeat(72));
    const out = [
      s.bold('Trajectory: a coach for "What are your career goals?"'),
      '',
      'An interviewer who asks about your goals wants to know whether you will stay,',
      'what drives you, whether you have a plan, and whether your goals fit the job.',
      'Trajectory reads your answer and shows what works, what raises a red flag,',
      'and which follow-up questions to prepare for.',
      '',
      `Two candidates for a data analyst role at ${COMPANY.split(',')[0]} answer the same question.`,
      '',
      rule,
      renderAnalysis(weak, WEAK_ANSWER, s, { title: 'Example 1: a weak answer' }),
      rule,
      renderAnalysis(strong, STRONG_ANSWER, s, { title: 'Example 2: a strong answer' }),
      rule,
      s.bold('What changed'),
      `  Score ${weak.score} → ${strong.score}; red flags ${weak.flags.length} → ${strong.flags.length}; strengths ${weak.strengths.length} → ${strong.strengths.length}.`,
      '  The strong answer keeps a near goal and a far one apart, says how it will get',
      '  there, names what the company offers and what the candidate brings to it.',
      '',
      s.bold('Try your own'),
      '  npm run trajectory -- analyze my-answer.txt --question five-years --role "Data analyst"',
      '  npm run trajectory -- questions        the questions Trajectory knows',
      '  npm run trajectory -- analyze --help   every option',
      '',
    ];
    await write(io.stdout, out.join('\n'));
    return EXIT.ok;
  },
};
