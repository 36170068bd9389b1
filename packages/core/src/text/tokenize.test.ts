import { describe, expect, test } from 'vitest';
import { tokenize } from './tokenize.js';

describe('tokenize', () => {
  test('words keep inner apostrophes and hyphens; numbers keep separators and suffixes', () => {
    const doc = tokenize("I don't want a year-end bonus of $1,500 or 50% in 2x time.");
    expect(doc.tokens.map((t) => t.text)).toEqual(['I', "don't", 'want', 'a', 'year-end', 'bonus', 'of', '$1,500', 'or', '50%', 'in', '2x', 'time', '.']);
    expect(doc.wordCount).toBe(13);
  });

  test('normalizes case, curly apostrophes and British spelling', () => {
    const doc = tokenize('I’m joining the Organisation’s programme');
    expect(doc.tokens.map((t) => t.norm)).toEqual(["i'm", "joining", 'the', "organisation's", 'program']);
  });

  test('splits sentences at end marks and line breaks, not at abbreviations or decimals', () => {
    const doc = tokenize('I use tools, e.g. SQL. Version 2.5 shipped! Did it?\n- a bullet\n- another');
    const sentences = doc.sentences.map((s) => doc.text.slice(s.start, s.end));
    expect(sentences).toEqual(['I use tools, e.g. SQL.', 'Version 2.5 shipped!', 'Did it?', '- a bullet', '- another']);
  });

  test('offsets point at the text, for any script and emoji', () => {
    const text = 'أريد أن أتعلم 🚀 and grow 👩🏽‍💻 \u0000\ud800 end';
    const doc = tokenize(text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
