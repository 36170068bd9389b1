import { ruleTester } from '../../test/rule-tester.js';

ruleTester('unclear', {
  valid: [
    'In two years I want to be a senior UX researcher, and I am taking a course in survey design to get stronger at quantitative methods.',
    // One honest hedge beside a concrete aim is fine.
    'I would probably specialise in forecasting, though I want to see more of the work first; my first step is your SQL training.',
    // "depending on" and "who knows" used plainly.
    'Depending on the client mix, I would like to lead audits in the charity sector within three years, and I will study the SORP this autumn.',
    'I want to be the analyst who knows the pricing data best, and I will get there by owning the weekly margin report.',
    // "something" about leaving belongs to leaving_soon, not here.
    { answer: 'I want to learn your stock system and run the Saturday shift well; in five years I see myself managing a branch.', question: 'career-goals' },
    { answer: 'The goal I missed was passing my driving instructor exam; I learned to book practice sessions earlier.', question: 'missed-goal' },
  ],
  invalid: [
    { answer: 'I guess I want something in management maybe, at some point.', experience: 'experienced', found: ['something in management maybe, at some point'] },
    { answer: 'Honestly I just want to move up somehow and see where it goes.', found: ['move up somehow and see where it goes'] },
    { answer: 'Long term I would like to be doing more interesting stuff, whatever that turns out to be.', experience: 'senior' },
    { answer: 'Maybe product, maybe design, maybe something else entirely. I want to keep my options open.', experience: 'early' },
    { answer: 'In the future I would like to do something bigger and better, wherever the job takes me.', experience: 'graduate' },
    { answer: 'My goal is to grow and develop and do well in whatever comes my way.', experience: 'experienced' },
  ],
});
