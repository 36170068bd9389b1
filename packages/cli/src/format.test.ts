import { describe, expect, test } from 'vitest';
import type { Flag, FlagId, Severity } from '@trajectory/core';
import { highlight, printable, quote, style } from './format.js';

function flag(answer: string, id: FlagId, phrase: string | null, severity: Severity = 'moderate'): Flag {
  const start = phrase === null ? 0 : answer.indexOf(phrase);
  const end = phrase === null ? answer.length : start + phrase.length;
  return { id, severity, start, end, line: 1, column: start + 1, text: answer.slice(start, end), message: 'm', suggestion: 's' };
}

describe('highlight', () => {
  const answer = 'I want to learn and grow, and the salary matters most.';

  test('plain: [[flagged words]] with the footnote number of each flag', () => {
    const flags = [flag(answer, 'cliche', 'learn and grow'), flag(answer, 'money_focus', 'the salary matters most')];
    expect(highlight(answer, flags, style(false))).toBe('I want to [[learn and grow]][1], and [[the salary matters most]][2].');
  });

  test('overlapping flags share one mark that lists both', () => {
    const flags = [flag(answer, 'cliche', 'learn and grow'), flag(answer, 'unclear', 'grow, and the')];
    expect(highlight(answer, flags, style(false))).toBe('I want to [[learn and grow, and the]][1,2] salary matters most.');
  });

  test('a flag about the whole answer is listed, not wrapped around it', () => {
    expect(highlight(answer, [flag(answer, 'no_plan', null)], style(false))).toBe(answer);
  });

  test('colour: the words coloured by severity, the footnote dimmed, no brackets', () => {
    const out = highlight(answer, [flag(answer, 'money_focus', 'the salary matters most', 'serious')], style(true));
    expect(out).toBe('I want to learn and grow, and \x1b[4;31mthe salary matters most\x1b[0m\x1b[2m[1]\x1b[0m.');
  });
});

describe('printable and quote', () => {
  test('control characters cannot reach the terminal; line breaks and tabs stay', () => {
    expect(printable('a\x1b[31mb\u0007c\n\td\u009b')).toBe('a[31mbc\n\td');
  });

  test('quotes on one line, cut at a word', () => {
    expect(quote('  lead\n a   team ')).toBe('“lead a team”');
    expect(quote('one two three four five six', 14)).toBe('“one two three…”');
  });
});
