import { describe, expect, test } from 'vitest';
import { cleanStatement, namesIn, toClause } from './clause.js';

describe('toClause', () => {
  test.each([
    ['Become a team lead.', 'become a team lead', 'becoming a team lead'],
    ['I want to become a team lead', 'become a team lead', 'becoming a team lead'],
    ["I'd like to earn my CIMA certificate", 'earn my CIMA certificate', 'earning my CIMA certificate'],
    ['I’d love to run the support desk', 'run the support desk', 'running the support desk'],
    ['My short-term goal is to pass the Level 3 exam!', 'pass the Level 3 exam', 'passing the Level 3 exam'],
    ['To lead a small analytics team', 'lead a small analytics team', 'leading a small analytics team'],
    ['Lead a team of four', 'lead a team of four', 'leading a team of four'],
    ['Earning my CIMA certificate', 'work toward earning my CIMA certificate', 'earning my CIMA certificate'],
    ['A senior analyst role', 'move into a senior analyst role', 'moving into a senior analyst role'],
    ['AWS certification', 'earn AWS certification', 'earning AWS certification'],
    ['More responsibility for client accounts', 'work toward more responsibility for client accounts', 'working toward more responsibility for client accounts'],
    ['Get promoted to senior nurse. Then specialise.', 'get promoted to senior nurse', 'getting promoted to senior nurse'],
    ['Goal: ship two features a quarter', 'ship two features a quarter', 'shipping two features a quarter'],
  ])('%j', (statement, infinitive, gerundPhrase) => {
    expect(toClause(statement)).toEqual({ infinitive, gerundPhrase });
  });

  test('keeps the capital of a name the user writes mid-sentence elsewhere', () => {
    const names = namesIn(['I use Python daily', 'We work with Salesforce.']);
    expect(names.has('Python')).toBe(true);
    expect(cleanStatement('Python certification within a year', { names })).toBe('Python certification within a year');
    expect(cleanStatement('Finish the course')).toBe('finish the course');
  });

  test('empty or odd input gives empty pieces, never a throw', () => {
    expect(toClause('')).toEqual({ infinitive: '', gerundPhrase: '' });
    expect(toClause('   ...  ').infinitive).toBe('');
    expect(() => toClause('x'.repeat(1_000_000))).not.toThrow();
  });
});
