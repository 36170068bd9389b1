import { ruleTester } from '../../test/rule-tester.js';

ruleTester('unprofessional', {
  valid: [
    "In five years I'd like to be a class teacher, because I've led a holiday club for two summers and loved it.",
    {
      name: "a partner's work as the reason for a place is logistics",
      answer: "I'd like to settle in Leeds, because my wife's contract at the university runs for another four years, and I want to grow into a charge nurse role here.",
    },
    {
      name: 'a gym beside the canteen is a workplace perk, not a hobby as a goal',
      answer: 'The scheme would give me the big bridge projects I want, and your Leeds office is great; the gym and the canteen are a real plus.',
    },
    // A pay band, not a band one plays in.
    { role: 'Physiotherapist', answer: 'My short-term goal is to pass my band 6 competencies within 12 months, and then to apply for my band seven post on the stroke unit.' },
    'In my first year I want to run the maternity ward rota and finish my advanced midwifery practice module.',
    {
      name: 'pregnancy is the work itself for a midwife',
      role: 'Community midwife',
      answer: 'My goal is to lead antenatal classes for first-time parents, because pregnancy care is where I want to specialise.',
    },
    {
      name: 'marathons are the work for a running coach',
      role: 'Running coach',
      company: 'A sports club that trains amateur athletes for marathons.',
      answer: 'In two years I want to coach a squad of twenty runners through their first marathon.',
    },
    'Last year I covered the bank holidays so the rest of the team could rest, and next year I want to plan the rota properly.',
    'I want to learn SQL properly and take over the weekly stock report by spring.',
    'I worked with families and health visitors for seven years, and next I want to supervise social work students.',
    'They swapped shifts behind my back, and I learned to agree rota changes in writing.',
    { role: 'Maths teacher', company: 'A secondary school.', answer: "My goal is for my kids to reach grade 5 in maths, and I'm leading the Year 11 intervention sessions." },
    { role: 'Travel consultant', company: 'A holiday company.', answer: 'I want to run the travel desk and plan holidays for families with complex needs.' },
    'My family are all nurses, so I grew up around hospitals, and I want to lead a ward.',
    "I'd cover the team's holidays in August and support our clients around the world.",
    { role: 'Ward manager', answer: 'I want to reduce sick leave on the ward by a fifth through better rotas.' },
    { role: 'Community dietitian', answer: 'I want to work on your discharge pathway, because people lose weight quietly in the weeks after they get home.' },
    { role: 'Staff nurse', answer: "I'm at the top of my band now, and in the next year I want to lead the ward's falls project." },
    // A partner as the reason for a move is logistics, not a personal goal.
    'My partner took a post in Bristol this spring, so we relocated and I am now a short drive from your depot.',
    'In two years my partner and I are planning to move north, and I want to have qualified as a surveyor before then.',
    // Holidays as a condition of the job are left to self_focused.
    'I am looking for a role with paid holidays and steady hours so I can keep improving my lesson planning.',
    // Someone else's home or family is the work, not a personal plan.
    { role: 'Mortgage adviser', answer: 'I want to help more first-time buyers get on the property ladder, so I am taking my CeMAP exams this spring.' },
    'The parents I support are often expecting their first baby, and I want to run the antenatal drop-in at the children\'s centre.',
    // A spouse's posting as the reason for a move is logistics.
    "My wife has been transferred to the Bristol office, so we're relocating this summer and I want to carry on in payroll there.",
    // Holidays as a time of year or an allowance, not a leisure goal.
    'I could take extra shifts in the holidays, and in my first year I want to finish the care certificate.',
    'I am looking for decent holidays and regular hours, and I want to get my forklift licence this year.',
    // Writing is the work for an editor.
    { role: 'Commissioning editor', company: 'A publisher of literary fiction.', answer: 'In two years I want to bring in my own debut authors, and I would like to edit a novel that wins a prize.' },
    // Children named as background for a skill, not as a plan.
    "I have three children of my own, so I'm used to a noisy room, and next year I want to lead the after-school club.",
  ],
  invalid: [
    "My main goal for next year is to spend more time at the gym and finally run a marathon.",
    "The reason I want to move is that my husband wants us closer to his family.",
    "Outside work, my real goal for next year is to get my band signed by a label and tour the summer festivals.",
    // Hobbies and early retirement as the aim.
    { answer: 'What I really want is to retire at fifty and spend the summers on my allotment.' },
    { answer: 'My plan is to keep my evenings free so I can finish my novel, which is the real priority.' },
    // Life events named as where one wants to be: marriage, children, a house.
    { answer: 'By the time I am thirty I want to be married, with two kids and a dog, and still working in logistics.', found: ['the time I am thirty I want to be married'] },
    { answer: 'In three years I hope to have bought a house with my partner, so I want a permanent contract.' },
    { answer: 'My priority over the next three years is to buy a house near my parents, so I need something permanent.', found: ['priority over the next three years is to buy a house near my parents'] },
    { answer: "Ideally I'd have a baby or two by then and I'd go part time, so I'd like a role that allows it." },
    // The romantic words, or wanting to be with the partner, still make it the relationship.
    { answer: 'My goal is to move to Glasgow because my boyfriend is studying there and I would like us to live together.' },
    { answer: 'The main reason I applied is that my partner is moving to Leeds and I want to be closer to them.' },
    { answer: "In the next two years my husband and I want to have a baby, so I'd need a role with shorter hours.", found: ['In the next two years my husband and I want to have a baby'] },
    { answer: 'My main goal for next year is to walk the Camino and then take a long holiday in Japan.', found: ['is to walk the Camino and then take a long holiday in Japan'] },
    { answer: "Honestly my plan right now is getting my knee sorted after the operation, so I'd be off a fair bit.", found: ['Honestly my plan right now is getting my knee sorted after the operation'] },
    { answer: "I'm gonna smash it in sales and be running the floor within a year.", found: ['gonna', 'smash it'] },
    { answer: 'My old team lead was useless and the whole project was a load of crap, so I want a fresh start.', found: ['crap'] },
    { answer: 'I want to spend more time with my family, so I need shorter hours.' },
    { answer: 'The reason I want to move to Bristol is that my girlfriend got a job there.', found: ['I want to move to Bristol is that my girlfriend got a job there'] },
    { answer: "I'm expecting my first baby in March, so my main goal this year is really about that." },
    { answer: "The thing I'm most looking forward to next year is my stag do in Ibiza, so I'd need that week off." },
  ],
});
