import { ruleTester } from '../../test/rule-tester.js';

const q = 'missed-goal';

ruleTester('evasive', {
  valid: [
    {
      name: 'a goal not set, told in the past, is a miss owned',
      question: q,
      answer: "My mistake was that I didn't set a clear target for the first quarter, so we drifted and opened two sites instead of four. Now I agree a number with my director before anything starts.",
    },
    {
      name: 'a have-not that explains a real miss',
      question: q,
      answer: "I didn't have the study hours blocked out, so I missed the June exam by four marks. I learned to book fixed slots, and I passed in September.",
    },
    {
      name: 'not dwelling, after a real miss owned with a lesson',
      question: q,
      answer: 'I missed my target of forty audits in the year and managed thirty-one. I did not dwell on it; I learned to book site visits a month ahead, and I hit forty-four the next year.',
    },
    {
      question: q,
      answer:
        'I aimed to pass all three CIMA case studies in one year and failed the second. I had left revision too late. I learned to book the exam first and plan backwards, and I passed it the next sitting.',
    },
    {
      name: 'taking on too much, owned as a real miss with a lesson',
      question: q,
      answer: 'I wanted to launch our new onboarding flow by March, but I took on too much and it slipped to June. The lesson was to hand off the analytics work early, and I now plan capacity before I commit.',
    },
    { name: 'not asked about a miss', question: 'career-goals', answer: "I've never failed to hit a quarterly target, and next I want to lead a sales team." },
    { question: 'career-progressed', answer: 'Mostly, though slower than I hoped: I expected to lead a team by thirty and it took until thirty-three, because I avoided managing people at first. I changed that by mentoring two juniors.' },
    { question: q, answer: 'My goal was to become a charge nurse within two years. I missed it because I avoided the leadership course; I should have asked for it sooner, and I did the following year.' },
    {
      name: 'a dismissive phrase inside an owned miss',
      question: q,
      answer: 'I failed my first site manager assessment. It happens to a lot of people, but the lesson for me was that I had never run a toolbox talk, so I ran one every week and passed the next time.',
    },
    {
      name: 'cannot recall a detail, then a real miss with a lesson',
      question: q,
      answer: "I can't remember the exact month, but I missed my target of forty new members for the gym. I learned that I had been relying on walk-ins, and I now run referral weeks.",
    },
    {
      name: 'a shrug word inside a clause about the future, after a real miss',
      question: q,
      answer: 'I aimed to be on the senior rota by my second year and it did not come off. A senior slot only opens when it happens, when someone retires, so meanwhile I cover senior shifts whenever they come up.',
    },
    {
      name: 'pride in the recovery, after a real miss owned',
      question: q,
      answer: 'I missed my goal of running the regional conference in my first year, because I had never managed a supplier. I learned to shadow our events lead, and the thing I am most proud of is the second conference I ran.',
    },
    {
      name: 'luck named beside a real miss owned with a lesson',
      question: q,
      answer: "I've been lucky with mentors, but I still missed my goal of chartership by thirty. I hadn't logged my experience as I went, and I learned to write it up every Friday.",
    },
  ],
  invalid: [
    { name: 'goals denied outright: nothing to miss', question: q, answer: "Honestly, I don't really do goals. I come in, do a good shift and let the rest look after itself." },
    { question: q, answer: 'I never set myself targets, so there is nothing I have fallen short of. I just work hard every day.' },
    {
      name: 'having a miss to tell, denied',
      question: q,
      answer: "I'm not sure I've really had that happen yet. I aimed for a 2:1 and got a First, and we beat our sales target at the garden centre.",
    },
    {
      name: 'no story of a goal not reached, and a near miss told instead',
      question: q,
      answer: "Rather than a miss, I'll tell you about the launch that came closest: we opened on the date we promised. I don't really have a story about a goal I didn't reach.",
      found: ['Rather than a miss', "I don't really have a story about a goal I didn't reach"],
    },
    { name: 'doubting there is a miss', question: q, answer: "Honestly, I'm not sure I've had one. I plan carefully and stick to the plan, so things land where I expect them to." },
    { name: 'only safe aims', question: q, answer: "Well, I've never been one to set goals I can't hit. I keep them sensible and I meet them." },
    { name: 'the only miss is a virtue', question: q, answer: 'My only real miss is that I never take all my annual leave, because the team needs me and I like being there for them.' },
    { name: 'a miss that beat the others', question: q, answer: "I'd say the goal I missed was being promoted early; I was promoted on time instead, which was still faster than most of my cohort." },
    { name: 'refusing the frame', question: q, answer: "Rather than failures, I see each setback as something to build on, so I don't really think in terms of goals missed." },
    { name: 'an accomplishment told in place of a miss', question: q, answer: 'What I am proudest of is the volunteer programme I set up at the library, which now has forty regular helpers and runs every weekend.' },
    { name: 'the biggest success, no miss at all', question: q, answer: 'My biggest success was taking our team from the bottom of the league table to the top within a year, through weekly coaching.' },
    { name: 'a redirect to the future', question: q, answer: "Honestly I'd rather focus on what comes next: I want to run the night desk within a year." },
    { name: 'a success told instead', question: q, answer: 'The more useful example is a deadline I did meet: we moved the whole payroll onto the new system a week early.' },
    { name: 'declining to look back', question: q, answer: "I'm not one to dwell on the past. Every quarter is a fresh start, and I put my energy into the next one." },
    { name: 'a miss that was really a win', question: q, answer: 'I never finished the trainee scheme, because they moved me up to senior after a year. A nice problem to have, really.' },
    { question: q, answer: "Honestly, I can't think of one. I set realistic targets and I always hit them.", found: ["I can't think of one"] },
    { question: q, answer: "I've never really failed at anything I set out to do, to be honest." },
    { question: q, answer: 'If anything, my failure is that I care too much about every detail, so I miss lunch a lot.' },
    { question: q, answer: 'The only goal I ever missed was taking weekends off, because I work too hard for my own good.' },
    { question: q, answer: "Honestly, I've always met my targets. I'm very organised, so it hasn't happened yet." },
    { question: 'Tell me about a time you failed to reach a goal.', answer: "I'm not sure I have one, to be honest. I plan thoroughly and I tend to deliver what I promise." },
    { question: 'career-progressed', answer: "Yes, exactly as I planned. There haven't been any setbacks worth mentioning." },
    {
      name: 'a lesson without a miss is still a dodge',
      question: q,
      answer: "Nothing comes to mind. Over the years I've learned to commit only to what I can deliver, so my targets tend to be met.",
    },
    { question: q, answer: "To be honest I'm quite hard on myself, so even when I hit a goal I feel I could have done better. That's probably my biggest weakness." },
    { question: q, answer: "I don't really have failures, just learning experiences. Everything I've tried has worked out in the end." },
    { question: q, answer: "That's a tough one. I'm the sort of person who always gets there in the end, so I don't really have an example." },
    { question: q, answer: "I'll be candid, I genuinely can't remember missing a goal. I'm very organised about what I commit to." },
    { name: 'a negated verb of producing an example', question: q, answer: "Honestly I couldn't come up with a single one. Work has gone smoothly for years." },
    { name: 'brushed aside with nothing learned', question: q, answer: 'I wanted to pass my driving assessment for the forklift in March and I failed it. These things happen. I just moved on, really.' },
    { name: 'a win told as the miss', question: q, answer: 'I aimed for 30 new clients and got 28, which still made me the top adviser in the branch. Technically a miss, I suppose.' },
    { name: 'the subject changed to the future', question: q, answer: "I'd prefer to talk about what's next: in the coming year I want to lead our first audit and qualify as a chartered tax adviser." },
    { name: 'goals always reached', question: q, answer: 'I set targets I know I can hit, so I always reach them. That is how I plan.' },
    { name: 'a private miss, then nothing at work', question: q, answer: 'I meant to learn to touch-type last winter and gave up. At work, not really anything comes to mind.' },
  ],
});
