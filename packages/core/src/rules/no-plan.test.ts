import { ruleTester } from '../../test/rule-tester.js';

ruleTester('no_plan', {
  valid: [
    // Enrolment in several online courses, counted and spelt the British way: a step, not a target.
    { name: 'signed up for several specialisations', question: 'learn-more', answer: "I want to get much stronger at forecasting. I've signed up for two online specialisations in time-series methods and I'm working through them this spring." },
    { question: 'career-goals', answer: "Short term, what I want is to run my own jobs for you: small refits, start to finish. Next year I'm booking the 2391 testing course, because your advert says you need people who can certify their own work. Longer term, five years or so, I want to be a contracts supervisor." },
    // The next step named in the conditional, and a route described before its steps are listed.
    { question: 'ten-years', answer: 'In ten years I hope to be a partner in the tax team. Once I qualify, my next step would be the CTA exams, which the firm supports.' },
    { question: 'position-fit', experience: 'experienced', answer: 'Ultimately I want to lead a stroke rehabilitation service. The path is fairly clear: a master\'s in neurorehabilitation, the splinting course, then supervising junior staff.' },
    { question: 'goals-and-how', answer: "Short term, I want to be fitting heat pumps on my own within a year. I've got the heat pump installer course booked for two Saturdays next month." },
    { question: 'five-years', answer: "In five years I'd like to be a lead dental nurse, and I've applied for the oral health educator certificate that starts in May." },
    // A step named as such, with a word between: "the first concrete step".
    { question: 'goals-and-how', answer: 'Right now my focus is on taking charge of shifts. The first concrete step is to mentor student nurses on placement, and within five years I want to be a senior staff nurse.' },
    // A record kept up as the route: a training diary, a reflective log.
    { question: 'career-goals', answer: "In three years I'd like to be a registered dietitian leading the renal clinic. Until then I'll keep a learning log from my first week." },
    // A portfolio taken through sign-off, validating a platform, keeping up with the literature, a route the company funds.
    { question: 'position-fit', answer: "Next year I'd like to get my clinical portfolio in cytology signed off, and in five years to lead the cytology bench." },
    { question: 'career-goals', answer: "This year I want to be trusted on the new analyser, and in time to lead the chemistry bench. I'd also want to help validate the analyser you are installing." },
    { question: 'align-professional-goals', answer: "Short term I'd run the stability studies; long term I want to move into formulation. I'm keeping up with the literature every week." },
    { question: 'position-fit', answer: "In the first year you'd fund my accounting certificate, and in five years I want to run the ledger team." },
    { question: 'career-goals', answer: 'In two years I want to be a senior analyst. To get there I am taking a statistics course and I have asked to join the forecasting project.' },
    { question: 'five-years', answer: 'In five years I want to lead a ward team; I will complete the leadership module in my second year and shadow the ward manager.' },
    { question: 'future-plans-position', answer: 'In my first ninety days I would visit every site, meet each supervisor and map where orders are delayed.' },
    { question: 'learn-more', answer: 'I want to learn accessibility testing in depth; I would run usability sessions with screen reader users and work through the WCAG course.' },
    // No plan asked for.
    { question: 'why-company', answer: 'Your focus on rural clinics is why I applied, and I would bring six years of community nursing.' },
    { question: 'missed-goal', answer: 'I aimed to make senior by thirty and did not; I learned to ask for feedback earlier.' },
    // Ongoing practice is a plan: training, preparing, working on something now.
    { question: 'five-years', answer: 'In five years I want to be a paramedic team leader. I have been training for the clinical exams every evening since spring.' },
    { question: 'career-goals', answer: 'Next year I want to run the pastry section, and long term a kitchen of my own. I am working on my costing skills now with the head chef.' },
    // A habit kept up is a plan; so are licences and tests to get, and a purpose with its step before it.
    { question: 'career-goals', answer: 'Within the year I want my haematology portfolio signed off, and longer term to lead the section. I meet my training officer every fortnight.' },
    { question: 'achieve-goals', answer: 'This year my goal is one records story a month. I file two requests a week and chase them every Friday.' },
    { question: 'career-goals', answer: 'Short term I want to be head of pastry, and long term run a bakery for you. Every Sunday I test a new recipe and note what works.' },
    { question: 'career-goals', answer: 'Short term I want to get my counterbalance and reach truck licences, and long term a team leader post on nights.' },
    { question: 'further-education', answer: 'I want coded welding tickets: the course is in blocks around shifts, then I sit the test in the spring.' },
    { question: 'position-fit', answer: 'Short term I want a regression suite in place, and long term a QA lead post. I am mentoring two junior testers at the moment to get ready for it.' },
    { question: 'career-goals', answer: 'In the short term I want more complex audits, and in the long term to become an audit manager. My firm is sponsoring my ACA and I am three exams in.' },
    { question: 'career-goals', answer: "Short term I want to run the cold section, and long term a sous chef post. I've asked the head chef if I can come in early on Saturdays to learn butchery." },
    { question: 'career-goals', answer: "Short term I want to estimate faster, and down the line run the estimating team. I've been pricing old tenders in my own time against the outturn costs." },
    { question: 'ten-years', answer: "I'd hope to be a consultant surgeon by then, with a specialist interest in hands. I'm applying for the hand fellowship next year." },
    // A far goal wished for stays a goal, but a step after it still counts.
    { question: 'career-goals', answer: "This year I'd like to run the Saturday clinic, and in five years I'd like to lead the physiotherapy service. I'm shadowing our clinical lead one morning a week to learn the rota side." },
    // Practice kept up in the progressive, at most weekends; applying to a course; classes done; study of any subject; a business plan written.
    { question: 'five-years', answer: "In five years I'd like to run my own pottery studio. I've been throwing pots at a community workshop on Thursdays since spring." },
    { question: 'five-years', answer: 'In five years I want to be a wine buyer. I help out at a friend\'s wine shop most weekends.' },
    { question: 'five-years', answer: "In five years I'd like to be a wine buyer. I'm applying to the diploma course at the wine school this autumn." },
    { question: 'five-years', answer: "In five years I'd like to be a UX researcher. I've done two evening classes in interview methods already." },
    { question: 'five-years', answer: 'In five years I want to be a solutions architect, so I study cloud networking at night.' },
    { question: 'career-goals', answer: "This year I want to get the menu costs under control, and long term I'd like my own kitchen. I'm learning the purchasing side from our head chef." },
    { question: 'five-years', answer: "In five years I'd like to open a cycle repair shop. I'm writing a business plan with an adviser from my bank." },
    // A habit counted by the singular: "one feature a month".
    { question: 'career-goals', answer: "This year I'd like to hold my own on the sports desk; long term I want to edit a section. I write one match report a week for the local league's website." },
  ],
  invalid: [
    // Pictures in the mind and belief, however often kept up, are no steps.
    { question: 'achieve-goals', answer: 'My aim is to be the top seller in the region by next spring. I imagine the award ceremony every night, and I reach my targets by believing in them.' },
    { question: 'five-years', answer: "In five years I'd like to be head chef of a busy kitchen. I'm visualising it every morning before service." },
    // A route said in passing, with nothing described, is no heading for steps.
    { question: 'goals-and-how', experience: 'experienced', answer: 'My goals are to lead the design of a whole valve range within two years, and longer term to manage the group. The plan is basically: keep my head down and deliver.' },
    { question: 'five-years', answer: "In five years I'd like to be a lead dental nurse in one of your practices. Hatherley is big enough that those roles exist, which is one of the reasons I've applied." },
    // Settling in and growth said of nothing in particular are no steps.
    { question: 'career-goals', answer: "In the first year I'd like to get to know the business and the culture. Later on I'd like to move into a leadership role and take on bigger challenges." },
    // Study already done is background, and being at work is no practice kept up.
    { question: 'five-years', answer: "In five years I want to lead the analytics team. I studied economics at university and I've been working weekends at the firm for years." },
    // The far goal itself, wished for after a long-term cue, is no step toward it.
    { question: 'career-goals', answer: 'Right now I want to get sharper at forecasting for the bakery lines. Further ahead I would like to lead community projects for the whole region.' },
    { question: 'short-long-goals', answer: 'In the short term I want to take charge of the night shift at the depot. In five years I want to run a distribution centre of my own.' },
    // Metaphors and effort are no steps.
    { question: 'career-goals', answer: "In the short term I want to take my career to the next level, and in five years be an engineering manager." },
    { question: 'goals-and-how', answer: "Next year I want to be a senior designer and in five years a design director. I'll get there by working hard." },
    { question: 'five-years', answer: "In five years I want to be head of the microbiology department. Having the new analyser approved was a relief for everyone." },
    { question: 'position-fit', answer: "This year I'd like my name on a big campaign, and in five years I want to run the creative team. I can see it already." },
    // A target to reach is the goal, not a way to reach it.
    { question: 'career-goals', answer: 'This year I want to take the newsletter from two thousand to forty thousand readers, and in five years I want to run the content team.' },
    { question: 'career-goals', answer: 'Short term I want to sign up sixty new members a month. Long term I would like to manage the whole gym.' },
    // A level held, and a degree already done, are no steps.
    { question: 'five-years', answer: 'In five years I would like to be working at a more senior level. I recently completed my degree in economics.' },
    // A near date in one clause does not turn the long-term wish in the next into a step.
    { question: 'career-goals', answer: 'Within a year my goal is to be a confident buyer, and long term I would like to lead a category team.' },
    { question: 'career-goals', answer: 'Over the next year I want to be running a whole project on my own, and in five years I would like to be a senior surveyor. I feel ready for it.', experience: 'experienced' },
    { question: 'five-years', answer: "In five years I'll be head of the department. I'm ambitious and I expect to be promoted every year." },
    { question: 'short-long-goals', answer: 'Long term I want to lead large conferences. Short term I would like to be the person clients trust with flagship launches.' },
    { question: 'learn-more', answer: 'Lots of things, really. I would like to learn more about the clinical side and be more useful as time goes on.' },
    { question: 'goals-and-how', answer: 'I want to be a director one day. I think if I keep working hard it will happen.', experience: 'senior' },
    // Progress that is not the speaker's, and a purpose with no step around it.
    { question: 'learn-more', answer: 'I would like to learn more about distributed systems, especially how data stays consistent when a service fails halfway through a write.' },
    { question: 'further-education', answer: "I'd like to move into employee relations eventually, and I know I'll need more than what I've got now to do that." },
    { question: 'career-goals', answer: "In the next year I want to manage my own caseload, and eventually lead the team. To get there, I'll just keep going." },
    { question: 'career-goals', answer: "I've asked myself where I want to be, and the answer is head of sales in five years; in the short term, top rep on the team." },
    // A career so far is no step: "practising for seven years".
    { question: 'ten-years', answer: "In ten years I want to be a partner at a firm like this, with my own family law clients. I've been practising for seven years and my clients recommend me." },
  ],
});
