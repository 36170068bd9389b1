/** Every rule, one per red flag of DOMAIN.md §5. */
import type { Rule } from './rule.js';
import { noGoals } from './no-goals.js';
import { moneyFocus } from './money-focus.js';
import { irrelevant } from './irrelevant.js';
import { misaligned } from './misaligned.js';
import { leavingSoon } from './leaving-soon.js';
import { tooSpecific } from './too-specific.js';
import { unprofessional } from './unprofessional.js';
import { cliche } from './cliche.js';
import { unrealistic } from './unrealistic.js';
import { unclear } from './unclear.js';
import { selfFocused } from './self-focused.js';
import { wantsInterviewerJob } from './wants-interviewer-job.js';
import { noShortTerm } from './no-short-term.js';
import { noLongTerm } from './no-long-term.js';
import { noPlan } from './no-plan.js';
import { rambling } from './rambling.js';
import { evasive } from './evasive.js';
import { blamesOthers } from './blames-others.js';

export const RULES: readonly Rule[] = [
  noGoals,
  moneyFocus,
  irrelevant,
  misaligned,
  leavingSoon,
  tooSpecific,
  unprofessional,
  cliche,
  unrealistic,
  unclear,
  selfFocused,
  wantsInterviewerJob,
  noShortTerm,
  noLongTerm,
  noPlan,
  rambling,
  evasive,
  blamesOthers,
];
