/** A goal's timeframe as a phrase that can follow its statement: "12 months" → "within 12 months", "2027" → "by 2027". */

/** Words that already make a timeframe a phrase of its own. */
const LEADING = new Set([
  'in', 'within', 'by', 'over', 'before', 'after', 'during', 'until', 'till', 'inside', 'from', 'around', 'about', 'roughly',
  'next', 'this', 'sometime', 'no', 'at', 'for', 'between', 'once', 'when', 'as',
]);
const COUNT = /^(\d+(\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|a few|a couple of)\s+(\S+\s+)?(weeks?|months?|years?|quarters?)\b/i;

export function timeframePhrase(timeframe: string): string {
  const text = timeframe.trim().replace(/[.;,]+$/, '');
  if (!text) return '';
  const first = text.split(/\s+/)[0]!.toLowerCase();
  if (LEADING.has(first)) return text.charAt(0).toLowerCase() + text.slice(1);
  if (COUNT.test(text)) return `within ${text}`;
  // A date, a year, a quarter, "end of 2026", "Q3": a deadline.
  return `by ${text}`;
}
