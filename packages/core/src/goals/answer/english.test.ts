import { describe, expect, test } from 'vitest';
import { article, clip, gerund, listOf } from './english.js';

describe('english', () => {
  test.each([
    ['lead', 'leading'],
    ['become', 'becoming'],
    ['get', 'getting'],
    ['plan', 'planning'],
    ['earn', 'earning'],
    ['build', 'building'],
    ['pass', 'passing'],
    ['be', 'being'],
    ['see', 'seeing'],
    ['lie', 'lying'],
    ['begin', 'beginning'],
    ['deliver', 'delivering'],
  ])('gerund(%s) = %s', (verb, expected) => expect(gerund(verb)).toBe(expected));

  test.each([
    ['analyst', 'an'],
    ['data analyst', 'a'],
    ['SQL course', 'an'],
    ['UX designer', 'a'],
    ['MBA', 'an'],
    ['hour', 'an'],
    ['user researcher', 'a'],
    ['engineer', 'an'],
  ])('article(%s) = %s', (word, expected) => expect(article(word)).toBe(expected));

  test('lists as they are said', () => {
    expect(listOf([])).toBe('');
    expect(listOf(['SQL'])).toBe('SQL');
    expect(listOf(['SQL', 'Power BI'])).toBe('SQL and Power BI');
    expect(listOf(['a', 'b', 'c'])).toBe('a, b and c');
  });

  test('clips long text at a natural break', () => {
    expect(clip('lead the team', 5)).toBe('lead the team');
    expect(clip('lead the reporting team, run the monthly review and mentor two new analysts every quarter', 10)).toBe('lead the reporting team, run the monthly review');
    expect(clip('one two three four five six seven eight nine ten', 4)).toBe('one two three four');
  });
});
