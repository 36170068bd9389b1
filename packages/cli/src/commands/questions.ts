/** `trajectory questions`: the question bank, each question with what it probes. */
import { QUESTIONS } from '@trajectory/core';
import { parseCommandArgs, positionals } from '../args.js';
import { EXIT, type Command } from '../command.js';
import { renderQuestions, style, useColor } from '../format.js';
import { write } from '../io.js';

const HELP = `Usage: trajectory questions [--json]

List the question bank: the forms of "What are your career goals?" the
analyzer knows, each with its id (for 'analyze --question'), its wording,
what it probes (tenure, motivation, plan, fit, growth, self-awareness,
resilience) and the elements a good answer to it holds.

Options:
  --json      print the bank as a JSON array
  -h, --help  show this help
`;

export const questions: Command = {
  name: 'questions',
  summary: 'list the question bank (ids for --question) and what each question probes',
  help: HELP,
  async run(args, io) {
    const options = parseCommandArgs('questions', args, { json: { type: 'boolean' } });
    positionals('questions', options.positionals, 0);
    await write(io.stdout, options.values.json ? `${JSON.stringify(QUESTIONS, null, 2)}\n` : renderQuestions(style(useColor(io))));
    return EXIT.ok;
  },
};
