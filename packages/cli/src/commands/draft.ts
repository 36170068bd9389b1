/** `trajectory draft --question ID`: a first draft of your answer, built from your goals, with its analysis. */
import { getQuestion, type Strategy } from '@trajectory/core';
import { DraftAnswerInputSchema, draftAnswerFor } from '@trajectory/server';
import { positionals } from '../args.js';
import { EXIT, type Command } from '../command.js';
import { usageError } from '../errors.js';
import { renderAnalysis, style, useColor } from '../format.js';
import { write } from '../io.js';
import { DATA_OPTION_HELP, choice, json, parseOptions, validate, withSession } from '../store.js';

const STRATEGIES: readonly Strategy[] = ['long-first', 'build-up'];

const HELP = `Usage: trajectory draft --question ID [--target ID] [--strategy S] [--seed N] [--json]

Draft an answer to a question from the bank, built from the goals you added
with 'trajectory goals add' (and the target's company and role, when given),
then analyze the draft as 'trajectory analyze' would. A draft is a start:
make it yours before you say it.

Options:
  --question ID   a question id from 'trajectory questions', e.g. career-goals
  --target ID     a target id from 'trajectory target list'
  --strategy S    long-first: start from the long-term goal (default);
                  build-up: build the short-term goals up to it
  --seed N        pick other phrasings (the same seed gives the same draft)
${DATA_OPTION_HELP}
  --json          print {"answer", "analysis"} as JSON
  -h, --help      show this help

Exit codes: 0 ok, 1 bad input (no goals yet, an unknown target), 2 usage.
`;

const OPTIONS = {
  question: { type: 'string' },
  target: { type: 'string' },
  strategy: { type: 'string' },
  seed: { type: 'string' },
  data: { type: 'string' },
  json: { type: 'boolean' },
} as const;

export const draft: Command = {
  name: 'draft',
  summary: 'draft an answer to a question from your goals and target, with its analysis',
  help: HELP,
  async run(args, io) {
    const { values, positionals: rest } = parseOptions('draft', args, OPTIONS);
    positionals('draft', rest, 0);
    if (values.question === undefined) throw usageError("draft: --question is required (an id from 'trajectory questions')");
    if (!getQuestion(values.question)) throw usageError(`draft: unknown question '${values.question}' (see 'trajectory questions')`);
    const strategy = choice('draft', '--strategy', values.strategy, STRATEGIES);
    const seed = values.seed === undefined ? undefined : Number(values.seed);
    if (seed !== undefined && !(Number.isInteger(seed) && seed >= 0)) throw usageError(`draft: --seed must be a whole number (got '${values.seed}')`);
    const input = validate('draft', DraftAnswerInputSchema, { questionId: values.question, targetId: values.target, strategy, seed }, { targetId: '--target' });
    return withSession(io, values.data, async ({ deps, userId }) => {
      const { answer, analysis } = await draftAnswerFor(deps, userId, input);
      await write(io.stdout, values.json ? json({ answer, analysis }) : renderAnalysis(analysis, answer, style(useColor(io)), { title: 'Draft answer (built from your goals)' }));
      return EXIT.ok;
    });
  },
};
