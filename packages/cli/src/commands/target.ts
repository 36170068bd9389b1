/** `trajectory target add|list`: the companies and roles you are preparing for. */
import { TargetInputSchema, createTarget, getTargets, type TargetResponse } from '@trajectory/server';
import { positionals } from '../args.js';
import { EXIT, type Command } from '../command.js';
import { usageError } from '../errors.js';
import { printable, style, useColor, type Style } from '../format.js';
import { readText, write } from '../io.js';
import { DATA_OPTION_HELP, json, parseOptions, subcommand, validate, withSession } from '../store.js';

const HELP = `Usage: trajectory target add --company NAME --role ROLE [--description FILE|-] [--notes TEXT]
       trajectory target list [--json]

add   store a target: the company and role you are applying for. The job
      description (from FILE, or stdin with '-') and your notes on the company
      (its training, mentoring, products, values) let the coach check how your
      goals align with it, and judge answers against it.
list  your targets, with their ids (for 'draft --target')

Options:
  --company NAME        the company
  --role ROLE           the role, e.g. "Data analyst"
  --description FILE|-  the job description
  --notes TEXT          what you know of the company
${DATA_OPTION_HELP}
  --json                print the target(s) as JSON, as the API returns them
  -h, --help            show this help

Exit codes: 0 ok, 1 bad input, 2 usage.
`;

const OPTIONS = {
  company: { type: 'string' },
  role: { type: 'string' },
  description: { type: 'string' },
  notes: { type: 'string' },
  data: { type: 'string' },
  json: { type: 'boolean' },
} as const;

const FLAGS: Record<string, string> = { company: '--company', role: '--role', description: '--description', notes: '--notes' };

export const target: Command = {
  name: 'target',
  summary: 'add or list target companies and roles (target add|list)',
  help: HELP,
  async run(args, io) {
    const { values, positionals: rest } = parseOptions('target', args, OPTIONS);
    const action = subcommand('target', rest, ['add', 'list'] as const);
    positionals(`target ${action}`, rest, 1);
    const s = style(useColor(io));

    if (action === 'list') {
      const given = (['company', 'role', 'description', 'notes'] as const).find((k) => values[k] !== undefined);
      if (given) throw usageError(`target list: --${given} is for 'target add'`);
      return withSession(io, values.data, async ({ deps, userId }) => {
        const all = await getTargets(deps, userId);
        await write(io.stdout, values.json ? json(all) : renderList(all, s));
        return EXIT.ok;
      });
    }

    if (values.company === undefined) throw usageError('target add: --company is required');
    if (values.role === undefined) throw usageError('target add: --role is required');
    const description = values.description === undefined ? undefined : await readText(values.description, io, 'description');
    const input = validate('target add', TargetInputSchema, { company: values.company, role: values.role, description, notes: values.notes }, FLAGS);
    return withSession(io, values.data, async ({ deps, userId }) => {
      const created = await createTarget(deps, userId, input);
      await write(io.stdout, values.json ? json(created) : `Added target ${created.id}: ${printable(created.role)} at ${printable(created.company)}\n`);
      return EXIT.ok;
    });
  },
};

function renderList(all: TargetResponse[], s: Style): string {
  if (all.length === 0) return "No targets yet: add one with 'trajectory target add'.\n";
  return all
    .map((t) => {
      const extra = [t.description ? 'job description' : '', t.notes ? 'notes' : ''].filter(Boolean).join(', ');
      return `${s.dim(t.id)}  ${s.bold(printable(t.role))} at ${printable(t.company)}${extra ? s.dim(`  (${extra})`) : ''}\n`;
    })
    .join('');
}
