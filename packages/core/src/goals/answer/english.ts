/** Small pieces of English grammar the answer builder needs to make user text fit a sentence. */

export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "a, b and c": a list as it is said. */
export function listOf(items: string[], conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** Letters that, said as letters, start with a vowel sound: "an SQL course", "an MBA". */
const VOWEL_SOUND_LETTERS = new Set(['A', 'E', 'F', 'H', 'I', 'L', 'M', 'N', 'O', 'R', 'S', 'X']);
const CONSONANT_SOUND_WORDS = /^(uni|use|usu|user|euro|one|once)/i;
const SILENT_H_WORDS = /^(hour|honest|honou?r|heir)/i;

/** "a" or "an" before a word, by how it is said. */
export function article(word: string): 'a' | 'an' {
  const first = word.trim().split(/\s+/)[0] ?? '';
  if (!first) return 'a';
  if (/^[A-Z]{2,}/.test(first)) return VOWEL_SOUND_LETTERS.has(first[0]!) ? 'an' : 'a';
  if (SILENT_H_WORDS.test(first)) return 'an';
  if (CONSONANT_SOUND_WORDS.test(first)) return 'a';
  return /^[aeiou]/i.test(first) ? 'an' : 'a';
}

/** Cut long user text at a natural break so one goal cannot swallow the answer. */
export function clip(text: string, maxWords: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length <= maxWords) return text.trim();
  const head = words.slice(0, maxWords);
  // Prefer to stop at the last comma or "and" that keeps at least half the words.
  for (let i = head.length - 1; i >= Math.floor(maxWords / 2); i--) {
    if (head[i]!.endsWith(',')) return head.slice(0, i + 1).join(' ').replace(/,$/, '');
    if (head[i] === 'and' || head[i] === 'or') return head.slice(0, i).join(' ');
  }
  return head.join(' ').replace(/[,;:]$/, '');
}

/** The -ing form of a verb: lead → leading, become → becoming, get → getting, lie → lying. */
export function gerund(verb: string): string {
  const v = verb.toLowerCase();
  if (v === 'be') return 'being';
  if (v.endsWith('ing') && v.length > 4) return verb;
  if (v.endsWith('ie')) return `${verb.slice(0, -2)}ying`;
  if (v.endsWith('e') && !v.endsWith('ee') && !v.endsWith('ye') && v.length > 2) return `${verb.slice(0, -1)}ing`;
  // One syllable ending consonant-vowel-consonant doubles its last letter: get → getting, plan → planning.
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(v) || DOUBLING.has(v)) return `${verb}${verb.slice(-1)}ing`;
  return `${verb}ing`;
}
const DOUBLING = new Set(['begin', 'commit', 'admit', 'control', 'refer', 'transfer', 'submit', 'equip', 'permit', 'prefer', 'upset', 'forget']);
