import { ruleTester } from '../../test/rule-tester.js';

ruleTester('unclear', {
  valid: [
    { name: 'a named aim whose place is left open', question: 'ten-years', experience: 'early', answer: "In ten years I'd like to be leading a maths department somewhere in the trust, and I'm working on my questioning with an instructional coach." },
    { name: 'flexibility as the employer\'s need, beside a named aim', question: 'ten-years', experience: 'experienced', answer: "In ten years I want to lead your audit quality team. I'll sit the data analytics module next year and review two portfolios a quarter; after that I'm happy to take the lead in whichever office the firm needs me." },
    { name: 'a named course whose time is loose ("at some point")', question: 'further-education', experience: 'experienced', answer: "Over the next two years I'd like to complete the practice educator training. After that I'm keen on the mediation certificate at some point, since half my cases end in disputes." },
    { name: 'early career, a later choice open beside a dated concrete aim', question: 'career-goals', experience: 'early', answer: "Next spring I want to get my forklift ticket and run the cold store on my own. I'm not totally sure yet whether I'll lean toward planning or operations later, but within four years I'd like to be a shift supervisor here." },
    { name: '"it depends on how" naming the condition', question: 'five-years', experience: 'experienced', answer: "In five years I'd like to be leading the payroll team. I know it depends on how the team grows, so I've started the CIPP diploma." },
    { name: 'a condition named after "it depends"', question: 'ten-years', experience: 'experienced', answer: 'In ten years I hope to be a partner in the planning team; I know it depends on winning my own clients, so the next three years are about building a practice in housing appeals.' },
    { name: 'a graduate leaves the later direction open after a concrete first year', question: 'career-goals', experience: 'graduate', answer: "I don't know yet whether I'll end up in structures or geotechnics. In my first year I want to pass the site safety course and produce my first set of calculations, and in five years I'd like to be a chartered engineer." },
    { name: 'an amount in an aim is a result', question: 'career-goals', experience: 'early', answer: 'Short term, I want to take our newsletter from 3,000 to 5,000 subscribers over the next year. Long term I want the brand known across the region.' },
    { name: 'looking at where something is, not drifting', question: 'career-goals', answer: 'In my first year I want to run the checkout reports so I can see where customers give up, and in three years I want to lead the payments team.' },
    { name: 'someone else unsure', question: 'career-goals', answer: 'Short term I want to coach the new starters on the topics they are unsure of; longer term I want to manage the contact centre floor.' },
    { name: 'something in a named area, unhedged', question: 'career-goals', answer: 'First I want to run the front desk well. In four years I aim to be duty manager, and later something in pricing, through your revenue course.' },
    { name: 'a trade named after a becoming word', question: 'five-years', answer: 'In five years I see myself as a qualified crane controller on your port team, after the lifting course next spring.' },
    'In two years I want to be a senior UX researcher, and I am taking a course in survey design to get stronger at quantitative methods.',
    // One honest hedge beside a concrete aim is fine.
    'I would probably specialise in forecasting, though I want to see more of the work first; my first step is your SQL training.',
    // "depending on" and "who knows" used plainly.
    'Depending on the client mix, I would like to lead audits in the charity sector within three years, and I will study the SORP this autumn.',
    'I want to be the analyst who knows the pricing data best, and I will get there by owning the weekly margin report.',
    // "something" about leaving belongs to leaving_soon, not here.
    { answer: 'I want to learn your stock system and run the Saturday shift well; in five years I see myself managing a branch.', question: 'career-goals' },
    { answer: 'The goal I missed was passing my driving instructor exam; I learned to book practice sessions earlier.', question: 'missed-goal' },
    // A relative "who knows" after a comma describes the speaker's skill.
    "In return you'd get a planner who reads a rota fast, who knows where the bottlenecks sit, and in two years I want to run the night hub.",
    // A named track with a timeframe is a concrete direction, even without a role noun.
    { question: 'career-path-interest', answer: 'I would like to transfer to the paediatric stream within eighteen months and stay on it for good, shadowing the ward sister first.' },
    // A pay aim is clear, only not a career one: money_focus speaks for it.
    { question: 'career-goals', answer: 'My goal right now is to be financially comfortable. I run a tidy stockroom and I would bring that here.' },
    // A missed-goal story hedges about the past, not about an aim.
    { question: 'missed-goal', answer: "I suppose the goal I keep missing is a sort of inbox zero, and I'm not sure I'll ever manage it. Whatever happens, I keep at it." },
    { name: 'early career, named options weighed beside a concrete aim with no date', question: 'career-goals', experience: 'early', answer: "My aim is to qualify as a paramedic through your apprenticeship and work on the road. I'm not sure yet whether I'd rather specialise in critical care or in community work, and the placements will help me choose." },
    { name: 'the timing of named things, not drift', question: 'career-goals', experience: 'graduate', answer: 'First I want to finish the bookkeeping certificate, taking the exams as they come up, and in four years I want to run the payroll desk.' },
    { name: 'a hedge in a relative clause qualifies a fact', question: 'position-fit', experience: 'experienced', answer: 'In my first year I want to rebuild the supplier scorecard, which I think is out of date, and in three years I would like to own procurement for the northern region.' },
    { name: 'learning more about a named subject is a concrete aim', question: 'learn-more', experience: 'graduate', answer: 'I want to learn more about fibre splicing and network testing, and in a couple of years be the person the team calls for it.' },
    { name: 'not knowing only when or how beside a concrete aim', question: 'further-education', experience: 'experienced', answer: "I'd like to become a chartered tax adviser. I'm not sure yet how, but it's the qualification I want." },
    { name: 'a vague aim with an example that names it', question: 'career-goals', experience: 'experienced', answer: 'Over the next year I want new challenges, such as leading the stock system migration, and in four years I would like to manage a distribution centre.' },
    { name: 'running one of several teams is a concrete aim', question: 'short-long-goals', experience: 'experienced', answer: "Short term I want to be the engineer you trust with the hardest boiler jobs. Long term I'd like to be running one of your service crews." },
  ],
  invalid: [
    { name: 'somewhere in a broad area', question: 'five-years', experience: 'experienced', answer: "In five years I'd like to be somewhere in management, I suppose." },
    { name: 'the employer\'s need with no aim of one\'s own', question: 'five-years', experience: 'experienced', answer: "In five years I'd like to be in a bigger role, wherever the company needs me." },
    { name: 'an experienced candidate weighing vague options', question: 'career-goals', experience: 'experienced', answer: "I'm not sure whether I want management or something else, and I will see what the year brings." },
    { name: 'opportunities taken as they come', question: 'five-years', experience: 'experienced', answer: 'In five years I want to lead a sales team, and I will take the opportunities as they come.' },
    { name: 'a bigger role and new challenges with no content', question: 'career-goals', experience: 'experienced', answer: 'In the next two years I want to take on new challenges, and longer term I hope to grow into a bigger role with more influence.' },
    { name: 'progress to a senior level, said of nothing', question: 'five-years', experience: 'senior', answer: 'In five years I expect to have reached a more senior level and to be working at a strategic level.' },
    { name: 'not knowing what, as well as how', question: 'career-goals', experience: 'experienced', answer: "In the next few years I'd like to do something different. I'm not sure yet what or how." },
    { name: 'praise in place of a job', question: 'career-goals', experience: 'experienced', answer: 'My goal is to be a star marketing manager who keeps growing every day.' },
    { name: 'a loose time with nothing named', question: 'career-goals', experience: 'experienced', answer: "Next year I'd like to finish my diploma in payroll. Then I want to move up at some point, I suppose." },
    { name: 'early career, open direction and no dated aim', question: 'career-goals', experience: 'early', answer: "I'm not totally sure yet whether I'll lean toward planning or operations. Eventually I'd like to be a supervisor of some kind." },
    { name: 'bettering oneself, going up a level', question: 'career-goals', experience: 'experienced', answer: 'My main goal is to better myself. I want to go up a level, or across, wherever suits.' },
    { name: 'intensified not-knowing', question: 'next-position', experience: 'experienced', answer: "I'm after a change, more responsibility perhaps. I'm not entirely sure what shape it takes, but I'll know it when I see it." },
    { name: 'an experienced candidate leaving the direction open', question: 'career-goals', experience: 'experienced', answer: "I don't know yet whether I'll stay in audit. In my first year I want to pass the CIA exam, and in five years I'd like to be an audit manager." },
    { name: 'an open "it depends"', question: 'five-years', experience: 'early', answer: "In five years? Honestly it depends on what comes up, I'd like to be somewhere good." },
    { name: 'praise is not a role', question: 'career-goals', experience: 'experienced', answer: 'Short term I want to be a key player on the team. Long term, I would like to be a thought leader in the industry.' },
    { name: 'something in a broad area', question: 'career-goals', answer: 'Eventually I want something in management, I guess, at some point.', experience: 'experienced' },
    { name: 'something in an area, hedged', question: 'career-goals', answer: 'Long term I want to grow into something in logistics, perhaps, or possibly procurement.', experience: 'early' },
    { answer: 'I guess I want something in management maybe, at some point.', experience: 'experienced', found: ['something in management maybe, at some point'] },
    { answer: 'Honestly I just want to move up somehow and see where it goes.', found: ['move up somehow and see where it goes'] },
    { answer: 'Long term I would like to be doing more interesting stuff, whatever that turns out to be.', experience: 'senior' },
    { answer: 'Maybe product, maybe design, maybe something else entirely. I want to keep my options open.', experience: 'early' },
    { answer: 'In the future I would like to do something bigger and better, wherever the job takes me.', experience: 'graduate' },
    { answer: 'My goal is to grow and develop and do well in whatever comes my way.', experience: 'experienced' },
    { name: 'the same hedge twice, weighing options', question: 'career-goals', answer: 'In three years I want to have specialised. Which area, I cannot say yet: perhaps payroll, perhaps audit.' },
    { name: 'a shrug after a comma about my own future', answer: "I'd like to keep learning the trade, and after that, who knows where I'll be." },
  ],
});
