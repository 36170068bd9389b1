/** ISO dates (YYYY-MM-DD) as goals store them. Today always comes from the caller: the core reads no clock. */

export interface IsoDate {
  year: number;
  month: number;
  day: number;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A valid YYYY-MM-DD date, or null. */
export function parseIsoDate(value: unknown): IsoDate | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return null;
  return { year, month, day };
}

/** Whole months from `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  return (to.year - from.year) * 12 + (to.month - from.month) + (to.day < from.day ? -1 : 0);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatDate(date: IsoDate): string {
  return `${date.day} ${MONTHS[date.month - 1]} ${date.year}`;
}

/** A span of months in words, as people say it: "six months", "a year", "18 months", "three years". */
export function spanInWords(months: number): string {
  const n = Math.max(1, Math.round(months));
  if (n % 12 === 0) return n === 12 ? 'a year' : `${numberWord(n / 12)} years`;
  if (n > 24 && n % 6 === 0) return `${numberWord(Math.floor(n / 12))} and a half years`;
  if (n > 24) return `${numberWord(Math.round(n / 12))} years`;
  return n === 1 ? 'a month' : `${numberWord(n)} months`;
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

export function numberWord(n: number): string {
  return WORDS[n] ?? String(n);
}
