import { ruleTester } from '../../test/rule-tester.js';

ruleTester('unrealistic', {
  valid: [
    // A profession's own ladder, given its real length: a consultant post ten years after foundation training.
    { name: 'a consultant post a decade out for a junior doctor', answer: "In ten years I'd like to be a consultant anaesthetist; first I'll sit the primary exam.", experience: 'graduate' },
    { name: 'a consultant of another trade is no ladder title', answer: 'Within two years I want to work as a management consultant on public-sector projects.', experience: 'early' },
    { name: 'a team of the firm is not the firm', answer: "Within three years I want to run the firm's payroll desk.", experience: 'early' },
    { name: 'the firm as a place to stay, not to run', answer: 'Within three years I want to be running jobs for the firm on my own.', experience: 'early' },
    { name: 'covering for a lead is not holding the title', answer: 'In my first three months I want my reach-truck licence, and to cover as night shift lead when the supervisor is on leave.', experience: 'graduate' },
    { name: 'stepping in as a manager', answer: 'Within six months I would like to be trusted to step in as duty manager at weekends.', experience: 'graduate' },
    { name: 'a director title with a long, plausible horizon', answer: 'Eventually, in ten years or so, I would like to be executive creative director; first I want to win a brief of my own.', experience: 'graduate' },
    { name: 'an award as a long-range hope', answer: 'I would love to win an award for our work one day, and in my first year I want to write the radio scripts for two campaigns.', experience: 'early' },
    // A reachable step for the level and time.
    { answer: 'In three years I would like to be a team lead, and I am building toward it by mentoring our new starters.', experience: 'early' },
    // A big aim with no date is a direction.
    { answer: 'One day I would love to be a CFO, but for now I want to qualify and get good at management accounts.', experience: 'graduate' },
    // Modest growth over a sensible time.
    'Over my first year I would aim to grow repeat orders by 15% by calling lapsed customers every Friday.',
    // A past achievement, not a promise.
    'At my last firm we grew revenue 40% in two years, and I led the pricing work behind it.',
    // A senior candidate aiming at the top within a plausible time.
    { answer: 'Within five years I would like to be chief operating officer of a business like yours.', experience: 'senior' },
    // "Net zero by 2040" is the company's long-range commitment.
    'I was drawn to your commitment to reach net zero by 2040, and I would like to help build the data behind it.',
    // The standard route, in its usual time.
    { answer: 'My goal is to qualify as a chartered accountant within the three years of the training contract.', experience: 'graduate' },
    { answer: 'I would like to be the top negotiator in the branch by next year.', experience: 'early' },
    // A management trainee on a management track.
    { answer: 'I would like to be branch manager at a busy branch within eighteen months.', experience: 'graduate', role: 'Graduate management trainee' },
    // The durations compared are not the time the change takes.
    'Within 12 months I want to cut the monthly reporting cycle from five days to three.',
    // The role applied for is within reach by definition.
    { answer: 'In the short term I want to lead the department well, as a head of maths should.', role: 'Head of mathematics', experience: 'experienced' },
    // A missed goal told as a story: the date belongs to the past.
    { answer: 'Two years ago I set myself a goal of making supervisor within six months, and I missed it by a long way.', experience: 'graduate', question: 'missed-goal' },
    // An advisor aiming at business partner over a sensible time.
    { answer: 'In four years I would like to be a finance business partner to the operations director.', experience: 'early' },
    // A named thing to run that is not a unit.
    { name: 'a named task, not a unit', answer: 'In my first year I want to run the Friday stock count and the Easter promotion.', experience: 'graduate' },
    { name: 'a named shift is a slice, not a whole unit', answer: 'By six months I would like to be running the Sunday shift on my own.', experience: 'graduate' },
    // A title after "then" is a later step, not bounded by the timeframe of the step before it.
    { name: 'a later step after then', answer: 'I want to be the best-rated installer on the team within my first year, and then work toward a contracts manager role.', experience: 'early' },
    // A timeframe in a clause of its own after the aim bounds that clause.
    { name: 'a far horizon between the date and the title', answer: 'By April I want to pass my final exam, and long term I would like to be a practice manager.', experience: 'experienced' },
    { name: 'a timeframe in its own clause', answer: 'Longer term I hope to become an operations manager, and to get there I will take the CMI certificate next spring.', experience: 'early' },
    // A credential already under way: what is left of it is the speaker's to know.
    { name: 'a credential under way', answer: 'Next year I will finish my chartership with the institute, which I started two years ago.', experience: 'experienced' },
    // Fluency in a tool or a process has no fixed route, unlike a language.
    { name: 'fluent in a software package', answer: 'In my first quarter I want to be fluent in Adobe Premiere and your editing workflow.', experience: 'early' },
    // A threshold to stay past is not an absolute result.
    { name: 'a level above a hundred percent', answer: 'Within a year I want my accounts to keep revenue retention above 100 percent.', experience: 'early' },
    // Chartership for someone already early in a career, on the usual route.
    { name: 'chartered within a year and a half, early in a career', answer: 'I want to sit my assessment and become chartered within eighteen months.', experience: 'early' },
    { name: 'working towards a credential, a timeframe in the next clause', answer: 'I will work towards my chartership and, in my first year, ask to join the site audits.', experience: 'graduate' },
    // A role that leads people: its own team is the job on offer.
    { name: 'a crew the supervisor role runs', answer: 'In my first year I want to lead a picking team of 18 well.', experience: 'early', role: 'Packhouse supervisor' },
    // Best in the company over a year is ambition, not a promise out of reach.
    { name: 'best in the company over years', answer: 'Within three years I want to be the best underwriter in the company on marine risks.', experience: 'experienced' },
    { name: 'curing as a team goal is no claim without a disease', answer: 'In my first year I want to help cure the backlog of unlabelled samples.', experience: 'early' },
    { name: 'starting a route is not reaching its end', answer: 'I am saving for a year so that I can start my doctorate next September.', experience: 'graduate' },
  ],
  invalid: [
    // Domain ladders: a junior doctor to consultant, a lecturer to a chair or the top of the university, an apprentice to the firm.
    { answer: "In four years I'll be a consultant paediatrician, so I'm revising for my membership exams now.", experience: 'graduate', found: ["In four years I'll be a consultant paediatrician"] },
    { answer: 'I plan to be promoted to professor within three years of joining, and vice-chancellor within eight.', experience: 'early' },
    { answer: "I'm in the first year of my apprenticeship, and within three years I want to be running the firm.", experience: 'early' },
    {
      name: 'a second title joined to an aimed one, with its own timeframe',
      experience: 'early',
      answer: 'My aim is to be senior cabin crew within six months and head of cabin services for the whole airline within two years.',
      found: ['head of cabin services for the whole airline within two years'],
    },
    // A field-wide outcome within a route's length: "within my two-year apprenticeship".
    { answer: 'I want to master all areas of electrical work, domestic, commercial and industrial, within my two-year apprenticeship.', experience: 'graduate' },
    // A whole unit named by its place or its reach.
    { answer: 'By the end of my first year I want to be running the Manchester branch.', experience: 'graduate' },
    { answer: 'Within a year I would like to lead the global compliance function.', experience: 'early' },
    // An absolute outcome: "down to nothing".
    { answer: 'In my first two months I will get the backlog of refunds down to nothing.', experience: 'early' },
    // Running a whole unit with a particle: "heading up".
    { answer: 'Within a year I expect to be heading up the entire finance department.', experience: 'early', found: ['Within a year I expect to be heading up the entire finance department'] },
    // An absolute promise: filling every opening at once.
    { answer: 'Give me my first quarter and I could fill every open role on your jobs board.', experience: 'early' },
    // A ranking over a market led by "have" or "build".
    { answer: 'My aim is to build the best claims team in the country within eighteen months.', experience: 'experienced' },
    // "could" makes the sentence a promise about the future even after a past clause.
    { answer: "I've run two launches before, and I could triple your sign-ups within my first month.", experience: 'early' },
    // A clause that points back at the aim keeps its timeframe: "get there within…".
    { answer: 'I want to be a regional director, and I reckon I can get there within two years.', experience: 'early' },
    { name: 'two nouns of a title after the becoming word', answer: "Long term, I'd like to be executive creative director of the agency within three years.", experience: 'graduate', found: ['director of the agency within three years'] },
    { name: 'outdoing the whole office', answer: 'This year I will sign more tenants than the whole office did last year, all by myself.', experience: 'early' },
    { name: 'an award in the first months', answer: 'I plan to win a major award in my first six months here.', experience: 'graduate' },
    { name: 'curing a disease, in the perfect', answer: "In ten years I expect to have cured dementia through my lab's work.", experience: 'early' },
    { name: 'mastering a whole field in a short time', answer: 'I want to master every area of tax law within two years.', experience: 'graduate' },
    { answer: 'In ten years I will be the most famous wedding photographer in the world.', experience: 'early' },
    { answer: 'I want to finish the five-year training scheme in two years by studying at weekends.', experience: 'graduate' },
    { answer: 'Within three years I see myself as your Head of Operations.', experience: 'graduate' },
    { answer: 'In two years I plan to be the CEO of this company.', experience: 'graduate', found: ['In two years I plan to be the CEO'] },
    { answer: 'I want to double revenue in my first month by reworking the sales scripts.', found: ['double revenue in my first month'] },
    { answer: 'My aim is to grow the client portfolio by 50% in my first month.', found: ['grow the client portfolio by 50% in my first month'] },
    { answer: 'Within eighteen months I will be a partner at the firm.', experience: 'early' },
    { answer: 'In my first quarter I want to bring in $3 million of new business.', experience: 'graduate' },
    { answer: 'Short term, I want to get customer complaints down to zero within my first month.', experience: 'experienced' },
    { answer: 'I intend to make us the market leader in Europe within six months.', experience: 'senior' },
    { answer: 'Ten years from now I want to have developed a drug that cures dementia.' },
    { answer: 'In my first year I would grow our newsletter from 2,000 to 200,000 subscribers.' },
    { answer: 'My short-term goal is to be chartered by the end of my second year here.', experience: 'graduate' },
    { answer: 'I intend to be fluent in Japanese, Mandarin and Korean by next spring.', experience: 'experienced' },
    { answer: 'My aim is to be the top negotiator company-wide in my first quarter here.', experience: 'early' },
    { answer: 'In eighteen months I can take the group from 40 clinics to 1,000.', experience: 'senior' },
    { name: 'a language among tools', answer: 'By the spring I want to be fluent in Excel and Portuguese.', experience: 'early' },
    { name: 'a crew too large for a role that leads no one', answer: 'In my first year I want to lead a picking team of 18.', experience: 'graduate', role: 'Packer' },
    { name: 'top of the employer within months', answer: 'I plan to be the best account manager in the whole firm within three months.', experience: 'early' },
    { name: 'number one across the branches', answer: 'My target is to be the number one sales adviser across all your stores within my first quarter.', experience: 'early' },
    { name: 'curing a named disease, with a word between', answer: 'By the time I retire I want to have cured childhood leukaemia.', experience: 'experienced' },
  ],
});
