import { ruleTester } from '../../test/rule-tester.js';

const q = 'short-long-goals';

ruleTester('no_short_term', {
  valid: [
    { question: q, answer: 'In my first year I want to own the month-end close; in five years I would like to lead a finance team, and I am starting the CIMA course next month.' },
    { question: q, answer: 'Right now my goal is to get fully signed off on the ward. Long term I want to become a clinical educator, through the postgraduate certificate.' },
    { question: q, answer: 'Over the next eighteen months I want to pass my exams, and eventually I would like to run a practice.' },
    // The question does not ask for a short-term goal.
    { question: 'five-years', answer: 'In five years I see myself leading the design of school buildings, and I will get there by taking the Passivhaus course.' },
    { question: 'why-company', answer: 'Your mentoring scheme and your work with charities are why I applied; I would bring five years of grant writing.' },
    // No goal at all is no_goals' business, not this rule's.
    { question: q, answer: "I haven't really thought about it. I'm happy where I am." },
    // Near cues without a number: "this season", "straight off".
    { question: q, answer: "This season I want to lift the bar's margin by two points. In the longer run I'd like to manage the group's venues, and I'm taking the licensing course in May." },
    { question: q, answer: "Straight off I'd like to get to grips with the case system. Over the longer haul I'd like to specialise in employment law, so I'll sit in on tribunal hearings." },
    // The role itself, or a training period, is the near horizon.
    { question: q, answer: 'For this role, my goal is to get the new stock system running across both warehouses. Over the next five years I want to lead distribution for the north, and I am taking a CILT course.' },
    { question: q, answer: 'During my apprenticeship I want to get every unit of my electrical NVQ signed off. Further ahead I would like to run my own jobs as a site supervisor, so I shadow our supervisor on Fridays.' },
  ],
  invalid: [
    { question: q, answer: 'Long term, I want to be heading the conference side of a business like yours. Eventually I would like clients to ask for me by name.' },
    { question: q, answer: 'In five years I want to be a lead engineer, and ultimately I would like to set technical direction for a product group.' },
    { question: 'career-goals', answer: 'Ten years from now I hope to run my own section of the lab, and I am studying for a PhD part-time to get there.' },
    { question: 'goals-and-how', answer: 'My long-term goal is to lead a sustainability programme end to end. To get there I will take the IEMA practitioner qualification.' },
    { question: 'align-professional-goals', answer: 'Yes: over the coming decade I want to build the internal platform engineers use every day, and one day lead that team.' },
  ],
});
