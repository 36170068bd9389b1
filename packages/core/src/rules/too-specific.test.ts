import { ruleTester } from '../../test/rule-tester.js';

ruleTester('too_specific', {
  valid: [
    "I've cleared the Operational and Management levels; the Strategic case study is in August.",
    {
      name: 'a certificate the speaker holds now is not a post to come',
      answer: 'I hold the Gas Safe Register card and I sit the commercial catering module at the training centre in March.',
    },
    // A broad aim with a timeframe is fine.
    'Within three years I would like to be leading a small analytics team, and I am working toward that with the SQL course I started.',
    // A date with no title: a qualification by a month is a plan, not rigidity.
    'By June 2027 I want to have passed the final CIMA case study, and I have booked the revision course already.',
    // A profession, not a title, with a date: a qualification goal.
    'By June 2027 I would like to be a qualified accountant, and I have planned my exams around it.',
    // A title with a loose horizon.
    'In about five years I hope to be a senior engineer on the payments platform.',
    // Someone else's title on a date.
    'By March 2027 your head of data plans to open the new analytics hub, which is part of why this role appeals to me.',
    // A past date with a title is history.
    'In May 2024 I was promoted to shift supervisor after a year on the tills.',
    { answer: 'Next spring I will sit the ACCA papers, and by the end of the year I want to run month-end on my own.', question: 'career-goals' },
    // Another timeframe between the date and the title takes the title.
    'By October I will have finished my induction, and in four years I would like to be a Store Manager.',
    // A qualification named in capitals with a month is a course, not a post.
    "I'm planning to start the Level 4 Project Practitioner Certificate this October, alongside my work on the rota system.",
    // A title word followed by its exam is a qualification too: the name ends before the award noun.
    'Last year my goal was to pass the PRINCE2 Practitioner exam by June, and I missed it by four marks.',
  ],
  invalid: [
    // A month pointed at by "next" is a date of its own.
    { answer: 'I will be Senior Claims Handler by next April, and I am covering the complex cases to get there.' },
    { answer: 'By March 2027 I will be Senior Manager of Payments Operations, and I have planned every step.', found: ['By March 2027 I will be Senior Manager of Payments Operations'] },
    { answer: 'My plan is fixed: on 1 October 2028 I will be appointed Head of Clinical Quality.', found: ['on 1 October 2028 I will be appointed Head of Clinical Quality'] },
    { answer: "I'll be a Principal Consultant by September 2029 and not a day later.", found: ['Principal Consultant by September 2029'] },
    { answer: 'I know exactly where I will be: by June 2030 I will hold the title Lead Product Designer, Mobile.', experience: 'experienced' },
    { answer: 'On the 15th of January 2031 I will become Director of Operations for the northern region.', experience: 'senior' },
    { answer: 'By April 2028 I will be promoted to Senior Data Analyst, which is the date I have set myself.' },
    // A title written in capitals next to the date, with no verb between.
    { answer: 'The route I have set is Regional Fleet Manager, North on 1 April 2029, and I will not let it slip.', found: ['Regional Fleet Manager, North on 1 April 2029'] },
  ],
});
