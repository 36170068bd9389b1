import { ruleTester } from '../../test/rule-tester.js';

ruleTester('self_focused', {
  valid: [
    {
      name: 'training named, and what comes back',
      answer:
        "Your apprenticeship scheme would put me through the HNC, which I'm grateful for. In return I'd bring four years of fault-finding on packaging lines, and I'd aim to cut your changeover downtime in my first year.",
    },
    'I want to lead the migration of your billing service to Postgres, and I would bring the runbooks I wrote for our last cut-over.',
    "Hybrid working suits me, but what I'm really after is owning the supplier onboarding process and getting it under two weeks.",
    'In the first year I want to pass my CIPS Level 4 and take over the stationery and facilities tenders from your senior buyer.',
    "I'm not chasing perks or a nice office; I want the hardest cases on the ward, and I'd help train the new starters.",
    "You'd fund my CIPS diploma and give me study days, and in return I'd bring the supplier review I ran last year, which saved £200k.",
    {
      name: 'benefits named in passing, then what the candidate will do',
      question: 'why-company',
      answer:
        "The stipend and the paid time off are nice, but the reason is your returns backlog: I'd help cut the refund queue from nine days to three, the way I did at my last warehouse.",
    },
    {
      name: 'a verb done to me, balanced by what comes back',
      answer: "A lead who coaches me would speed things up, and in return I'd bring two years of Shopify migrations to your store team.",
    },
    {
      name: 'hours and kit named, with what the candidate brings',
      question: 'why-company',
      answer: 'The Monday to Friday hours suit me, I admit, but the reason is your workshop. I have rebuilt gearboxes for ten years and I would bring that to your heavy fleet team, and train your apprentices on it.',
    },
  ],
  invalid: [
    // What the company would do for the speaker, in new words: valued, a manager who supports my growth, steady hours.
    { question: 'next-position', answer: 'I would like a place where I am valued, with steady hours, and a manager who supports my growth and gives me time off for courses.' },
    { question: 'why-company', answer: 'Mostly because you invest in your people: a dedicated mentor, a clear path to promotion, flexible hours and a company that supports my wellbeing.' },
    {
      answer:
        "Mostly it's the benefits. You offer a four-day week, a generous training budget and private healthcare, and the office is a five-minute walk from my flat, so the commute is nothing.",
      found: ['You offer a four-day week'],
    },
    { answer: "I'm looking for a company that will invest in me, train me up and give me a clear path. Flexible hours would also really suit me." },
    {
      answer:
        "The main attraction is that you'd fund my master's and give me study leave before exams. Being fully remote means I can also fit it all around my life.",
      found: ['Being fully remote means I can also fit it'],
    },
    { answer: 'I want somewhere that looks after me: good pension, wellbeing days, free lunches on Fridays and a company car.' },
    { answer: "What I need right now is stability and support, and this job would give me both, with regular hours and a staff discount on top." },
    { answer: 'I do my best with a quiet office, free parking and a manager who lets me leave on time. That is what keeps me in a job.' },
    { question: 'why-company', answer: "Honestly, it's the lifestyle. The hours are regular, the office is close to home and there's a subsidised canteen." },
    { answer: 'What attracts me is the generous parental leave, the private medical cover and the chance to work from home three days a week.' },
    { question: 'next-position', answer: "I'm looking for a company that will support my growth, give me flexibility and make me feel valued. That's what matters most to me." },
    { answer: "I'm hoping this role gives me a better work-life balance, more holiday and the option to work remotely on Fridays." },
    { answer: "I want to work here because you'll train me from scratch and pay for my qualifications, and the hours fit around my life." },
    {
      name: 'benefit nouns in a new wording',
      question: 'why-company',
      answer: 'Mainly the paid time off and the stipend for my home desk. My current place has me commuting ninety minutes a day, so this would be a big change.',
    },
    {
      name: 'a verb the company does to me, in any form',
      question: 'next-position',
      answer: "I want a manager who is guiding me every week and a firm that rewards me for the hours. Long weekends would be a bonus too.",
    },
    {
      name: 'status and comfort for the candidate',
      question: 'why-company',
      answer: "Your name would look good on my CV and it would set me apart from my classmates. I think I'd be happier somewhere this prestigious.",
    },
    {
      name: 'time given back and a name made, nothing offered',
      question: 'right-time',
      answer: 'After years of nights I want my evenings and weekends back, and your lab has amazing facilities that would help me make my name. It would be a real boost for me.',
    },
    {
      name: 'a van and free training as the draw',
      question: 'motivation',
      answer: 'You give your fitters a company van and you train them for nothing. That is a good deal for someone like me, and the depot is close to home.',
    },
  ],
});
