import { ruleTester } from '../../test/rule-tester.js';

ruleTester('no_goals', {
  valid: [
    // Deferring one choice beside a goal of one's own is not deferring the direction.
    { name: 'flexible about shifts, firm about a goal', question: 'career-goals', answer: "If the depot wants me on nights at first, I'll do that. Within two years I want to pass my transport manager CPC and run the trunking desk." },
    // Another's need in a clause about the work, not the speaker: "where research needs to scale".
    { name: 'where the work needs people', question: 'why-company', answer: "I'm applying because the north depot is where your growth needs drivers, and I'd like to lead the new routes there within two years." },
    { name: 'leaving the detail to me', question: 'career-goals', answer: "Leave that to me: in my first year I will qualify as a forklift instructor and then train the agency staff." },
    { name: 'a denial that turns round in the same sentence', question: 'career-goals', answer: "I've never been much of a planner, but this year I want to pass my HGV class one test and run the Leeds trunking route." },
    { name: 'modest, not goal-less', question: 'career-goals', answer: "I'm not after a grand title. Next year I want to qualify as a gas engineer, and in four years I'd like to be training the apprentices." },
    { name: 'a vague aim is unclear, not absent', question: 'future-plans-position', answer: "I'd like to settle in and see how things go. Maybe move into something else in the store later on, buying or visual merchandising, I'm not fussed." },
    {
      name: 'honest about ten years, firm about the next two',
      question: 'ten-years',
      answer: "I haven't thought much about ten years out, but in the next two years I want to qualify as a chartered surveyor and then lead small valuation jobs.",
    },
    { question: 'career-goals', answer: 'My goal is to become a senior nurse on a cardiac ward, and I am starting my critical care module in March.' },
    {
      name: "'plan' as a verb of the work, not a denial",
      question: 'right-time',
      answer: "I've covered the planning desk for two years, so I don't plan loads a driver can't physically deliver. I'd like to bring that to your depot as you move to new routing software.",
    },
    {
      name: 'a reflective question needs no future aim',
      question: 'proudest-accomplishment',
      answer: 'I am proudest of rebuilding our returns process last year, which cut refund times from ten days to three.',
    },
    { question: 'missed-goal', answer: 'I set out to pass my CFA level two in 2023 and failed it by a few marks. I changed how I revised and passed the next sitting.' },
    { question: 'five-years', answer: "I'm not someone who is happy to stand still: in five years I'd like to be leading a small design team." },
    // Denying one kind of career is not denying aims: a goal is stated.
    { question: 'career-goals', answer: "I'm not chasing a career in sales. In two years I want to qualify as a payroll specialist, starting with the CIPP course this spring." },
    // Aims said as expecting or resolving are aims.
    { question: 'career-goals', answer: 'I expect to be running the cold store within two years.' },
    { question: 'five-years', answer: "I'm determined to qualify as a surveyor by then, and I'm set on specialising in party walls." },
    // A plan word described after a denied "be", not denied itself.
    { question: 'career-goals', answer: "My plan isn't fixed in stone, but in my first year I want to run the payroll audit, and in five years I'd like to lead the payroll team." },
    // Something else is not one's thing; the goal stands.
    { question: 'career-goals', answer: "Cold calling isn't really my thing, so in the next two years I want to move into account management and take the key accounts course." },
  ],
  invalid: [
    // The direction handed to the employer: its wishes, not the speaker's.
    { name: 'the choice left to the employer', question: 'five-years', answer: "I'd leave that to the hospital, honestly. If the ward manager wants me on nights, I'll do nights. If she'd rather I trained the new starters, fine." },
    { name: 'wherever they need me', question: 'career-goals', answer: "Wherever the depot needs me, that's where I'll be. I've driven for twelve years and I'm reliable." },
    { name: 'no direction of one\'s own', question: 'ten-years', answer: "I don't have a direction in mind. I'll keep turning up on time, and I like the crew." },
    { name: 'the paths not looked at', question: 'career-path-interest', answer: "I haven't looked at the career paths yet. I'll do the briefs I'm given, and I'm glad to have a desk." },
    { name: 'the future the same as now', question: 'future-plans-position', answer: "I'd run the tills and stock the shelves, the same as I do now at the corner shop." },
    { question: 'future-plans-position', answer: "If I get the job I'd just get on with the rounds. I know the west side of town well. That's about it really." },
    // The plan word denied after it.
    { question: 'five-years', answer: "Long-range planning isn't something I do. I like the shop and the customers." },
    { question: 'ten-years', answer: 'Career goals are not a priority for me. I like my shifts and my colleagues.' },
    { question: 'five-years', answer: "Honestly, looking ahead isn't really my thing. I turn up and I do a good job." },
    { name: "a denied 'plan' verb about one's career", question: 'career-goals', answer: "I don't plan my career, I just take what comes along." },
    { name: 'long-range planning denied', question: 'ten-years', answer: "Gosh, I've never been one for long-range planning. I like the library as it is and I'd be glad for things to carry on much as they are." },
    { name: 'a next step denied', question: 'career-goals', answer: "I'm not someone who needs a next step. I've sorted the post room for years and I'm not aiming at anything in particular." },
    { name: 'stasis as the goal', question: 'career-goals', answer: "My goal is really just to keep things as they are. I don't feel the need to push for anything more." },
    { name: 'nothing planned beyond the job', question: 'future-plans-position', answer: "I haven't planned anything beyond getting the job, to be honest. I'll do the rounds and see where I end up." },
    { question: 'five-years', answer: "Honestly, I haven't given it much thought. I just like my job.", found: ["I haven't given it much thought"] },
    { question: 'career-goals', answer: "I'm happy where I am, really. I do my shifts and go home." },
    { question: 'ten-years', answer: "I'll just see where life takes me and take it day by day." },
    {
      name: 'only history, no aim at all',
      question: 'career-goals',
      answer: 'I have worked in payroll for nine years. I ran the month-end for three clients and moved us to a new system in 2022.',
    },
    { question: 'motivation', answer: "I'm not looking to climb anywhere. I like knowing what each day holds and I'm good at it." },
    { question: 'career-goals', answer: "I haven't really got any career goals as such. I just want a job that pays the bills." },
    { question: 'ten-years', answer: "Ten years? I really haven't a clue. I'll probably still be doing something like this, I suppose." },
    { question: 'short-long-goals', answer: "Short term, long term, I don't really think like that. I just come in and do my job." },
    { question: 'career-goals', answer: "My goal is just to keep my job, to be honest. I'm not after anything more than that." },
    { question: 'career-goals', answer: "Honestly, I'm not that ambitious. A steady job with good people is all I want." },
    { name: 'a career denied, nothing wanted beyond the week', question: 'why-company', answer: "I'm not looking to build a career here, to be honest. The shifts suit me and I'm not thinking past the summer." },
    { name: 'never had a plan', question: 'motivation', answer: "I've never had a plan or a dream job. I turn up, I do my hours, and that's fine by me." },
    { name: 'no idea, with a word between', question: 'five-years', answer: "Five years? I genuinely have no idea. I just take each month as it comes." },
  ],
});
