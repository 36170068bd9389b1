import { ruleTester } from '../../test/rule-tester.js';

const q = 'missed-goal';

ruleTester('blames_others', {
  valid: [
    {
      name: 'looking back at one\'s own part',
      question: 'missed-goal',
      answer: "The vendor's developers missed almost every sprint commitment. Looking back, I should have escalated after the second missed sprint instead of the fifth.",
    },
    {
      name: 'something that held me back, named as my own failing',
      question: 'missed-goal',
      answer: "If I had to name something that's held me back, it's that I keep polishing work after it's done. My goal of leaving at six every day that month didn't happen.",
    },
    {
      name: 'the cause named, the own part owned',
      question: q,
      answer: 'I wanted the new rota live by spring and it slipped to autumn. Partly that was the union consultation, but I should have started it earlier, and now I plan consultations first.',
    },
    {
      name: 'a manager decision, but the candidate owns the gap',
      question: q,
      answer:
        'I wanted to be promoted to team lead last year and my manager picked someone else. When I asked why, the feedback was fair: I had never run a project end to end. That was on me, so I took over our next release and was promoted six months later.',
    },
    { question: q, answer: 'I set out to finish my MSc in two years and it took three. I underestimated the dissertation, and I now break big goals into monthly milestones.' },
    { name: 'blame words on another question', question: 'motivation', answer: 'What drives me is fixing processes that let customers down, like the refund flow I rebuilt last year.' },
    { question: q, answer: "I don't blame my old manager at all; I simply hadn't built the evidence, and I learned to track my results every month." },
    { question: q, answer: 'I aimed to hit 120% of quota in 2023 and reached 95%. The market was slow, but I also prospected too late in each quarter, so I changed my week to start with outreach.' },
    {
      name: 'a goal story on another question, with others named but no blame',
      question: 'achieve-goals',
      answer: 'Last year my goal was heat pump design. I took the course, then designed three systems that a qualified designer checked before they went in.',
    },
    {
      name: 'a supplier failure named, then the rest owned as one\'s own',
      question: q,
      answer:
        'I meant to open the new bakery counter in eight weeks and it took twelve. The oven supplier went bust halfway, which cost two weeks; the other two were mine, because I never planned for the fit-out inspection. Since then I book inspections first.',
    },
    {
      name: 'a person in a role, helping rather than blocking',
      question: q,
      answer: 'I aimed to pass my CIMA case study first time and did not. My tutor showed me I had been answering the wrong requirement, and in hindsight I rushed the reading time; I passed the resit in May.',
    },
    {
      name: 'a share of the work done, not denied',
      question: q,
      answer: 'I wanted our audit closed by March and it ran to May. Everyone on the team did their bit; I had scoped it too tightly, and now I add a buffer week to every audit plan.',
    },
    {
      name: 'a first-person passive that was not denied',
      question: q,
      answer: 'I aimed to run the Leeds depot within two years. I was given the chance to act up for three months and found I was weak on budgeting, so I took a finance course and applied again.',
    },
    {
      name: 'a lone person who can change things',
      question: q,
      answer: 'I wanted the ward to cut falls by half in a year and we reached a third. One nurse can change a lot on a shift, and I learned to run a short huddle at every handover instead of relying on the monthly meeting.',
    },
    {
      name: 'others acted against it, but the own part is owned in other words',
      question: q,
      answer: 'I meant to be a shift lead by my second year. My manager gave the post to a colleague and the company then froze promotions. The feedback was fair, though: I hadn\'t run a single handover, so I volunteered for them every week.',
    },
    {
      name: 'nobody as the object, the speaker at fault',
      question: q,
      answer: 'I set out to finish the office move by Easter and it ran into May. I told nobody about the lease clause until March; on reflection I should have raised it with facilities in January.',
    },
    {
      name: 'others decided against it, and the candidate found out what they lacked',
      question: q,
      answer: 'I aimed to be head of sales by 2022. The director gave the job to an outside hire and the company froze hiring after that. I asked him what I was lacking, worked on my forecasting for a year, and got the role when it opened again.',
    },
    {
      name: 'one act by a body, then a new clause with its own subject',
      question: q,
      answer: "I planned to move into buying within two years and I'm not there yet. The company was restructured and the buying roles were frozen, so I moved sideways into merchandising for now.",
    },
    { name: 'the candidate describing their own role', question: q, answer: 'As a supervisor I never set my team a clear target that first year, and we missed our audit score. I now agree targets in week one.' },
    {
      name: 'an outside cause in one sentence, then the rest owned as a change of one\'s own',
      question: q,
      answer:
        'I wanted our claims backlog cleared by March and it ran to June. The verification team had a staffing gap that spring, which cost us a few weeks. The rest came from how I had split the work: I gave the hardest cases to the newest officers, so in the summer I paired each of them with a senior colleague and the backlog went within six weeks.',
    },
    {
      name: 'someone else\'s act granted as fair',
      question: q,
      answer: 'I meant to have a script produced in my first year and it took two. The producer turned down my first three pitches, rightly, since they were thin on character. I rewrote the fourth with a real antagonist and it went into development that autumn.',
    },
    {
      name: 'others acted against the goal, and the speaker acted on the miss afterwards',
      question: q,
      answer:
        'Two years ago I set out to run the marathon programme for our charity. The sponsor changed its budget, and the council closed the route. The next spring I reworked the plan around a smaller park event, recruited twenty volunteers myself and ran it.',
    },
    {
      name: 'a miss that is really an early offer, with an adverb before the speaker',
      question: q,
      answer: "The goal I didn't reach was finishing all three apprenticeship rotations. I'd planned to do them over two years, but I was offered a permanent post after the first, because the workshop lead wanted me to stay. So technically I never finished them.",
    },
  ],
  invalid: [
    {
      name: 'progress missed, put down to luck, a manager who stays and a director who does not rate the work',
      question: 'career-progressed',
      answer:
        "Not really, no. I'd expected to be a marketing manager by now, but I've been unlucky with where I've landed. The manager above me isn't going anywhere, and the director doesn't really rate digital. In the right environment I'd have been promoted long ago.",
    },
    {
      name: 'looking back at others, and a lesson drawn for the organisation',
      question: 'missed-goal',
      answer:
        "Looking back, it was always going to be hard. The vendor's developers missed almost every sprint commitment and the sponsor changed her mind about the scope three times. I think the lesson for the organisation was that it needed a stronger vendor.",
    },
    { name: 'the cause put on a named agent', question: q, answer: 'I aimed to clear the backlog by June and did not. That was the vendor, mostly: their updates broke the import twice, and the helpdesk never replied.' },
    { name: 'others as the issue, a department acting against it', question: q, answer: 'I planned to open two new accounts a month. Customers were the problem; procurement changed its rules every quarter and legal would not sign.' },
    { question: q, answer: 'I was meant to be promoted in 2022, but my manager never put me forward. It was completely out of my hands.', found: ['but my manager never put me forward'] },
    { question: q, answer: 'We missed the launch date because the design team let us down and engineering kept changing the scope. There was nothing I could have done.' },
    { question: q, answer: 'My goal was to reach area manager, but the company froze promotions, so it was really their fault, not mine.' },
    { question: 'career-progressed', answer: "Not really. I've been held back by managers who play favourites, and head office never backed me." },
    { question: q, answer: 'I wanted to pass the bar exam first time. The course provider was useless and the tutors were to blame for the poor materials.' },
    {
      name: 'other people as the subject of every setback',
      question: q,
      answer: 'I aimed to open the new ward by March. The trust froze recruitment in January, and the estates team delayed the refit by ten weeks.',
    },
    { question: 'career-progressed', answer: 'No. Every time a promotion came up, management gave it to someone they liked more. I have never been given a proper chance.' },
    {
      question: 'career-progressed',
      answer: 'Not at all. My last two employers both went through restructures that wiped out the roles I was being groomed for, and the people making those decisions never thought about staff like me.',
    },
    {
      name: 'a blame story on another question',
      question: 'right-time',
      answer: 'I expected to be promoted last year, but my manager blocked it twice and the director decided to hire externally. It was out of my hands.',
    },
    { question: q, answer: 'My manager set me up to fail. He gave me an impossible target and no support, so of course I missed it.' },
    { question: q, answer: 'We missed the launch because the client kept moving the goalposts and our developers were hopeless. I did everything right.' },
    { question: q, answer: 'The project failed because my line manager micromanaged everything and the other team never delivered their part on time.' },
    { question: q, answer: "I didn't get the promotion because of office politics. The decision was made before I even applied." },
    { question: q, answer: 'I missed my sales target because the economy tanked and our prices were too high. Nobody could have sold in that market.' },
    {
      name: 'people in any role acting against the goal',
      question: q,
      answer: 'I wanted the clinic waiting list under six weeks by Christmas. The receptionists kept double-booking, and the consultants wouldn\'t take extra lists. None of that was on me.',
    },
    {
      name: 'tools, rules and an agency as the cause',
      question: q,
      answer: 'My target was a 98% on-time rate. The agency drivers were the problem, the routing software was out of date, and honestly my hands were tied.',
    },
    {
      name: 'a token admission taken back in the same breath',
      question: q,
      answer: 'Partly my fault, but mostly not. The tutor cancelled half the sessions and the awarding body lost my portfolio, so the diploma slipped a year.',
    },
    { name: 'disowning by department', question: 'career-progressed', answer: 'Not as I hoped. The complaints were about things that weren\'t my department, and the promotions went to less qualified people.' },
    {
      name: 'a colleague who did not do his share',
      question: q,
      answer: 'I planned to finish the warehouse migration by August. The other analyst on it never pulled his weight, and nobody else would do their bit either, so it dragged on into winter.',
    },
    {
      name: 'what the candidate says they were denied, in the passive',
      question: q,
      answer: 'My target was to be running my own accounts within a year. I was never given a territory of my own, and we were never told what the criteria were.',
    },
    {
      name: 'a lone individual powerless against the system, with a shrug',
      question: q,
      answer: 'I meant to get my teaching mentor badge in my second year. The school timetable makes it impossible, and it is not something a single teacher can fix.',
    },
    {
      name: 'a "lesson" that only blames others',
      question: q,
      answer: "I aimed to have the new menu launched by spring. The head chef kept sitting on my recipes, and the lesson I drew is that you can't rely on other people to push your ideas.",
    },
    {
      name: 'nobody as the subject, and two acts by one body',
      question: q,
      answer: 'I wanted my band 6 within two years. The trust froze recruitment and then brought in an external panel, and nobody explained the new criteria to any of us.',
    },
    {
      name: 'the miss put on a counterfactual agent',
      question: q,
      answer: "I aimed to be head of department by now. If it weren't for the new principal I'd be there; she brought in her own deputies from her last school.",
    },
    {
      name: 'a look back that only finds others at fault',
      question: q,
      answer: 'My goal was to launch the loyalty app by Christmas. Looking back, there was nothing I could have done: the agency delivered late and the board kept changing the brief.',
    },
    {
      name: 'a body restructuring, and nobody explaining',
      question: 'career-progressed',
      answer: 'Slower than I hoped. The health board reorganised twice, and each time the post I was aiming for vanished, and no one bothered to explain the new grades.',
    },
    { name: 'an institution and a favoured friend', question: q, answer: 'I meant to make senior stylist by thirty. The salon froze promotions and the manager gave the chair to her friend. Not much I could have done.' },
    {
      name: 'every cause in the passive, no one named and no part of one\'s own',
      question: q,
      answer:
        'I aimed to publish the survey findings by June. The funding bid was rejected, the field team was reassigned to another study, and the print slot was quietly handed to a different project. The report never came out.',
      found: ['The funding bid was rejected'],
    },
    {
      name: 'progress held up by what an organisation did, told as a list of acts by others',
      question: 'career-progressed',
      answer:
        'Slower than I had hoped. The department was merged with finance in 2022, half the senior posts were removed, and the ones left were filled by people from the other side. That is where things stand.',
    },
    {
      name: 'the speaker in a relative clause only, every act someone else\'s',
      question: q,
      answer: 'My aim was a first-author paper before my fellowship ended. The lab move was postponed twice, the sequencer was booked out by another group for the spring, and my fellowship was not extended. The paper is still a draft.',
    },
  ],
});
