/**
 * One error type for expected failures, caught once in main.ts:
 * 'input' — the data given is unusable (exit 1); 'usage' — the command line is wrong (exit 2).
 * The message is one line that says what is wrong and where (a file, a flag, a line number).
 */
import { EXIT } from './command.js';

export class CliError extends Error {
  constructor(
    readonly kind: 'input' | 'usage',
    message: string,
  ) {
    super(message);
    this.name = 'CliError';
  }

  get exitCode(): number {
    return this.kind === 'usage' ? EXIT.usage : EXIT.input;
  }
}

export const usageError = (message: string) => new CliError('usage', message);
export const inputError = (message: string) => new CliError('input', message);
