/**
 * What is within reach, per timeframe and experience level: the data behind the realism check.
 * docs/realism.md shows these tables; a test renders them and checks the doc holds the same,
 * so the docs and the code cannot drift apart.
 */
import type { ExperienceLevel } from '../types.js';

export type TitleLevel = 1 | 2 | 3 | 4 | 5 | 6;

export const TITLE_LEVEL_NAMES: Record<TitleLevel, string> = {
  1: 'senior or lead individual (team lead, senior analyst, supervisor)',
  2: 'manager (manager, store manager, a move into management)',
  3: 'senior manager or principal (senior manager, principal, staff engineer)',
  4: 'director or head of a function (director, head of engineering, running a whole office)',
  5: 'vice-president, partner, managing or finance director',
  6: 'the C-suite (CEO, CFO, chief officer, running the company, the board)',
};

/** The fewest months in which a title is within reach, from where the speaker stands now. */
export const TITLE_MIN_MONTHS: Record<TitleLevel, Record<ExperienceLevel, number>> = {
  1: { graduate: 24, early: 12, experienced: 0, senior: 0 },
  2: { graduate: 36, early: 18, experienced: 6, senior: 0 },
  3: { graduate: 60, early: 36, experienced: 12, senior: 0 },
  4: { graduate: 84, early: 60, experienced: 24, senior: 0 },
  5: { graduate: 120, early: 84, experienced: 36, senior: 12 },
  6: { graduate: 180, early: 144, experienced: 72, senior: 24 },
};

/**
 * Titles on a profession's own ladder, placed on the title levels above by the length of the route to them: a junior doctor
 * is about ten years from a consultant post (foundation, core and specialty training), a new lecturer about as far from a chair.
 * Judged like any other title, so the table above gives the fewest years from each level.
 */
export const DOMAIN_LADDERS: readonly { ladder: string; rungs: readonly { level: TitleLevel; titles: readonly string[] }[] }[] = [
  {
    ladder: 'medicine',
    rungs: [
      { level: 2, titles: ['specialty registrar', 'specialist registrar'] },
      {
        level: 5,
        titles: [
          'consultant cardiologist', 'consultant surgeon', 'consultant physician', 'consultant anaesthetist', 'consultant psychiatrist',
          'consultant radiologist', 'consultant paediatrician', 'consultant oncologist', 'consultant neurologist', 'consultant dermatologist',
          'consultant geriatrician', 'consultant haematologist', 'consultant obstetrician', 'consultant gynaecologist', 'consultant pathologist',
          'consultant histopathologist', 'consultant ophthalmologist', 'consultant gastroenterologist', 'consultant nephrologist',
          'consultant rheumatologist', 'consultant urologist', 'consultant orthopaedic surgeon', 'consultant in emergency medicine',
          'hospital consultant', 'medical consultant',
        ],
      },
    ],
  },
  {
    ladder: 'nursing, midwifery and the allied health professions',
    rungs: [
      { level: 3, titles: ['matron', 'advanced nurse practitioner', 'advanced clinical practitioner'] },
      {
        level: 4,
        titles: [
          'nurse consultant', 'consultant nurse', 'consultant midwife', 'midwife consultant', 'consultant physiotherapist',
          'consultant pharmacist', 'consultant radiographer', 'director of nursing', 'chief nurse',
        ],
      },
    ],
  },
  {
    ladder: 'universities',
    rungs: [
      { level: 1, titles: ['assistant professor'] },
      { level: 2, titles: ['senior lecturer'] },
      { level: 3, titles: ['associate professor'] },
      { level: 4, titles: ['professor', 'full professor', 'professorship', 'head of school'] },
      { level: 5, titles: ['dean', 'pro-vice-chancellor', 'pro vice-chancellor', 'deputy vice-chancellor'] },
      { level: 6, titles: ['vice-chancellor', 'vice chancellor', 'university president', 'president of the university'] },
    ],
  },
];

/** The largest growth (in percent) and reduction (in percent) a metric can plausibly see within a horizon. */
export interface ChangeLimit {
  withinMonths: number;
  maxIncreasePercent: number;
  maxReductionPercent: number;
}
export const CHANGE_LIMITS: readonly ChangeLimit[] = [
  { withinMonths: 1, maxIncreasePercent: 10, maxReductionPercent: 10 },
  { withinMonths: 3, maxIncreasePercent: 25, maxReductionPercent: 20 },
  { withinMonths: 6, maxIncreasePercent: 50, maxReductionPercent: 35 },
  { withinMonths: 12, maxIncreasePercent: 100, maxReductionPercent: 60 },
  { withinMonths: 24, maxIncreasePercent: 200, maxReductionPercent: 75 },
  { withinMonths: 60, maxIncreasePercent: 900, maxReductionPercent: 90 },
];

/** Revenue, fees or savings one person can plausibly bring in per month of the horizon. */
export const MONEY_PER_MONTH: Record<ExperienceLevel, number> = { graduate: 15_000, early: 30_000, experienced: 100_000, senior: 500_000 };

/** The yearly pay a person can plausibly reach within five years. */
export const ANNUAL_EARNINGS: Record<ExperienceLevel, number> = { graduate: 100_000, early: 150_000, experienced: 300_000, senior: 1_000_000 };

/** The largest team a person can plausibly lead within a horizon. */
export const TEAM_SIZE: readonly { withinMonths: number; max: Record<ExperienceLevel, number> }[] = [
  { withinMonths: 24, max: { graduate: 5, early: 10, experienced: 30, senior: 200 } },
  { withinMonths: 60, max: { graduate: 15, early: 30, experienced: 100, senior: 1_000 } },
];

/** Market-wide or field-wide outcomes ("market leader", "a household name", "master every area of law") are out of reach within this many months at any level. */
export const MARKET_CLAIM_MIN_MONTHS = 36;

/** Credentials with a minimum route: the fewest months to reach each from where the speaker stands. */
export const CREDENTIAL_MIN_MONTHS: readonly { name: string; phrases: readonly string[]; months: Record<ExperienceLevel, number> }[] = [
  { name: 'chartered status (engineer, surveyor, accountant)', phrases: ['chartered', 'chartership'], months: { graduate: 36, early: 12, experienced: 12, senior: 0 } },
  { name: 'a doctorate', phrases: ['phd', 'doctorate'], months: { graduate: 36, early: 36, experienced: 36, senior: 36 } },
  { name: 'partnership in a firm', phrases: ['partnership'], months: { graduate: 120, early: 96, experienced: 48, senior: 12 } },
];

/** Fluency in a language one does not speak yet: this many months per language, at any level. */
export const LANGUAGE_MONTHS = 12;

/** Absolute outcomes ("zero complaints", "win every tender", "a paper in Nature") are out of reach within this many months at any level. */
export const ABSOLUTE_CLAIM_MAX_MONTHS = 12;

/** Being the top performer ("the top negotiator company-wide") is out of reach within this many months of joining. */
export const TOP_CLAIM_MAX_MONTHS = 6;

export const LEVEL_LABELS: Record<ExperienceLevel, string> = { graduate: 'a graduate', early: 'someone early in their career', experienced: 'an experienced professional', senior: 'a senior professional' };

const years = (months: number) => (months === 0 ? 'now' : months % 12 === 0 ? `${months / 12} yr` : `${months} mo`);
const money = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}m` : `${n / 1_000}k`);
const LEVELS: ExperienceLevel[] = ['graduate', 'early', 'experienced', 'senior'];

/** The tables as markdown, exactly as docs/realism.md shows them. */
export function renderRealismTables(): string {
  const lines: string[] = [];
  lines.push('| title level | graduate | early career | experienced | senior |', '|---|---|---|---|---|');
  for (const level of [1, 2, 3, 4, 5, 6] as TitleLevel[]) {
    lines.push(`| ${level}. ${TITLE_LEVEL_NAMES[level]} | ${LEVELS.map((l) => years(TITLE_MIN_MONTHS[level][l])).join(' | ')} |`);
  }
  lines.push('', '| ladder | title | level |', '|---|---|---|');
  for (const l of DOMAIN_LADDERS) for (const r of l.rungs) lines.push(`| ${l.ladder} | ${r.titles.join(', ')} | ${r.level} |`);
  lines.push('', '| within | largest increase | largest reduction |', '|---|---|---|');
  for (const limit of CHANGE_LIMITS) lines.push(`| ${years(limit.withinMonths)} | +${limit.maxIncreasePercent}% | −${limit.maxReductionPercent}% |`);
  lines.push('| longer | no limit | no limit |');
  lines.push('', '| | graduate | early career | experienced | senior |', '|---|---|---|---|---|');
  lines.push(`| revenue, fees or savings per month | ${LEVELS.map((l) => money(MONEY_PER_MONTH[l])).join(' | ')} |`);
  lines.push(`| yearly pay within five years | ${LEVELS.map((l) => money(ANNUAL_EARNINGS[l])).join(' | ')} |`);
  for (const row of TEAM_SIZE) lines.push(`| team led within ${years(row.withinMonths)} | ${LEVELS.map((l) => String(row.max[l])).join(' | ')} |`);
  lines.push('', '| credential | graduate | early career | experienced | senior |', '|---|---|---|---|---|');
  for (const c of CREDENTIAL_MIN_MONTHS) lines.push(`| ${c.name} | ${LEVELS.map((l) => years(c.months[l])).join(' | ')} |`);
  lines.push(`| fluency in a new language, each | ${LEVELS.map(() => years(LANGUAGE_MONTHS)).join(' | ')} |`);
  lines.push('', '| outcome | out of reach, at any level, within |', '|---|---|');
  lines.push(`| absolute ("zero complaints", "win every tender", "a paper in Nature", "more than the whole team", "win an award") | ${years(ABSOLUTE_CLAIM_MAX_MONTHS)} |`);
  lines.push(`| top of the table ("the top negotiator", "top biller") | ${years(TOP_CLAIM_MAX_MONTHS)} |`);
  lines.push(`| market-wide or field-wide ("market leader", "a household name", "master every area of law") | ${years(MARKET_CLAIM_MIN_MONTHS)} |`);
  lines.push('| beyond any job ("cure Alzheimer\'s", "a promotion every year") | any time |');
  return lines.join('\n');
}
