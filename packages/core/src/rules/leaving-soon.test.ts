import { ruleTester } from '../../test/rule-tester.js';

ruleTester('leaving_soon', {
  valid: [
    "I don't see this role as a stepping stone; I want to build a career in your audit practice.",
    'Within two years I want to move on to a senior analyst role here and mentor the next graduate intake.',
    'In my first year I want to learn the codebase and ship my first feature, and over the past two years I have built three APIs.',
    "I'd take study leave before each exam, and in the next couple of years I want to qualify as a chartered accountant.",
    'After two years here I would like to be leading the night shift and training new pickers.',
    'Last year I left a job I loved because the site closed, and now I want somewhere I can stay and grow into a team lead.',
    "I'm happy to relocate to Leeds for the role, and in two years I want to run the regional desk.",
    'This coordinator job is a stepping stone to planner here, which is the path I want.',
    "I've spent two years in academia and decided to leave it for industry, where I want to build a long career.",
    "I'd like to stay for at least five years and grow into the planning lead.",
    'I would run stay interviews at three months to cut early turnover.',
    "I'd like to take on the night shift within a year and leave the day team in good hands.",
    "I'd keep applying what I learn on the CIPD course to our absence cases, and hand over to someone on nights properly.",
    "I've done interim roles for five years, and now I want a permanent post where I can build a team.",
  ],
  invalid: [
    { answer: "Honestly, I see this job as a springboard into consulting.", found: ['I see this job as a springboard into consulting'] },
    { answer: "I'll give it a year or two here, get the experience, and then move on somewhere bigger." },
    { answer: "It's something to do while I look for a place on a master's course.", found: ["It's something to do while I look for a place on a master's course"] },
    { answer: 'The plan is to save up for eighteen months and then go travelling around South America.' },
    { answer: "My partner is relocating, so realistically I'm looking at about a year in the post." },
    { answer: "I'd work here until something better turns up in the city." },
    { answer: "I should say I'm relocating to Glasgow in the spring, so it would be a short stint." },
    { answer: "I'd give it a year and then reassess whether I stay." },
    { answer: "I'm only planning to stay for about a year while I save for my master's." },
    { answer: "Realistically I'd do two years and then leave the company." },
    { answer: 'This would be a good interim role for me until a permanent post comes up in the NHS.' },
    { answer: 'I see this job as a way to get some experience on my CV before I apply to the police.' },
  ],
});
