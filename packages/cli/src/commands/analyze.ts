/** `trajectory analyze`: one answer as a report or JSON, or a JSON Lines batch. */
import { analyze as analyzeAnswer, EXPERIENCE_LEVELS, parseIsoDate, recognizeQuestion, type ExperienceLevel } from '@trajectory/core';
import { parseCommandArgs, positionals, stringOption } from '../args.js';
import { analyzeLines, type Defaults } from '../batch.js';
import { EXIT, type Command, type Io } from '../command.js';
import { inputError, usageError } from '../errors.js';
import { renderAnalysis, style, useColor } from '../format.js';
import { openLines, readText, sourceName, write } from '../io.js';

const OPTIONS = {
  question: { type: 'string' },
  role: { type: 'string' },
  company: { type: 'string' },
  experience: { type: 'string' },
  today: { type: 'string' },
  json: { type: 'boolean' },
  jsonl: { type: 'string' },
} as const;

const HELP = `Usage: trajectory analyze [FILE|-] [options]
       trajectory analyze --jsonl FILE|- [options]

Analyze an answer to "What are your career goals?" (or another question from
the bank): red flags, the elements of a good answer, strengths, the follow-up
questions an interviewer would ask, and the metrics.

The answer is read from FILE, or from stdin when FILE is '-' or left out and
stdin is a pipe.

Options:
  --question Q        the question asked: an id from 'trajectory questions' or its wording
  --role R            the role applied for, e.g. "Data analyst"
  --company FILE      a file with the job description or what you know of the company
  --experience LEVEL  ${EXPERIENCE_LEVELS.join(' | ')} (default: early)
  --today YYYY-MM-DD  the date timeframes such as "by 2028" are measured from (default: today)
  --json              print the analysis object as JSON
  --jsonl FILE|-      batch: one JSON object per line, {"id", "answer", "question",
                      "role", "company", "experience", "today"} (all but id and answer optional);
                      prints one line per input line, {"id", ...analysis} or
                      {"id", "error": "line N: ..."}. The options above are defaults
                      for lines that do not set their own; "company" is text here.
  -h, --help          show this help

Exit codes: 0 ok, 1 bad input (an unreadable or empty answer, any failed batch
line), 2 usage.

Examples:
  trajectory analyze answer.txt --question five-years --role "Data analyst"
  pbpaste | trajectory analyze --json
  trajectory analyze --jsonl answers.jsonl > results.jsonl
`;

function experienceOption(value: string | undefined): ExperienceLevel | undefined {
  if (value === undefined) return undefined;
  if (!EXPERIENCE_LEVELS.includes(value as ExperienceLevel)) throw usageError(`analyze: --experience must be one of ${EXPERIENCE_LEVELS.join(', ')} (got '${value}')`);
  return value as ExperienceLevel;
}

function todayOption(value: string | undefined): string {
  if (value === undefined) return new Date().toISOString().slice(0, 10);
  if (!parseIsoDate(value)) throw usageError(`analyze: --today must be a date as YYYY-MM-DD (got '${value}')`);
  return value;
}

async function readDefaults(options: ReturnType<typeof parseCommandArgs>, io: Io): Promise<Defaults> {
  const companyFile = stringOption(options, 'company');
  const company = companyFile === undefined ? undefined : (await readText(companyFile, io, 'company')).trim() || undefined;
  const question = stringOption(options, 'question');
  if (question !== undefined && question.trim() && !recognizeQuestion(question)) {
    io.stderr.write(`note: question '${question}' is not in the bank; judging it as a general career-goals answer (see 'trajectory questions')\n`);
  }
  return { question, role: stringOption(options, 'role'), company, experience: experienceOption(stringOption(options, 'experience')), today: todayOption(stringOption(options, 'today')) };
}

async function runBatch(source: string, defaults: Defaults, io: Io): Promise<number> {
  const lines = await openLines(source, io);
  const summary = await analyzeLines(lines, (text) => write(io.stdout, text), defaults);
  if (summary.failed.length === 0) return EXIT.ok;
  const shown = summary.failed.slice(0, 5).join(', ') + (summary.failed.length > 5 ? ', …' : '');
  io.stderr.write(`Error: ${summary.failed.length} of ${summary.lines} lines in ${sourceName(source)} failed (line${summary.failed.length > 1 ? 's' : ''} ${shown}); see their "error" fields\n`);
  return EXIT.input;
}

export const analyze: Command = {
  name: 'analyze',
  summary: 'analyze an answer from a file or stdin (--json, or --jsonl for a batch)',
  help: HELP,
  async run(args, io) {
    const options = parseCommandArgs('analyze', args, OPTIONS);
    const [file] = positionals('analyze', options.positionals, 1);
    const jsonl = stringOption(options, 'jsonl');
    if (jsonl !== undefined && file !== undefined) throw usageError('analyze: give either FILE or --jsonl, not both');
    const answerFromStdin = jsonl === '-' || (jsonl === undefined && (file === undefined || file === '-'));
    if (stringOption(options, 'company') === '-' && answerFromStdin) throw usageError('analyze: the answer and --company cannot both come from stdin');
    const defaults = await readDefaults(options, io);

    if (jsonl !== undefined) return runBatch(jsonl, defaults, io);

    const answer = await readText(file, io, 'answer');
    if (!answer.trim()) throw inputError(`${sourceName(file)}: the answer is empty`);
    const result = analyzeAnswer({ ...defaults, answer });
    if (options.values.json) await write(io.stdout, `${JSON.stringify(result, null, 2)}\n`);
    else await write(io.stdout, renderAnalysis(result, answer, style(useColor(io)), { title: file && file !== '-' ? file : undefined }));
    return EXIT.ok;
  },
};
