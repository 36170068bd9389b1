/** Prompts that help a person find their goals before writing them down (DOMAIN.md §3). */
import type { ReflectionPrompt } from './types.js';

/** Ids are stable: the server stores answers under them. */
export const REFLECTION_PROMPTS: ReflectionPrompt[] = [
  {
    id: 'strengths',
    text: 'What are you good at?',
    hint: 'Think of work colleagues bring to you, or tasks you finish faster than others. Name two or three, with an example each.',
  },
  {
    id: 'want-to-master',
    text: 'What would you like to become good at?',
    hint: 'Pick something you admire in a colleague or keep putting off because it is hard. That gap is often your next goal.',
  },
  {
    id: 'enjoy-most',
    text: 'What do you enjoy most in the job you have now?',
    hint: 'Look at the last month: which tasks gave you energy rather than draining it? The pattern points to where you want more.',
  },
  {
    id: 'proudest',
    text: 'Which work accomplishment are you proudest of?',
    hint: 'Say what you did yourself, what changed because of it, and how you could tell. The skills it took are worth building on.',
  },
  {
    id: 'appealing-roles',
    text: 'Which other roles or projects draw you, and why?',
    hint: 'Name real ones: a team you would like to join, a project you followed from a distance. The "why" matters more than the title.',
  },
  {
    id: 'opportunities',
    text: 'Which opportunities do you want in the next few years?',
    hint: 'Leading people, owning a product area, working with customers, moving into a new field: which would you say yes to tomorrow?',
  },
  {
    id: 'skills-to-gain',
    text: 'Which skills do you want to gain over the coming years?',
    hint: 'Be concrete: "run a budget", "write production SQL", "present to executives". Each one can become a short-term goal with a course or project behind it.',
  },
];
