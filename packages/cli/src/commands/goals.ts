/** `trajectory goals add|list|check`: the goals workbook, stored where the server keeps it. */
import { GOAL_TYPES, HORIZONS, type CriterionResult, type SmartCriterion } from '@trajectory/core';
import { GoalInputSchema, createGoal, getGoal, getGoals, type GoalResponse } from '@trajectory/server';
import { positionals } from '../args.js';
import { EXIT, type Command } from '../command.js';
import { usageError } from '../errors.js';
import { printable, style, useColor, type Style } from '../format.js';
import { write } from '../io.js';
import { DATA_OPTION_HELP, choice, json, parseOptions, subcommand, validate, withSession } from '../store.js';

const HELP = `Usage: trajectory goals add STATEMENT --horizon short|long --type TYPE [options]
       trajectory goals list [--json]
       trajectory goals check [ID] [--json]

add    store a goal and show its SMART check (specific, measurable,
       realistic, planned)
list   your goals, oldest first, each with its id and whether it passes
check  the SMART check of one goal (by id) or of every goal, with what to fix

Options for add:
  --horizon H          short (up to about two years) | long (five years or more)
  --type TYPE          ${GOAL_TYPES.join(' | ')}
  --timeframe TEXT     e.g. "within 12 months"
  --target-date DATE   YYYY-MM-DD
  --measure TEXT       how you will know you reached it
  --step TEXT          one step of the action plan (repeat for more)
  --serves ID          the long-term goal this short-term goal leads to

Options:
${DATA_OPTION_HELP}
  --json      print the goal(s) as JSON, as the API returns them
  -h, --help  show this help

Exit codes: 0 ok, 1 bad input (an empty statement, a bad date, an unknown id),
2 usage. A goal that fails its check is not an error.

Examples:
  trajectory goals add "Lead the analytics team" --horizon long --type leadership \\
    --timeframe "within five years" --step "Mentor a junior analyst"
  trajectory goals check
`;

const OPTIONS = {
  horizon: { type: 'string' },
  type: { type: 'string' },
  timeframe: { type: 'string' },
  'target-date': { type: 'string' },
  measure: { type: 'string' },
  step: { type: 'string', multiple: true },
  serves: { type: 'string' },
  data: { type: 'string' },
  json: { type: 'boolean' },
} as const;

const FLAGS: Record<string, string> = {
  statement: 'STATEMENT',
  horizon: '--horizon',
  type: '--type',
  timeframe: '--timeframe',
  targetDate: '--target-date',
  measure: '--measure',
  steps: '--step',
  servesGoalId: '--serves',
};

const CRITERIA: SmartCriterion[] = ['specific', 'measurable', 'realistic', 'planned'];

export const goals: Command = {
  name: 'goals',
  summary: 'add, list and SMART-check your career goals (goals add|list|check)',
  help: HELP,
  async run(args, io) {
    const { values, positionals: rest } = parseOptions('goals', args, OPTIONS);
    const action = subcommand('goals', rest, ['add', 'list', 'check'] as const);
    const s = style(useColor(io));
    const addOnly = (['horizon', 'type', 'timeframe', 'target-date', 'measure', 'step', 'serves'] as const).filter((k) => values[k] !== undefined);
    if (action !== 'add' && addOnly.length > 0) throw usageError(`goals ${action}: --${addOnly[0]} is for 'goals add'`);

    if (action === 'add') {
      const [, statement] = positionals('goals add', rest, 2);
      if (statement === undefined) throw usageError('goals add: give the goal\'s STATEMENT, e.g. trajectory goals add "Lead the analytics team" --horizon long --type leadership');
      if (values.horizon === undefined) throw usageError('goals add: --horizon is required (short or long)');
      if (values.type === undefined) throw usageError(`goals add: --type is required (${GOAL_TYPES.join(', ')})`);
      const input = validate('goals add', GoalInputSchema, {
        statement,
        horizon: choice('goals add', '--horizon', values.horizon, HORIZONS),
        type: choice('goals add', '--type', values.type, GOAL_TYPES),
        timeframe: values.timeframe,
        targetDate: values['target-date'],
        measure: values.measure,
        steps: values.step?.map((text) => ({ text })),
        servesGoalId: values.serves,
      }, FLAGS);
      return withSession(io, values.data, async ({ deps, userId }) => {
        const goal = await createGoal(deps, userId, input);
        await write(io.stdout, values.json ? json(goal) : `Added goal ${goal.id}\n\n${renderCheck(goal, s)}`);
        return EXIT.ok;
      });
    }

    if (action === 'list') {
      positionals('goals list', rest, 1);
      return withSession(io, values.data, async ({ deps, userId }) => {
        const all = await getGoals(deps, userId);
        await write(io.stdout, values.json ? json(all) : renderList(all, s));
        return EXIT.ok;
      });
    }

    const [, id] = positionals('goals check', rest, 2);
    return withSession(io, values.data, async ({ deps, userId }) => {
      const checked = id === undefined ? await getGoals(deps, userId) : [await getGoal(deps, userId, id)];
      if (values.json) await write(io.stdout, json(checked.map(({ id, statement, check }) => ({ id, statement, check }))));
      else await write(io.stdout, checked.length ? checked.map((g) => renderCheck(g, s)).join('\n') : "No goals yet: add one with 'trajectory goals add'.\n");
      return EXIT.ok;
    });
  },
};

const horizonWord = (goal: GoalResponse) => (goal.horizon === 'short' ? 'short-term' : 'long-term');

function renderList(all: GoalResponse[], s: Style): string {
  if (all.length === 0) return "No goals yet: add one with 'trajectory goals add'.\n";
  return all
    .map((goal) => {
      const mark = goal.check.passed ? s.good('SMART') : s.bad(`fix: ${CRITERIA.filter((c) => !goal.check[c].pass).join(', ')}`);
      const serves = goal.servesGoalId ? s.dim(`  serves ${goal.servesGoalId}`) : '';
      return `${s.dim(goal.id)}  ${horizonWord(goal).padEnd(10)}  ${goal.type.padEnd(24)}  ${mark}\n  ${printable(goal.statement)}${serves}\n`;
    })
    .join('');
}

function renderCheck(goal: GoalResponse, s: Style): string {
  const lines = [`${s.bold(printable(goal.statement))} ${s.dim(`(${horizonWord(goal)}, ${goal.type.replace(/_/g, ' ')}; ${goal.id})`)}`];
  for (const criterion of CRITERIA) {
    const result: CriterionResult = goal.check[criterion];
    lines.push(`  ${result.pass ? s.good('pass') : s.bad('fix ')}  ${criterion.padEnd(10)}  ${result.reason}`);
    if (!result.pass && result.suggestion) lines.push(`                    → ${result.suggestion}`);
    else if (result.tip) lines.push(`                    ${s.dim(`tip: ${result.tip}`)}`);
  }
  lines.push(goal.check.passed ? s.good('  The goal is SMART.') : '  Not SMART yet: see what to fix above.');
  return `${lines.join('\n')}\n`;
}
