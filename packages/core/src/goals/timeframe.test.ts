import { describe, expect, test } from 'vitest';
import { timeframePhrase } from './timeframe.js';
import { monthsBetween, parseIsoDate, spanInWords } from './dates.js';

describe('timeframePhrase', () => {
  test.each([
    ['12 months', 'within 12 months'],
    ['two years', 'within two years'],
    ['Within 18 months.', 'within 18 months'],
    ['In five years', 'in five years'],
    ['2027', 'by 2027'],
    ['the end of 2026', 'by the end of 2026'],
    ['Q3 2026', 'by Q3 2026'],
    ['next year', 'next year'],
    ['', ''],
  ])('%j → %j', (input, expected) => expect(timeframePhrase(input)).toBe(expected));
});

describe('dates', () => {
  test('parses only valid ISO dates', () => {
    expect(parseIsoDate('2026-02-28')).toEqual({ year: 2026, month: 2, day: 28 });
    expect(parseIsoDate('2026-13-01')).toBeNull();
    expect(parseIsoDate('2026-04-31')).toBeNull();
    expect(parseIsoDate('tomorrow')).toBeNull();
    expect(parseIsoDate(20260101)).toBeNull();
  });

  test('counts whole months between dates', () => {
    expect(monthsBetween(parseIsoDate('2026-01-15')!, parseIsoDate('2027-01-15')!)).toBe(12);
    expect(monthsBetween(parseIsoDate('2026-01-15')!, parseIsoDate('2027-01-14')!)).toBe(11);
    expect(monthsBetween(parseIsoDate('2026-05-01')!, parseIsoDate('2026-01-01')!)).toBe(-4);
  });

  test('says spans as people do', () => {
    expect(spanInWords(6)).toBe('six months');
    expect(spanInWords(12)).toBe('a year');
    expect(spanInWords(18)).toBe('18 months');
    expect(spanInWords(36)).toBe('three years');
    expect(spanInWords(42)).toBe('three and a half years');
  });
});
