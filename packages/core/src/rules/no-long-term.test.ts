import { ruleTester } from '../../test/rule-tester.js';

ruleTester('no_long_term', {
  valid: [
    // "After that" following a goal two years off is the far horizon; "around year four" counts as a date.
    { question: 'five-years', answer: "For the first two years I want to learn every part of the store, and I'm doing the retail supervisor course. After that I'd like to run a store of my own." },
    { question: 'career-goals', answer: "This year I want to get quick in Figma, and I'm taking a typography course. Around year four I'd like to be leading small projects." },
    { question: 'five-years', answer: 'In five years I want to be leading a small data team, and I will start by taking the analytics engineering course this year.' },
    { question: 'ten-years', answer: 'Ten years is a long way off, but I know where I am aiming: to be a specialist physiotherapist, and the sports course is my first step.' },
    { question: 'career-goals', answer: 'In my first year I want to learn the codebase; down the line I would like to be a staff engineer, and I read design docs every week to get there.' },
    { question: 'short-long-goals', answer: 'Short term I want to qualify. Ultimately I want to run a branch, so I will shadow the branch manager on Saturdays.' },
    // The question does not ask for a long-term goal.
    { question: 'future-plans-position', answer: 'In my first ninety days I would meet every client and review the open cases.' },
    { question: 'motivation', answer: 'What motivates me is solving a customer problem for good.' },
    // A title years above the speaker's level is a far aim, whatever date it is given (too early is unrealistic's business).
    { question: 'five-years', experience: 'graduate', answer: 'By next summer I will be Head of Logistics, and I am reading every supply report I can find to get there.' },
    { question: 'career-path-interest', experience: 'experienced', answer: 'The product track. I would lead a squad in my first year and keep working towards a vice president role, learning the pricing side as I go.' },
    // Staying on a path for good is the long horizon.
    { question: 'career-path-interest', answer: 'The freight path. I want to move onto it within a year and stay there for the rest of my career, so I will sit the customs course this spring.' },
    // A horizon at the head of a clause, and "longer term to become…" after "and".
    { question: 'five-years', experience: 'graduate', answer: "Honestly, I'm a graduate, so five years is a long way to see. What I do know is I want to be a gameplay programmer, and the mentoring scheme is my first step." },
    { question: 'goals-and-how', answer: 'My goals are to lead the design of a pump range within two years, and longer term to become engineering manager. I will take the leadership course next spring.' },
    { question: 'career-goals', answer: "In my first year I'd like to run the cold section, and long term a sous chef post here. I've asked the head chef to teach me butchery." },
    { question: 'career-goals', answer: "In my first year I want to know every product. My long-range aim is to be an area manager, and I'm doing the retail leadership course." },
    // The question's own horizon named back.
    { question: 'five-years', answer: "By then I'd like to be leading a small design team here, and I'm doing the UX leadership course the company funds this year." },
    { question: 'ten-years', answer: "I'd hope to be a consultant surgeon by then. I'm applying for the hand fellowship next year." },
    // A qualification reached is the far horizon: "once I'm chartered".
    { question: 'career-goals', answer: 'In my first two years I want to work through the graduate scheme and keep my development log current. Once I am chartered I want to lead design on bridge projects, and I meet my mentor monthly.' },
    // "later I'd like to…": the far horizon, said without a number.
    { question: 'career-goals', answer: "In my first year I want to get fluent in the billing codes, and later I'd like to lead the billing team. I have booked the certification exam for May." },
  ],
  invalid: [
    // "After that" follows a goal only weeks off: the next step, still near.
    { question: 'five-years', answer: "Over the next few weeks I want to learn the till and the stock count; I'm shadowing the supervisor twice a week. After that I'd like to run the Saturday shift on my own." },
    // A title within reach soon for this level is a near aim.
    { question: 'five-years', experience: 'experienced', answer: 'Within a year I want to be a team lead, and I will mentor our two juniors to get there.' },
    { question: 'career-path-interest', experience: 'graduate', answer: 'The audit path. In my first year I want to work towards a senior associate post by passing my first two exams.' },
    { question: 'ten-years', answer: 'For me the focus is really the next year: I would complete your in-house shockwave course and build my caseload to twenty patients a week.' },
    { question: 'short-long-goals', answer: 'For the next twelve months I want to finish the prescribing qualification and set up a hypertension clinic in my first year.' },
    { question: 'career-goals', answer: 'My goal over the next year is to run the commercial side of one project on my own, and I will shadow a senior surveyor to get there.' },
    { question: 'five-years', answer: 'In my first six months I would like to lead the baseline surveys, and by the end of the year write the assessments myself.' },
    { question: 'career-path-interest', answer: 'The networking path interests me. For the next six months I want to get my CCNA and ask to shadow the network team.' },
    // "By then" names a horizon only where the question gave one.
    { question: 'career-goals', answer: "In my first year I want to take over the rota, and by then I'd like to be on the supervisor course." },
  ],
});
