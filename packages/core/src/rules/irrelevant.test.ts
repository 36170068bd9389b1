import { ruleTester } from '../../test/rule-tester.js';

const network = { role: 'Network engineer', company: 'Corvid Telecom runs fibre networks and a cloud platform for small businesses.' };

ruleTester('irrelevant', {
  valid: [
    { ...network, answer: 'In two years I want to own the core routing for our cloud platform, and long term I want to become a network architect.' },
    {
      name: 'a career changer whose new field is this role',
      role: 'Junior data analyst',
      company: 'A software company that builds analytics dashboards for retailers.',
      answer: 'I taught secondary maths for six years and loved the data side of school. Now I want to become a data analyst, and I have finished a SQL course.',
    },
    {
      name: 'a neighbouring field is not unrelated',
      role: 'Sales executive',
      company: 'A software company selling to retailers.',
      answer: 'Long term I would like to move into product marketing, running launch campaigns for the products I sell today.',
    },
    { ...network, answer: 'I spent my teens working weekends at a bakery, and now I want to grow into a senior network engineer.' },
    {
      name: 'a grade (band 6) is not a field',
      role: 'Ward nurse',
      company: 'A district general hospital.',
      answer: 'Within a year I want to step up to a band 6 post, and long term I want to run a ward of my own here.',
    },
    {
      name: 'this company\'s own people are not a career elsewhere',
      role: 'Accessibility tester',
      company: 'A web agency.',
      answer: 'Next year I would like to teach your developers the common screen-reader failures, and later lead the testing practice.',
    },
    {
      name: 'the employer of a neighbouring role is its setting',
      role: 'Trainee reporter',
      company: 'A regional newspaper.',
      answer: 'Long term I would like to go into PR, ideally working for a hospice charity, after covering the council for two years.',
    },
    {
      name: 'a verb "funds" in the company text is not finance',
      role: 'Dental nurse',
      company: 'A dental group that funds radiography courses.',
      answer: 'In my first year I want to finish the radiography certificate, and in five years I would like to lead the oral health education clinics.',
    },
    {
      name: 'the role\'s own field is judged through the role, a data role aiming at research',
      role: 'Insight analyst',
      company: 'A supermarket chain.',
      answer: 'Long term I want to become a machine learning engineer on the pricing models, and I am taking a course in Python.',
    },
    { name: 'no role: nothing to compare with', answer: 'My dream is to open a bakery one day.' },
    {
      name: 'the sector served, not a career',
      role: 'Commercial insurance broker',
      company: 'An insurance broker for businesses.',
      answer: 'Over the next year I want to build a book of haulage clients, since I have placed fleet policies for six years.',
    },
    {
      name: 'the market a recruiter works in',
      role: 'Recruitment consultant',
      company: 'A recruitment agency placing engineers.',
      answer: 'In my first year I want to build a desk in controls engineering and make twenty placements.',
    },
    {
      name: 'a specialism named with the target field',
      role: 'Trainee patent attorney',
      company: 'A law firm of patent attorneys.',
      answer: 'Long term I want to be a qualified patent attorney specialising in medical devices.',
    },
    {
      name: 'a compound inside the target field',
      role: 'Staff nurse',
      company: 'A teaching hospital.',
      answer: 'Long term I want to become a clinical nurse educator on the wards.',
    },
    {
      name: 'a possessive still names the target field',
      role: 'Primary teacher',
      company: 'A primary school.',
      answer: "Before teaching I worked as a chef; now my goal is to become the school's food and nutrition lead and run a cooking club.",
    },
    {
      name: 'a designer of courses for clinicians works in education, whatever the learners do',
      role: 'E-learning designer',
      company: 'Builds training courses for hospitals.',
      answer: 'In my first year I want to redesign the sepsis module so that more nurses finish it, and long term I want to lead a small team of learning designers.',
    },
    {
      name: 'a vehicle technician\'s diagnostics are not medicine',
      role: 'Vehicle technician',
      company: 'A dealer group servicing electric cars.',
      answer: 'Within three years I want to be the person the workshop calls for hybrid battery diagnostics.',
    },
  ],
  invalid: [
    {
      role: 'Lab technician',
      company: 'A pharmaceutical quality control laboratory.',
      answer: "Long term I see myself running a dog grooming business; I've done my grooming qualification and groom friends' dogs at weekends.",
    },
    { ...network, answer: 'Long term my dream is to open a bakery and bake sourdough for a living; I already do the baking for a local café at weekends.', found: ['Long term my dream is to open a bakery and bake sourdough for a living'] },
    { ...network, answer: 'In ten years I would like to be a professional musician. I play in two bands and I am recording my first album of music.' },
    {
      role: 'Payroll administrator',
      company: 'An accountancy firm with payroll and tax clients.',
      answer: 'Eventually I want to become a personal trainer and run my own gym, and I am already doing my fitness instructor course.',
    },
    {
      role: 'Graduate civil engineer',
      company: 'An engineering consultancy working on bridges and flood defences.',
      answer: 'My real goal is to work as a fashion designer, and I am building a fashion portfolio in the evenings.',
    },
    {
      role: 'IT support technician',
      company: 'A college IT department supporting students and staff.',
      answer: 'Over the next five years I want to become a commercial pilot; I am already taking flying lessons at weekends.',
    },
    { role: 'Customer service adviser', company: 'A broadband provider.', answer: "I'm hoping to become a professional dancer; I train every evening and I'm auditioning for a touring dance company." },
    { role: 'Claims handler', company: 'A motor insurer.', answer: 'Eventually I want to become a full-time novelist. I am two drafts into my first novel.' },
    {
      name: 'writing fiction is not marketing\'s neighbour',
      role: 'Content marketing executive',
      company: 'A marketing agency for software brands.',
      answer: 'What I really want is to become a novelist; I write fiction every evening and I am sending my manuscript out next spring.',
    },
    {
      name: 'selling houses is a different field from wiring them',
      role: 'Apprentice electrician',
      company: 'An electrical contractor.',
      answer: 'My long-term plan is to become an estate agent and run a lettings office of my own.',
    },
    {
      name: 'a business being built on the side',
      role: 'Delivery driver',
      company: 'A parcel courier.',
      answer: 'Growing my yoga teacher business is what drives me, and I hope to do it full time in a few years.',
    },
    {
      name: 'a field word before the career words of its sentence',
      role: 'Bus driver',
      company: 'A bus company running town routes.',
      answer: 'I am a stage magician at weekends, and my aim is to turn that into a full-time career one day.',
    },
    {
      name: 'the target\'s word is what is left behind, not the setting',
      role: 'Line cook',
      company: 'A busy hotel restaurant.',
      answer: 'In a few years I want to move out of kitchens altogether and become a games designer; I build levels every weekend.',
      found: ['move out of kitchens altogether and become a games designer'],
    },
    {
      name: 'a denied target word is no setting',
      role: 'Housing policy officer',
      company: 'A county council policy unit.',
      answer: "My real goal isn't in government at all: I want to become an air traffic controller within five years.",
    },
    {
      name: 'a neighbour of the company text is not a neighbour of the role',
      role: 'Warehouse picker',
      company: 'An online fashion retailer\'s fulfilment centre.',
      answer: 'Long term I want to become a barber; I have started a barbering course on Monday evenings.',
    },
    {
      name: 'furniture making named twice',
      role: 'Hospital pharmacist',
      company: 'An NHS trust.',
      answer: 'In ten years I would like to be making furniture to commission. I have taken a woodwork course and I sell a few chairs.',
    },
    { role: 'Lab analyst', company: 'A water testing laboratory.', answer: 'My long-term goal is to become a park ranger; I volunteer with the countryside team every month.' },
    { role: 'Accounts assistant', company: 'A firm of accountants.', answer: 'My real goal is to qualify as a psychotherapist, and I have started a foundation course in counselling.' },
  ],
});
