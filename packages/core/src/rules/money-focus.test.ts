import { ruleTester } from '../../test/rule-tester.js';

ruleTester('money_focus', {
  valid: [
    "Money isn't what drives me; what I want is to own the reporting for a whole region within two years.",
    "I'm not in it for the money. I want to build the kind of data platform your analysts can trust, starting with the finance marts.",
    {
      name: 'a concession: the package is fair, but the reason is elsewhere',
      answer:
        'The package you offer is fair, but what draws me is your move to event-driven billing. In my first year I want to own the invoice service, and I would bring five years of Kafka work to it.',
    },
    {
      name: 'a single mention in an answer that offers value',
      answer:
        "I'd like a salary that reflects the extra responsibility, of course. Mostly I want to lead the night shift: I'd bring the rota system I built at my last site, which cut agency hours by a fifth.",
    },
    {
      name: 'a money word inside a company name is a name',
      company: 'Harrow Pay, a payroll bureau for small charities.',
      answer: 'At Harrow Pay I would like to lead the onboarding of new charities within two years, and I am shadowing the implementation lead now.',
    },
    { role: 'Credit analyst', answer: 'Fixed income is where I want to build my career: in two years I want to cover high-yield issuers, and I am sitting the CFA level II exam in May.' },
    "You'd be funding my diploma, and I'd pay that back by running the stock audits myself from the second year.",
    'In my first quarter I want to save the business money by renegotiating our three biggest freight contracts.',
    'I pay attention to detail, and this course will pay off for the team when we audit the ledgers next spring.',
    'I want to understand how your payroll engine calculates overtime pay for shift workers, because that is where most client queries come from.',
    'I took a pay cut to retrain as a nurse, and in five years I want to be leading a ward.',
    { role: 'Building services engineer', answer: 'My goal is to commission the new chiller plant by March and hand it over with full documentation.' },
    { role: 'Payroll officer', answer: 'I process salaries, bonuses and overtime for 2,000 staff, and next year I want to move our payroll to a new system.' },
    { role: 'Audit manager', answer: 'My aim is to grow fee income from our existing clients by ten percent through better scoping.' },
    { role: 'Reward analyst', answer: 'Long term I want to lead pay and reward, and my first goal is to redesign compensation for the sales team.' },
    { role: 'Payroll analyst', answer: "I'm looking for a role where my work on the bonus calculations for the sales team improves accuracy." },
    { role: 'Mortgage underwriter', answer: 'My goal this year is to build my own checklists for the common income types so every case gets a same-day decision.' },
    'My goal is to help customers afford their first home with clearer mortgage advice.',
    {
      name: 'a condition that is not about money',
      answer: "As long as the work keeps me learning, I'm not too bothered by the title. In two years I want to run the monthly close for your retail arm.",
    },
    {
      name: 'a firm that pays well, denied as the reason',
      answer: "I know you pay well, but that isn't why I applied: I want to build the fraud models your payments team is starting, and I'd bring three years of Python.",
    },
    "If the budget allows, I'd like to take the CIMA strategic level next year, and in five years I want to lead your FP&A team.",
    { name: 'an amount of business closed is not pay', question: 'missed-goal', answer: 'My goal was £500k of new business and I closed about £320k. I had too few prospects, so I now prospect every morning.' },
    { name: '"pay" as the clients\' verb', question: 'missed-goal', answer: 'I wanted twelve retainer clients and got seven. Some clients pay late, which is life, but I also priced too low, and I learned to ask for deposits.' },
  ],
  invalid: [
    { company: 'Harrow Pay, a payroll bureau.', answer: 'What I want most from a move to Harrow Pay is a much bigger salary than I earn now.' },
    { answer: "Honestly, the main reason I'm applying is the salary. It's a big step up from what I earn now.", found: ["the main reason I'm applying is the salary"] },
    { answer: 'My long-term goal is simple: earn six figures before I turn thirty-five.', found: ['goal is simple: earn six figures before I turn thirty-five'] },
    { answer: 'What motivates me most is the bonus. If I hit my numbers I want to see it in my pay packet every quarter.' },
    { answer: 'I want to make more money than I do now, and your commission scheme is the most generous in the city.', found: ['I want to make more money than I do now'] },
    { answer: "I'd stay for as long as the pay keeps going up, and then go to whoever's paying the most." },
    { answer: 'Five years from now I see myself on £90,000 a year, managing a small team of planners.' },
    { answer: 'What I want most from the next position is a significant jump in salary.' },
    { role: 'Software engineer', answer: "I've got a mortgage and I want the biggest package I can get. Your RSUs make this the best offer around." },
    { answer: 'My short-term goal is simple: get my pay up to the level of my friends in banking.' },
    { question: 'why-company', answer: "You pay twenty percent above the market rate, and that's a big part of why I'm here." },
    { answer: 'My aim over the next few years is to reach a salary of sixty thousand, and this job gets me closer.' },
    { answer: 'Being able to afford a nice house and a good car is what drives my career choices.' },
    { question: 'motivation', answer: 'Payday, mostly! Seeing a decent amount land in my account each month keeps me going.' },
    { answer: "To be transparent, the package is the deciding factor for me; it's a significant step up." },
    { name: 'money as the condition of staying', question: 'five-years', answer: "So long as the wages land every Friday, I'll stay put. I haven't thought much further." },
    { name: 'the answer in a word, then a comma', question: 'why-company', answer: 'Your bonus structure, honestly. Nowhere else in town comes close.' },
    { name: 'an employer that pays more', question: 'next-position', answer: "I've been a welder for ten years and I'm after whichever shop pays me best for it." },
    { name: 'earning as a state to reach', question: 'ten-years', answer: 'In ten years I want to be earning what a regional director earns, with a big bonus on top.' },
    { name: 'an amount of pay still counts', question: 'next-position', answer: 'Honestly, I am looking for a job paying about £60k a year; that is the main thing for me now.' },
  ],
});
