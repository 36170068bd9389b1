import { ruleTester } from '../../test/rule-tester.js';

ruleTester('cliche', {
  valid: [
    'What I will give back is a physio who turns up prepared and takes on-call seriously.',
    {
      name: 'a lone stock phrase in an answer concrete throughout',
      answer: 'In my first year I want to own the stock counts for 3 stores and cut shrinkage by 10%. After that I would like to run the Leeds depot. I think I have the drive for it. I have already led the 2024 stocktake and trained 6 new starters.',
    },
    {
      name: 'a stock phrase backed by a concrete result in the same sentence',
      answer: "I'm a team player: when our tester left, I wrote the regression checklist the whole squad still uses and cut release bugs by a third.",
    },
    "I'm passionate about accessibility, which is why I rebuilt our booking form to pass WCAG 2.2 AA last spring.",
    'I like to think outside the box on scheduling, and in practice that meant moving deliveries to 6am, which saved 40 driver hours a week.',
    'In the first year I want to own the month-end close for two entities and pass my CIMA operational level.',
    "I wouldn't call myself a perfectionist; I set a checklist and stop when it is done.",
    'Long term I want to lead a small data team and mentor two analysts through their first year.',
    "I'd bring energy on the counter and a tidy approach to paperwork.",
  ],
  invalid: [
    // Stock phrases of the same kind, in new wording.
    { answer: 'I live and breathe logistics and I always give a hundred and ten percent.', found: ['live and breathe', 'hundred and ten percent'] },
    { answer: 'Honestly this is my dream job, and I would be a thought leader here.', found: ['my dream job', 'thought leader'] },
    { answer: 'I am a bit of a jack of all trades and I work hard and play hard.', found: ['jack of all trades', 'work hard and play hard'] },
    { answer: 'I bring energy and passion to the role, and I will always go that extra step for the team.', found: ['energy and passion', 'that extra step'] },
    { answer: 'I am a natural communicator with a real hunger for success.', found: ['natural communicator', 'hunger for success'] },
    { name: 'a lone stock phrase in a thin answer', answer: 'I want a role where I can keep growing. I am a people person. I enjoy working with others.' },
    { answer: "I'm a hard worker and a real team player, and I always give 110%.", found: ['hard worker', 'team player', 'give 110%'] },
    { answer: 'My goal is to learn and grow and make a difference wherever I end up.', found: ['learn and grow', 'make a difference'] },
    { answer: "I'm a go-getter who thinks outside the box.", found: ['go-getter', 'thinks outside the box'] },
    {
      name: 'substance before a dash does not back the phrase after it',
      answer: "I'll finish my ACCA papers by June and sit in on every budget review — I'm a perfectionist and I never settle.",
      found: ['perfectionist'],
    },
    { answer: "Honestly, I'm just really passionate about people and I want to be the best version of myself.", found: ['passionate', 'best version of myself'] },
    { answer: 'I thrive in a fast-paced environment and I always hit the ground running.', found: ['hit the ground running'] },
    { answer: "I'm a huge believer in investing in myself, because knowledge is power and you should never stop learning.", found: ['investing in myself'] },
    { answer: 'Hopefully somewhere I can shine, bringing my energy and enthusiasm to a great team and reaching new heights.', found: ['energy and enthusiasm'] },
    { answer: 'I just want to be the best that I can be and give one hundred percent every day.', found: ['give one hundred percent'] },
  ],
});
