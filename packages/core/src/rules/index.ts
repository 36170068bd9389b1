/** Every rule, one per red flag of DOMAIN.md §5. */
import type { Rule } from './rule.js';
import { wantsInterviewerJob } from './wants-interviewer-job.js';

export const RULES: readonly Rule[] = [wantsInterviewerJob];
