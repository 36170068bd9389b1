import { ruleTester } from '../../test/rule-tester.js';

ruleTester('misaligned', {
  valid: [
    "I don't see myself leaving; in five years I want to lead the audit team here.",
    'I have no plans to start my own business. I want to build a client portfolio in your tax team.',
    { name: 'own business is the job', role: 'Franchise owner', answer: 'In two years I want to open my own second store and train its manager.' },
    { role: 'Sales development representative', answer: 'Long term I want to move into an enterprise account executive role here, after a year of booking meetings.' },
    'In my first year I would like to take on my own caseload and complete my safeguarding training.',
    'We lost two clients to a competitor last year, which taught me to call every account once a month.',
    "I've spent six years in internal audit at a large retail bank, and here I want to lead audits end to end.",
    'Long term I would love to grow at a firm that trains its people, and this is that firm.',
    { role: 'Group product manager', answer: 'Over five years I want to own strategy across a whole platform, not one product.' },
    { role: 'Assistant store manager', answer: 'I want to take on a second store of my own to run by the end of my first year.' },
    { role: 'Junior animator', answer: 'My goal is to be directing my own series for the studio within a few years.' },
    { role: 'Commercial lawyer', answer: 'My short-term goal is to build my own practice area within the firm advising early-stage software companies.' },
    { role: 'Lead UX writer', answer: "I've been a freelance UX writer for eight years, and now I want to lead content design in-house here." },
  ],
  invalid: [
    { answer: 'In five years I want to run my own small design studio.', found: ['five years I want to run my own small design studio'] },
    { answer: "Long term I'd like to go freelance and pick my own clients." },
    { answer: 'Honestly, this role is my way in; what I really want is to move into product management.' },
    { answer: "In three years I'd like to be doing the same job at a competitor, because they promote faster." },
    { answer: "Longer term I don't see myself on the shop floor at all; I want to move into head-office buying." },
    {
      name: 'a neighbouring field at another kind of employer',
      role: 'Hospital physiotherapist',
      company: 'An NHS hospital trust with a large outpatient department.',
      answer: "Within five years I'd like to be working as a physio for a professional rugby club.",
    },
    { answer: 'Long term, I want to end up at one of the big City law firms doing development deals.' },
    { role: 'Customer support specialist', answer: "Honestly, my long-term goal isn't support. In three years I want to be in product management." },
    { answer: "In ten years I'd like to own a small yoga studio of my own." },
    {
      role: 'Primary school teacher',
      answer: 'In five years I want to be working in educational publishing, writing maths textbooks rather than teaching in a classroom.',
    },
    { answer: 'My long-term goal is to move to the sponsor side as a project manager.' },
    { answer: 'Long term, I want to be operations director at one of the big discounters.' },
    { role: 'Staff nurse', company: 'A hospital trust.', answer: "Eventually I'd like to get out of nursing and into healthcare management consultancy." },
    { role: 'Junior copywriter', answer: 'Where I really see myself is as a freelance copywriter, choosing my own clients and working from home.' },
  ],
});
