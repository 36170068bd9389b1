import type { Finding, Rule } from './rule.js';
import { fieldAims } from '../analysis/fields.js';
import { clauseSpan, isNegated } from '../text/helpers.js';

export const irrelevant: Rule = {
  id: 'irrelevant',
  meta: {
    description: 'A goal in a field unrelated to the role and company (a bakery dream for a network engineer).',
    severity: 'serious',
    docs:
      'The role and company text give the target\'s fields (data/fields.yml). A field word that is the object of an aim ("I\'d like to become…", "my long-term dream is…", ' +
      '"running my own…", "the job I\'m aiming for…", "the path that interests me…", "retraining as…", "earn my living…", "establish myself as…") ' +
      'and lies in a field neither the target\'s nor next to it (data/field-kinship.yml) is flagged, when the field is described (twice or more) or named as the role wanted. ' +
      'School teaching ("a primary school teacher") is next to care and public service only, not to health or HR, whose own teaching (clinical education, training) is what makes education their neighbour. ' +
      'A field word that is what an aim "is" names the aim itself ("the real plan for ten years is football", "what I\'m really working toward is stand-up comedy"), ' +
      'unless its subject follows it ("the plan is a PhD in maritime history") or the aim is told from the past ("the dream was acting"). ' +
      'A pursuit taken up again ("get back into rowing") names no new line of work, a portion of something else ("the food safety part of the portfolio") is no career, ' +
      'and a role word in a list opened by "by" and a gerund is how an aim is reached, not the aim ("double the volunteers by running a radio campaign", "cover my fees by working as a tutor"). ' +
      'A sentence that turns a pursuit into a career ("…turn that into my full-time career", "what I do for a living") counts as an aim for every field word in it. ' +
      'Kinship is judged against the role\'s own field; the company\'s fields count as themselves, not through their neighbours (a role title of no field, "Customer service adviser", takes the fields the company text names most: "billing" at an energy supplier brings no neighbours). ' +
      'A lecturer or professor with no subject of its own ("a lecturer and researcher", not "a professor of history") teaches the target\'s field named in the sentence before, and is left to misaligned. ' +
      'A field word in a sentence that also names the target\'s field is a specialism ("a patent attorney specialising in medical devices"), unless the target\'s word is denied or left ("isn\'t in the council", "out of kitchens"); ' +
      'a sector named only as the employer of one\'s own work ("working for a Formula One team" for an engineer, with no other line of work in the sentence: misaligned\'s), ' +
      'a past field ("I used to be a chef", "I was a nurse"), half of a compound with a target word ("medical sales"), this company\'s own people ("your developers"), a word the company text itself uses for its work or clients (in either number, "properties" for a hotel group, or as half of a hyphenated word), unless a role word leads straight to it ("the developer work" for a landscaper building for housing developers), an idiom of belonging ("become part of the furniture"), a grade ("band 6") and the employer of a neighbouring role ("PR for a charity") are not flagged, and neither are career changers whose new field is this role.',
  },
  check(doc, context) {
    return fieldAims(doc, context.fields)
      .filter((a) => !a.compound && !a.kin && !a.withTarget && (a.described || a.role) && !isNegated(doc, a.hit.first, 4))
      .map((a): Finding => ({
        ...clauseSpan(doc, a.hit.first, a.hit.last, 8),
        message: 'This goal lies in a different field from the job. The interviewer will wonder how long you would stay and how much of you the job would get.',
        suggestion:
          'Keep unrelated ambitions out of this answer. If you are changing careers into this field, say so, and show how your earlier field helps you here.',
      }));
  },
};
