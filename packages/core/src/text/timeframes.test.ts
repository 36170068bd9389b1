import { describe, expect, test } from 'vitest';
import { tokenize } from './tokenize.js';
import { findTimeframes } from './timeframes.js';

const read = (text: string, today?: { year: number; month: number }) =>
  findTimeframes(tokenize(text), today ? { today } : {}).map((t) => ({ text: text.slice(t.start, t.end), months: t.months, kind: t.kind, exact: t.exactDate, min: t.minMonths, max: t.maxMonths }));

describe('findTimeframes', () => {
  test.each([
    ['Within three months I want to ship my first feature.', 'Within three months', 3],
    ['In my first month I will learn the stack.', 'In my first month', 1],
    ['My first 90 days will be about listening.', 'My first 90 days', 3],
    ['In five years I see myself leading a team.', 'In five years', 60],
    ['In a decade I would like to run a lab.', 'In a decade', 120],
    ['Next year I plan to sit the exam.', 'Next year', 12],
    ['In eighteen months I want to be qualified.', 'In eighteen months', 18],
    ['By the end of my second year I want to own the report.', 'By the end of my second year', 24],
    ['Five years from now I hope to be chartered.', 'Five years from now', 60],
    ['In 5 years\u2019 time I want to lead.', 'In 5 years\u2019 time', 60],
    ['A year and a half from now I would like to mentor.', 'A year and a half from now', 18],
    ['By year three I would lead a squad.', 'By year three', 36],
    ['My five-year goal is to lead the platform.', 'My five-year', 60],
    ['In 5+ years I want to lead.', 'In 5+ years', 60],
    ['By the end of the year I want to own the budget.', 'By the end of the year', 12],
    ["That's a long road, probably ten years, but I want it.", 'probably ten years', 120],
    ['It is about four years away.', 'about four years away', 48],
    // "could" looks ahead even in a sentence that also tells of the past.
    ["I've trained twelve apprentices, and I could run the whole induction within my first month.", 'within my first month', 1],
    // A route of fixed length after "within"/"during" bounds what is in it.
    ['I want to rotate through every ward during the three-year programme.', 'during the three-year', 36],
  ])('%s', (text, phrase, months) => {
    expect(read(text)).toEqual([expect.objectContaining({ text: phrase, months, kind: 'duration' })]);
  });

  test('ranges and vague amounts keep their near and far ends', () => {
    expect(read('Over the next two to three years I want to grow.')[0]).toMatchObject({ text: 'Over the next two to three years', months: 30, min: 24, max: 36 });
    expect(read('In a few years I would like to lead.')[0]).toMatchObject({ months: 36, min: 24, max: 48 });
    expect(read('In the next couple of years I want to qualify.')[0]).toMatchObject({ months: 24 });
    expect(read('In a year or two I will move into design.')[0]).toMatchObject({ text: 'In a year or two', min: 12, max: 24 });
    expect(read('Within the next 6-12 months I want to pass.')[0]).toMatchObject({ min: 6, max: 12 });
  });

  test('dates are measured from today, and a named month makes a date exact', () => {
    const today = { year: 2026, month: 1 };
    expect(read('By 2030 I want to be a director.', today)).toEqual([expect.objectContaining({ text: 'By 2030', kind: 'date', months: 59, exact: false })]);
    expect(read('By March 2027 I will be Senior Manager.', today)).toEqual([expect.objectContaining({ text: 'By March 2027', months: 14, exact: true })]);
    expect(read('On 1 June 2029 I will be appointed.', today)[0]).toMatchObject({ text: 'On 1 June 2029', exact: true });
    // A bare month pointed at by "next" or "this" is a date; the everyday verb is not.
    expect(read('By next April I will be a team leader.', today)[0]).toMatchObject({ text: 'By next April', exact: true });
    expect(read('This September I will start the course.', today)[0]).toMatchObject({ text: 'This September', exact: true });
    expect(read('We will march next to the river.', today)).toEqual([]);
    // Without such a lead the route is a description, not a timeframe.
    expect(read('I would join your two-year graduate scheme and learn the ropes.', today)).toEqual([]);
    expect(read('By the end of 2027 I want to qualify.', today)[0]).toMatchObject({ text: 'By the end of 2027', exact: false });
    expect(read('By Q3 2027 I will lead.', today)[0]).toMatchObject({ kind: 'date', exact: false });
    expect(read('I want to be fluent by next spring.', today)[0]).toMatchObject({ text: 'by next spring', kind: 'date', exact: false, months: 4 });
  });

  test('relative horizons: long term, down the line, eventually', () => {
    expect(read('Long term, I want to lead.')[0]).toMatchObject({ text: 'Long term', kind: 'relative', months: 60 });
    expect(read('My long-term goal is to teach.')[0]).toMatchObject({ text: 'long-term', kind: 'relative' });
    expect(read('Down the line I would like to mentor.')[0]).toMatchObject({ text: 'Down the line', kind: 'relative' });
    expect(read('Eventually I hope to manage.')[0]).toMatchObject({ text: 'Eventually' });
    expect(read('One day I would like to be a partner.')[0]).toMatchObject({ text: 'One day' });
  });

  test.each([
    'I have two years of experience in retail.',
    'Two years ago I joined the council.',
    'In the past three years I have led four audits.',
    'After three years in retail I moved to data.',
    'In my first year at university I studied maths.',
    'I have been building pipelines for eleven years and I want something new.',
    'Our two-year graduate scheme appeals to me.',
    'We build long-term relationships with clients.',
    'I work one day a week from home.',
    'May I add that the march was long?',
    'My writing is improving by the day.',
    'Things will fall into place.',
  ])('no forward timeframe in: %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  test('never throws and stays linear on odd input', () => {
    const odd = ['', '\u0000', 'in in in in', 'from to by', '2030 2031 2032', 'the next the next'.repeat(1000), 'years '.repeat(10_000)];
    for (const text of odd) expect(() => read(text)).not.toThrow();
    const big = 'In five years I want to lead; within three months I will learn. '.repeat(15_000);
    const started = performance.now();
    expect(read(big).length).toBe(30_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
