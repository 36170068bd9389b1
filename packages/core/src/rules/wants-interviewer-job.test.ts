import { ruleTester } from '../../test/rule-tester.js';

ruleTester('wants_interviewer_job', {
  valid: [
    'I enjoyed hearing what you do to onboard new analysts.',
    'In five years I would like to lead a small analytics team here.',
  ],
  invalid: [
    { answer: 'Honestly, in five years I want your job.', found: ['I want your job'] },
    { answer: "I'd love to be sitting where you're sitting one day.", found: ["be sitting where you're sitting"] },
  ],
});
