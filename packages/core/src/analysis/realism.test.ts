import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { tokenize } from '../text/tokenize.js';
import { findTimeframes } from '../text/timeframes.js';
import type { ExperienceLevel } from '../types.js';
import { unrealisticClaims } from './realism.js';
import { renderRealismTables, TITLE_MIN_MONTHS } from './realism-table.js';

const claims = (text: string, experience: ExperienceLevel = 'early', role?: string) => {
  const doc = tokenize(text);
  return unrealisticClaims(doc, findTimeframes(doc), experience, { role: role ? tokenize(role) : null }).map((c) => text.slice(c.start, c.end));
};

describe('unrealisticClaims: titles against years and level', () => {
  test('CEO in two years is out of reach for a graduate, within reach for nobody below senior', () => {
    expect(claims('In two years I want to be CEO.', 'graduate')).toEqual(['In two years I want to be CEO']);
    expect(claims('In two years I want to be CEO.', 'experienced')).toHaveLength(1);
    expect(claims('In two years I want to be CEO.', 'senior')).toEqual([]);
  });

  test('team lead in three years is fine early in a career', () => {
    expect(claims('In three years I would like to be a team lead.', 'early')).toEqual([]);
    expect(claims('Within six months I will be a team lead.', 'graduate')).toHaveLength(1);
  });

  test('director, partner and head-of titles follow the table', () => {
    expect(claims('Within three years I plan to be Finance Director.', 'graduate')).toHaveLength(1);
    expect(claims('In five years I would like to make partner.', 'experienced')).toEqual([]);
    expect(claims('In five years I will be Head of Engineering.', 'graduate')).toHaveLength(1);
    expect(claims('In five years I will be Head of Engineering.', 'early')).toEqual([]);
  });

  test('someone else\u2019s title, a vague horizon and the role on offer are not claims', () => {
    expect(claims('In my first month I would ask your marketing director to mentor me.', 'graduate')).toEqual([]);
    expect(claims('Eventually I would love to be a CEO.', 'graduate')).toEqual([]);
    expect(claims('My long-term ambition is to become a director.', 'graduate')).toEqual([]);
    expect(claims('In my first year I want to be a head of maths people trust.', 'experienced', 'Head of mathematics')).toEqual([]);
  });

  test('running a whole unit is a title by another name', () => {
    expect(claims('Long term, I want to be running the whole Leeds office within three years.', 'graduate')).toHaveLength(1);
    expect(claims('Within three years I want to be running a small crew.', 'graduate')).toEqual([]);
  });
});

describe('unrealisticClaims: numbers against time', () => {
  test('growth and cuts past the limits for the time', () => {
    expect(claims('I will double revenue in my first month.')).toEqual(['double revenue in my first month']);
    expect(claims('I want to grow the portfolio by 50% in my first month.')).toHaveLength(1);
    expect(claims('I would triple annual revenue by the end of my first quarter.', 'senior')).toHaveLength(1);
    expect(claims('I want to cut costs by 80% within six months.')).toHaveLength(1);
    expect(claims('In my first year I would grow the following from 40,000 to two million.')).toHaveLength(1);
  });

  test('modest targets, past results and levels are fine', () => {
    expect(claims('Over my first year I would aim to grow repeat orders by 15%.')).toEqual([]);
    expect(claims('At my last firm we grew revenue 40% in two years.')).toEqual([]);
    expect(claims('Within a year I want the pass rate up to 95%.')).toEqual([]);
    expect(claims('I lifted the click rate from 2.1% to 3.4% over the past year.')).toEqual([]);
    expect(claims("I won't promise to double revenue in my first month.")).toEqual([]);
    // A timeframe before a semicolon bounds its own clause, not a past result after it.
    expect(claims("By the end of year one I'd like to own one fix; at my last job I cut load times from 900 to 200 milliseconds.")).toEqual([]);
  });

  test('money per person and level', () => {
    expect(claims('Short term, I want to be billing £60,000 in my first month.', 'graduate')).toHaveLength(1);
    expect(claims('My goal is to be making £250,000 a year by the end of my second year.', 'graduate')).toHaveLength(1);
    expect(claims('In my first quarter I want to find five million pounds of cost savings.', 'graduate')).toHaveLength(1);
    expect(claims('In my first year I would like to bring in £200,000 of new business.', 'experienced')).toEqual([]);
  });

  test('team sizes and outcomes', () => {
    expect(claims('Within a year I want to manage a team of 40 people.', 'graduate')).toHaveLength(1);
    expect(claims('Within a year I want to manage a team of 4 people.', 'experienced')).toEqual([]);
    expect(claims('I want complaints down to zero within my first month.', 'experienced')).toHaveLength(1);
    expect(claims('I want to win every tender we bid for in my first year.')).toHaveLength(1);
    expect(claims('I want to make us the market leader within six months.', 'senior')).toHaveLength(1);
    expect(claims('In ten years I want to have developed a drug that cures Alzheimer\u2019s.')).toHaveLength(1);
    expect(claims('I admire your plan to reach net zero by 2040.')).toEqual([]);
  });

  test('rankings over a market or the world', () => {
    expect(claims('Within ten years I will be the most celebrated architect in the world.', 'experienced')).toHaveLength(1);
    expect(claims('By next year I want us to become the biggest florist in the country.', 'senior')).toHaveLength(1);
    expect(claims('In six years I would like to make us the leading supplier in the sector.', 'senior')).toEqual([]);
    expect(claims('You are the biggest retailer in the country, which is why I applied.')).toEqual([]);
    expect(claims('I want to be the best nurse on the ward within a year.')).toEqual([]);
  });

  test('a route of fixed length squeezed into a fraction of it', () => {
    expect(claims('I plan to complete the three-year degree in nine months.', 'graduate')).toHaveLength(1);
    expect(claims('I would finish the two-year programme within twenty months.', 'graduate')).toEqual([]);
    expect(claims('I did a three-year degree and want a promotion within a year.', 'graduate')).toEqual([]);
  });

  test('a goal set in the past is a story, not a claim', () => {
    expect(claims('Three years ago I set myself the target of doubling sales within a month.')).toEqual([]);
    expect(claims('Last spring I tried to become a supervisor within six months.', 'graduate')).toEqual([]);
    expect(claims('Last year went well, and within a month I will double revenue.')).toHaveLength(1);
    // A promise made then, told now: its "would" is the future as it was.
    expect(claims('In 2021 I promised my director that we would cut complaints from 300 to 40 within three months.')).toEqual([]);
    expect(claims('I promised myself a break, and within a month I would like to double revenue.')).toHaveLength(1);
  });

  test('your title as the speaker\u2019s aim, and one\u2019s own unit', () => {
    expect(claims('In two years I hope to be your Finance Director.', 'early')).toHaveLength(1);
    expect(claims('Within a year I want to be running my own fund.', 'graduate')).toHaveLength(1);
    expect(claims('Long term I want to run my own research group.', 'experienced')).toEqual([]);
    expect(claims('Within four years I want to be an HR business partner.', 'early')).toEqual([]);
  });

  test('never throws, whatever the input', () => {
    for (const text of ['', 'CEO', 'from to', 'double', '100% 100% 100%', 'zero zero', 'in my first month '.repeat(500)]) {
      expect(() => claims(text, 'graduate')).not.toThrow();
    }
  });
});

describe('the realism table', () => {
  test('docs/realism.md shows exactly the table the code uses', () => {
    const doc = readFileSync(new URL('../../../../docs/realism.md', import.meta.url), 'utf8');
    expect(doc).toContain(renderRealismTables());
  });

  test('each level takes at least as long as the one below it, and more for less experience', () => {
    const levels = [1, 2, 3, 4, 5, 6] as const;
    for (const experience of ['graduate', 'early', 'experienced', 'senior'] as const) {
      for (let i = 1; i < levels.length; i++) expect(TITLE_MIN_MONTHS[levels[i]!][experience]).toBeGreaterThanOrEqual(TITLE_MIN_MONTHS[levels[i - 1]!][experience]);
    }
    for (const level of levels) expect(TITLE_MIN_MONTHS[level].graduate).toBeGreaterThanOrEqual(TITLE_MIN_MONTHS[level].senior);
  });
});
