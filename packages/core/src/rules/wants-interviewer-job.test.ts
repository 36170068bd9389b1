import { ruleTester } from '../../test/rule-tester.js';

ruleTester('wants_interviewer_job', {
  valid: [
    // The company's own line of work, named: "you" is the firm, not the interviewer's seat.
    "I want my next role to be in agricultural lending, which is exactly what you do, and I'd bring four years of farm accounts to it.",
    "In two years I'd like to be writing grant bids for river charities; that's what you do, and I've already drafted two for a local trust.",
    'Your job advert mentions the new CRM, so in my first year I want to become the person who trains the branch on it.',
    "I'd like to learn the forecasting side, because your role description says the team owns the budget model.",
    'I enjoyed hearing what you do to onboard new analysts.',
    'In five years I would like to lead a small analytics team here.',
    "I'd keep your office running smoothly and take the diary off the partners' hands.",
    'I would like to learn what you do to keep the night shift safe, because that is where I want to grow.',
    "I don't want your job; I want to be the best planner on your team.",
    "In your role as head of design you mentioned research ops; I'd love to help set that up.",
    { name: 'doing the same for the company, not taking its post', question: 'five-years', answer: 'I doubled repeat orders at my last bakery, and in five years I would like to have done the same for yours while leading the wholesale team.' },
    { name: 'a team of their own one day', question: 'ten-years', answer: 'In ten years I would like to lead a design team of my own, after chartership and a few years running projects here.' },
    // Telling back what the interviewer said about their role.
    'You described your role in the restructure, and in two years I would like to lead projects like that.',
    // How the interviewer acted, not their seat.
    'In a few years I would like to be a coach like you were to the apprentices on the tour.',
    // Learning from someone of the interviewer's kind is not aiming at the seat.
    'In five years I want to run a small lab, and I would love to learn from a scientist like you along the way.',
  ],
  invalid: [
    "Honestly, in five years my goal is what you do now: running this whole department.",
    // A role of the interviewer's kind, aimed at.
    { answer: 'In a few years I would love to become a head of year like you.', found: ['I would love to become a head of year like you'] },
    // British "where you're sat", a level, a seat of their kind, the interview itself.
    { answer: "Honestly, in five years I'd like to be where you're sat." },
    { answer: 'Long term I would like to be at your level and run the planning office.' },
    { answer: 'One day I would like a seat like yours on the board.' },
    { answer: 'In ten years I see myself running this interview from your side.' },
    { name: 'an echoed horizon, then a bare answer', question: 'five-years', answer: 'Ten years, then. Your position, honestly, or one very like it.' },
    { answer: 'Honestly, in five years I want your job.', found: ['in five years I want your job'] },
    { name: "wanting it as 'I'm after'", answer: "To be straight with you, I'm after your job as head of the studio.", found: ["I'm after your job as head of the studio"] },
    { answer: "I'd love to be sitting where you're sitting one day.", found: ["I'd love to be sitting where you're sitting one day"] },
    { answer: "Longer term I want the role you've got, running the whole buying team." },
    { answer: "I'd like to take over from you when you retire." },
    { answer: 'Put simply, I would like to be your replacement in about five years.' },
    { answer: 'In ten years I see myself as a head of department like you are now.' },
    { answer: "Ideally I'd be the person interviewing candidates like me, running this team." },
    { answer: "In a few years I'd like to be the one running these interviews as head of the department." },
    { answer: 'My five-year plan is to be sitting where you are now, as head of finance.' },
    { answer: "I'd love to be a manager like you one day, leading this whole team." },
    { answer: "Honestly? The hiring manager's chair. I want to be the one making these decisions in a few years." },
    { answer: 'Where do I see myself? Hopefully running this department, like you, maybe even in your chair.' },
    { answer: "My aim is to be doing exactly what you're doing in five years' time." },
    { name: '"yours" as the post wanted', question: 'next-position', answer: "I'm looking for a practice manager job, and honestly I want yours eventually." },
    { name: 'the same seat, with a word between', question: 'ten-years', answer: "By then I hope to be in the same chair you're in now, leading the whole clinic." },
    { name: 'the current role named', question: 'five-years', answer: 'In five years I would like to be in your current role, running the northern region.' },
  ],
});
