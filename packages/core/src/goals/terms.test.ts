import { describe, expect, test } from 'vitest';
import { contentTerms, stem } from './terms.js';
import { tokenize } from '../text/tokenize.js';

describe('stem', () => {
  test.each([
    [['manage', 'manager', 'managing', 'management', 'managed'], 'manag'],
    [['lead', 'leads', 'leading'], 'lead'],
    [['study', 'studies', 'studied'], 'study'],
    [['report', 'reports', 'reporting', 'reported'], 'report'],
  ])('meets word forms at one stem: %j', (words, expected) => {
    for (const w of words) expect(stem(w), w).toBe(expected);
  });

  test('leaves short words and words ending in a double s alone', () => {
    expect(stem('sql')).toBe('sql');
    expect(stem('class')).toBe('class');
    expect(stem('process')).toBe('process');
  });
});

describe('contentTerms', () => {
  test('skips function words and generic job words, one term per stem, in order', () => {
    const terms = contentTerms(tokenize('I want to lead the reporting team and manage reports for the company.'));
    expect(terms.map((t) => t.word)).toEqual(['lead', 'reporting', 'manage']);
  });
});
