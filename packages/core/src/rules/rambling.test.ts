import { ruleTester } from '../../test/rule-tester.js';

const focused = (n: number) =>
  Array.from({ length: n }, (_, i) => `Step ${i + 1} of my plan covers a different part of the ward audit work.`).join(' ');
const sentence = 'In my first year I want to learn how the dispatch system schedules drivers across the region and where the delays come from. ';

const FOCUSED_280 = [
  'My short-term goal is to become the dispatcher the night team relies on when a route collapses at two in the morning.',
  'I have spent three years coordinating deliveries for a regional grocer, so I know the pressure of a missed window and the phone calls that follow it.',
  'What I have not done yet is plan routes with live traffic data, and your move to dynamic routing is exactly the skill I want to build.',
  'In my first six months I would learn your routing software properly, sit with the senior planners on the busiest shifts, and keep a log of every exception we handle.',
  'By the end of the first year I would like to own the overnight plan for one depot and cut the number of late loads there by a clear, measured amount.',
  'I would agree the measure with my manager at the start, so neither of us has to guess whether it worked.',
  'Longer term, over the next five years, I want to move into network planning: deciding where depots should sit, how many vans each one needs, and when to change the schedule for the seasons.',
  'To get there I plan to take the logistics certificate your company sponsors, and I would ask to join the annual network review as an observer before I contribute to it.',
  'Your company is growing into new regions, and that kind of growth needs people who understand both the daily scramble and the long plan.',
  'What I would bring from day one is calm under pressure, good relationships with drivers, and a habit of writing down what went wrong so it goes right next time.',
  'That mix is why this role fits me, and why I would stay to see the network plans through.',
].join(' ');

ruleTester('rambling', {
  valid: [
    // A focused answer of about 280 words is not rambling.
    FOCUSED_280,
    'In my first year I want to pass the ACCA exams. Long term I would like to lead audits for charities, and I will ask to join charity jobs this winter.',
    // "I like" and "would like" are not fillers.
    'I like the way your team runs retrospectives, and I would like to lead one within my first six months, for roles like this one matter.',
    // One "um" is just speech.
    'Um, my goal is to become a chartered surveyor within four years, through your accredited scheme.',
    // Repetition of function words is not circling back.
    'I want to learn. I want to lead. I want to build tools the team uses every day.',
  ],
  invalid: [
    { answer: focused(40), found: [focused(40)] },
    { answer: 'So, um, basically I, like, want to, you know, grow? Like, I mean, I kind of want to, um, lead stuff, you know, and, like, basically do well, um, I guess.' },
    { answer: 'Golden paths matter. If the golden paths matter, teams move faster, and because golden paths matter so much, golden paths matter to me. Golden paths matter most.' },
    { answer: 'Um, so, I mean, my goal is, like, to be a nurse, you know, and, um, basically, like, learn, you know, everything, um, I guess.' },
    { answer: sentence.repeat(20) },
  ],
});
