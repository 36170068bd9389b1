import { describe, expect, test } from 'vitest';
import { tokenize } from '../text/tokenize.js';
import { VOCAB } from '../vocab/generated.js';
import { FIELD_IDS, areKin, nearTarget, profileFields } from './fields.js';

const profile = (answer: string, role?: string, company?: string) =>
  profileFields(tokenize(answer), { role: role ? tokenize(role) : null, company: company ? tokenize(company) : null });

describe('fields', () => {
  test('every field has at least 25 words or phrases', () => {
    for (const [field, phrases] of Object.entries(VOCAB.fields)) expect(phrases.length, field).toBeGreaterThanOrEqual(25);
  });

  test('the kinship data names only known fields', () => {
    for (const { phrase, related } of VOCAB['field-kinship']) {
      expect(FIELD_IDS).toContain(phrase);
      for (const f of related.split(/\s+/)) expect(FIELD_IDS).toContain(f);
    }
  });

  test('back-office and research titles name their field', () => {
    expect(profile('', 'Accounts assistant', 'A chain of seaside hotels.').primary).toEqual(['finance']);
    expect(profile('', 'Research assistant', 'A charity that funds river restoration.').primary).toEqual(['science']);
    expect(profile('', 'Purchase ledger clerk', 'We prepare the management accounts for forty care homes.').target).toContain('finance');
  });

  test('a role of no field takes the fields the company names most, all of them on a tie', () => {
    expect(profile('', 'Customer service adviser', 'An energy utility supplying homes; advisers can move into billing.').primary).toEqual(['engineering']);
    expect(profile('', 'Operations coordinator', 'Finch Labs, a games studio.').primary).toEqual(expect.arrayContaining(['technology', 'creative', 'science']));
  });

  test('the role weighs more than the company', () => {
    const p = profile('', 'Network engineer', 'A regional bank with a large branch network; we run our own data centres and cloud platform.');
    expect(p.target[0]).toBe('technology');
    expect(p.target).toContain('finance');
    expect(p.primary).toEqual(['technology']);
  });

  test('each sentence of the answer gets its fields', () => {
    const p = profile('I want to grow as a network engineer. One day I would love to open a bakery.', 'Network engineer');
    expect(p.sentences[0]).toEqual(['technology']);
    expect(p.sentences[1]).toEqual(['hospitality']);
    expect(p.hits.map((h) => h.fields[0])).toEqual(['technology', 'hospitality']);
  });

  test('British and American spellings both count', () => {
    expect(profile('I want to work in a café or a fulfilment centre.').sentences[0]).toEqual(['hospitality', 'logistics']);
  });

  test('words that only look like a field do not count', () => {
    const p = profile('Be patient, raise the bar, and learn the lesson: the investment in training paid off.');
    expect(p.hits).toEqual([]);
  });

  test('kinship is mutual, and no target means nothing is near', () => {
    expect(areKin('marketing', 'sales')).toBe(true);
    expect(areKin('sales', 'marketing')).toBe(true);
    expect(areKin('hospitality', 'technology')).toBe(false);
    expect(nearTarget(profile('', 'Account executive'), 'marketing')).toBe(true);
    expect(nearTarget(profile(''), 'marketing')).toBe(false);
  });
});
