/** Which goals a target supports, through which of its words, and which of its themes no goal touches. */
import { tokenize } from '../text/tokenize.js';
import { contentTerms } from './terms.js';
import { asWritten, findThemes, typeThemes, themeLabel, type ThemeHit } from './themes.js';
import { goalList, goalText, str, targetText } from './text.js';
import type { Alignment, Goal, GoalAlignment, Target } from './types.js';

/** The most words reported per goal: enough to show the link, short enough to read. */
const MAX_MATCHES = 12;

export function alignGoals(goals: Goal[], target: Target | null | undefined): Alignment {
  const list = goalList(goals);
  const targetDoc = tokenize(targetText(target).slice(0, 50_000));
  const targetTerms = contentTerms(targetDoc);
  const targetThemes = findThemes(targetDoc);
  const themeStems = targetThemes.map((hit) => hit.words.flatMap((w) => contentTerms(tokenize(w)).map((t) => t.stem)));
  const touched = new Set<string>();

  const aligned = list.map((goal): GoalAlignment => {
    const goalDoc = tokenize(goalText(goal).slice(0, 20_000));
    const goalStems = new Set(contentTerms(goalDoc).map((t) => t.stem));
    const goalThemes = new Set([...findThemes(goalDoc).map((h) => h.theme), ...typeThemes(goal.type)]);
    const shared = targetTerms.filter((t) => goalStems.has(t.stem)).map((t) => asWritten(targetDoc, t.index, t.index + 1));
    const viaThemes: string[] = [];
    for (const [i, hit] of targetThemes.entries()) {
      const sharesWord = themeStems[i]!.some((s) => goalStems.has(s));
      if (goalThemes.has(hit.theme) || sharesWord) {
        touched.add(hit.theme);
        if (goalThemes.has(hit.theme)) viaThemes.push(...hit.words);
      }
    }
    const matches = tidy([...viaThemes, ...shared]).slice(0, MAX_MATCHES);
    return { goalId: typeof goal.id === 'string' ? goal.id : null, statement: str(goal.statement), supported: matches.length > 0, matches };
  });

  const untouched = targetThemes.filter((hit: ThemeHit) => !touched.has(hit.theme)).map((hit) => ({ theme: themeLabel(hit.theme), words: hit.words }));
  return { goals: aligned, untouched };
}

/** Drop repeats and single words that a longer phrase in the list already holds ("mentoring" beside "mentoring programme"). */
function tidy(words: string[]): string[] {
  const unique = [...new Map(words.map((w) => [w.toLowerCase(), w])).values()].slice(0, MAX_MATCHES * 3);
  return unique.filter((w) => !unique.some((other) => other !== w && ` ${other.toLowerCase()} `.includes(` ${w.toLowerCase()} `)));
}
