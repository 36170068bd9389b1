import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { tokenize } from '../text/tokenize.js';
import type { Timeframe } from '../text/timeframes.js';
import type { AnalysisInput, Flag, FlagId } from '../types.js';
import { buildContext, type Context } from './context.js';
import { findFollowups, MAX_FOLLOWUPS } from './followups.js';

/** Follow-ups for an answer, with the context's timeframes pinned so these tests do not depend on the timeframe reader. */
function followups(answer: string, input: Omit<AnalysisInput, 'answer'> = {}, flags: Flag[] = [], timeframes: Timeframe[] = []) {
  const doc = tokenize(answer);
  const context: Context = { ...buildContext(doc, { answer, ...input }), timeframes };
  return findFollowups(doc, context, flags);
}

function flagAt(answer: string, id: FlagId, phrase: string): Flag {
  const start = answer.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the answer`);
  return { id, severity: 'moderate', start, end: start + phrase.length, line: 1, column: start + 1, text: phrase, message: '', suggestion: '' };
}

const probing = (list: ReturnType<typeof followups>, words: string) => list.find((f) => f.question.includes(words));

describe('findFollowups', () => {
  test('a course: asks why that field and how it serves the goals and the company, naming the course', () => {
    const list = followups('Next spring I plan to complete a data engineering certificate.');
    const f = probing(list, 'why that field');
    expect(f?.text).toBe('a data engineering certificate');
    expect(f?.question).toBe('You mentioned a data engineering certificate — why that field, and how will it serve your goals and this company?');
  });

  test('a degree with its subject, and "my" becomes "your"', () => {
    const list = followups('I am finishing my degree in computer science while I work.');
    expect(probing(list, 'why that field')?.text).toBe('my degree in computer science');
    expect(probing(list, 'why that field')?.question).toMatch(/^You mentioned your degree in computer science — /);
  });

  test('leadership: asks what they have done so far to lead and whom they have mentored', () => {
    const list = followups("Within a couple of years I'd love to lead a small analytics team.");
    const f = probing(list, 'what have you done so far to lead');
    expect(f?.text).toBe('lead a small analytics team');
    expect(f?.question).toContain('who have you mentored');
  });

  test('leadership already under way: asks what it taught them instead', () => {
    const list = followups('I already mentor two junior colleagues, and I want to grow into a team lead role.');
    expect(list.find((f) => f.text === 'mentor two junior colleagues')?.question).toBe('You said you “mentor two junior colleagues” — what has that taught you about leading people?');
  });

  test('leadership already under way later in the answer: the aim is not asked "who have you mentored"', () => {
    const list = followups('In five years I want to lead a small payroll team. I mentor our two new starters every week.');
    expect(probing(list, 'who have you mentored')).toBeUndefined();
    expect(probing(list, 'what has that taught you')?.text).toBe('mentor our two new starters every week');
  });

  test('a quote cut at its length limit does not end mid-phrase', () => {
    const list = followups('In three years I want to be a charge nurse. First I will lead the ward safety huddle twice a week.');
    const lead = list.find((f) => f.question.includes('so far to lead'));
    expect(lead?.text).toBe('lead the ward safety huddle');
  });

  test('a number: asks how it would be measured and what if it is missed', () => {
    const list = followups('This year I aim to cut report turnaround by 20% for the finance team.');
    const f = probing(list, 'how would you measure');
    expect(f?.text).toBe('cut report turnaround by 20%');
    expect(f?.question).toContain('what would you do if you missed it');
  });

  test('a five-year goal: asks what would have to happen in the first year, quoting the goal', () => {
    const answer = 'In five years I see myself running the data platform for the whole hospital group.';
    const f = probing(followups(answer), 'first year');
    expect(f?.text).toBe('In five years I see myself running the data platform for the whole hospital group');
    expect(f?.question).toMatch(/^You said “In five years I see myself/);
  });

  test('a long horizon found by the timeframe reader counts as a long-term goal', () => {
    const answer = 'By 2031 I want to run a clinical data team.';
    const tf: Timeframe = { start: 0, end: 7, months: 72, kind: 'date', exactDate: false };
    expect(probing(followups(answer, {}, [], [tf]), 'first year')?.text).toBe('By 2031 I want to run a clinical data team');
  });

  test('a company feature: what do you know about it and why it matters; the interviewer says "our"', () => {
    const list = followups('What drew me here is your mentoring program for new analysts.');
    const f = probing(list, 'what do you know about it');
    expect(f?.text).toBe('your mentoring program');
    expect(f?.question).toBe('You mentioned our mentoring program — what do you know about it, and why does it matter to you?');
    expect(probing(list, 'what have you done so far to lead')).toBeUndefined();
  });

  test('a company word that only modifies another is not a feature', () => {
    expect(probing(followups('I would mentor your product managers.'), 'what do you know about')).toBeUndefined();
    expect(probing(followups('I admire your product, and your platform team.'), 'what do you know about')?.text).toBe('your product');
  });

  test('a feature named in the company description counts without "your"', () => {
    const list = followups('The graduate scheme is a big reason I applied.', { company: 'Northwind Health runs a two-year analytics graduate scheme.' });
    expect(probing(list, 'what do you know about it')?.text).toBe('The graduate scheme');
  });

  test('an unclear or clichéd phrase: asks what it means concretely, quoting the flagged words', () => {
    const answer = 'I just want to learn and grow in a company like yours.';
    const list = followups(answer, {}, [flagAt(answer, 'cliche', 'learn and grow')]);
    const f = probing(list, 'concretely');
    expect(f).toMatchObject({ text: 'learn and grow', question: 'You said “learn and grow” — what does that mean for you concretely?' });
    expect(answer.slice(f!.start, f!.end)).toBe('learn and grow');
  });

  test('words flagged as vague get the "concretely" probe, not another one on the same words', () => {
    const answer = 'Maybe something in management one day, I guess.';
    const list = followups(answer, {}, [{ ...flagAt(answer, 'unclear', 'Maybe something in management one day'), severity: 'moderate' }]);
    expect(list[0]).toMatchObject({ text: 'Maybe something in management one day', question: 'You said “Maybe something in management one day” — what does that mean for you concretely?' });
    expect(list.map((f) => f.question).join('\n')).not.toMatch(/so far to lead|first year to get there/);
  });

  test('a missed goal: asks what they learned and what they would change, first for that question', () => {
    const answer = 'Last year I did not pass the final exam of my accounting certificate. I had planned to qualify by June.';
    const list = followups(answer, { question: 'missed-goal' });
    expect(list[0]?.question).toContain('what did you learn from it');
    expect(list[0]?.text).toBe('Last year I did not pass the final exam of my accounting certificate');
  });

  test('the question kind puts its own probe first', () => {
    const answer = 'I want to lead a team of analysts and, in ten years, run the analytics department.';
    expect(followups(answer, { question: 'five-years' })[0]?.question).toContain('first year');
    const course = 'I want to lead a team someday, and this year I will take a course in cloud security.';
    expect(followups(course, { question: 'further-education' })[0]?.text).toBe('a course in cloud security');
  });

  test('words that only look like triggers are left alone', () => {
    const answer = 'Of course I have five years of experience, and my manager says I manage my time well. In 2019 I moved to Leeds.';
    const list = followups(answer);
    expect(list.map((f) => f.question).join('\n')).not.toMatch(/why that field|so far to lead|first year to get there|how would you measure/);
  });

  test.each([
    'My ward manager never put me forward, and the area manager agreed.',
    'I would like a mentor here, and I learn a lot from a coach.',
    'Nothing went off course, and in the course of my degree I kept to plan.',
    'I manage my time well, and good time management helps.',
    'I want to reach band 6 and use Civil 3D every day.',
    'Last year I led a team of 45 people and cut costs by 12%.',
  ])('no false trigger in %j', (answer) => {
    const probes = followups(answer).map((f) => f.question).join('\n');
    expect(probes).not.toMatch(/so far to lead|taught you about leading|how would you measure/);
  });

  test('a course under way: asks how far along and what has been put to use, not "why that field?"', () => {
    const list = followups("In five years I want to lead a small payroll team. I'm doing the CIPP diploma now.");
    expect(probing(list, 'why that field')).toBeUndefined();
    expect(probing(list, 'how far along')?.question).toBe('You mentioned the CIPP diploma — how far along are you, and what from it have you already put to use?');
  });

  test('a course without a field is not asked "why that field?"', () => {
    expect(probing(followups('They would pay for courses and a qualification.'), 'why that field')).toBeUndefined();
    expect(probing(followups('My degree helps here.'), 'why that field')?.text).toBe('My degree');
  });

  test('the fallback does not repeat a question already asked', () => {
    const list = followups('Five years from now I would like to run the claims team.', { question: 'five-years' });
    expect(list.map((f) => f.question)).toEqual([
      'You said “Five years from now I would like to run the claims team” — what would have to happen in your first year to get there?',
      'What if that path is not open here in five years?',
    ]);
  });

  test('one question per kind: three courses draw one "why that field?"', () => {
    const answer = 'I will take the testing course, then the EV charging course, and later a management diploma.';
    expect(followups(answer).filter((f) => f.question.includes('why that field'))).toHaveLength(1);
  });

  test('plural company features read naturally', () => {
    expect(probing(followups('Your values are a big part of why I applied.'), 'what do you know about')?.question).toBe(
      'You mentioned our values — what do you know about them, and why do they matter to you?',
    );
  });

  test('a dodged miss is asked again, not quoted back as a miss', () => {
    const answer = "Honestly, there's never been a goal I fell short on. I plan carefully.";
    const list = followups(answer, { question: 'missed-goal' }, [flagAt(answer, 'evasive', "there's never been a goal I fell short on")]);
    expect(list[0]?.question).toBe('Tell me about a goal you really did miss — what did you learn from it, and what would you do differently?');
    expect(list.filter((f) => f.question.includes('what did you learn'))).toHaveLength(1);
  });

  test('never more than four, no repeats, ranges point at their text', () => {
    const answer = [
      'In the short term I will finish a cloud certificate and cut ticket backlog by 30%.',
      'In five years I want to lead a platform team and mentor new engineers.',
      'Your training academy and your values are why I applied, and I hope to double our release pace.',
    ].join(' ');
    const list = followups(answer);
    expect(list.length).toBe(MAX_FOLLOWUPS);
    expect(new Set(list.map((f) => f.question)).size).toBe(list.length);
    for (const f of list) expect(answer.slice(f.start, f.end)).toBe(f.text);
  });

  test('too little to probe: falls back to the question bank, tied to the whole answer', () => {
    const answer = '  I would like to keep doing good work.  ';
    const list = followups(answer, { question: 'five-years' });
    expect(list.map((f) => f.question)).toEqual(['What would have to happen in the first year to get there?', 'What if that path is not open here in five years?']);
    for (const f of list) expect(f.text).toBe('I would like to keep doing good work.');
  });

  test('an empty answer gets no follow-ups', () => {
    expect(followups('')).toEqual([]);
    expect(followups('  \n ')).toEqual([]);
  });

  test('never throws and keeps its promises on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom('career-goals', 'missed-goal', 'why-company', ''), (answer, question) => {
        const list = followups(answer, { question });
        expect(list.length).toBeLessThanOrEqual(MAX_FOLLOWUPS);
        for (const f of list) expect(answer.slice(f.start, f.end)).toBe(f.text);
      }),
      { numRuns: 300 },
    );
  });
});
