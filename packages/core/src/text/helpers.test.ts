import { expect, test } from 'vitest';
import { phraseMatcher } from './helpers.js';
import { tokenize } from './tokenize.js';

const OFFERS = phraseMatcher(['graduate program', 'school']);
const found = (text: string) => OFFERS.match(tokenize(text)).map((m) => m.value);

test('the shared scan reads a possessive as its word, in British or American spelling', () => {
  expect(found("the school's canteen")).toEqual(['school']);
  expect(found("your graduate programme's rotation")).toEqual(['graduate program']);
  expect(found("your graduate program's rotation")).toEqual(['graduate program']);
  expect(found('our graduate programmer')).toEqual([]);
});
