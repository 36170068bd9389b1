/** Argument parsing on node:util parseArgs, with its errors turned into usage errors (exit 2). */
import { parseArgs } from 'node:util';
import { usageError } from './errors.js';

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;
export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** Parse a command's arguments strictly: unknown options and missing values are usage errors naming the command. */
export function parseCommandArgs(command: string, args: string[], options: OptionSpec): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (error) {
    // Node's messages run on with advice about '--'; the first sentence says what is wrong.
    const message = error instanceof Error ? error.message : String(error);
    const first = message.split(/\.\s|\n/)[0]!.replace(/\.$/, '');
    throw usageError(`${command}: ${first}`);
  }
}

/** At most `max` positional arguments; more is a usage error. */
export function positionals(command: string, values: string[], max: number): string[] {
  if (values.length > max) throw usageError(`${command}: unexpected argument '${values[max]}'`);
  return values;
}

/** A string option's value, or undefined. */
export const stringOption = (parsed: ParsedArgs, name: string): string | undefined => {
  const value = parsed.values[name];
  return typeof value === 'string' ? value : undefined;
};
