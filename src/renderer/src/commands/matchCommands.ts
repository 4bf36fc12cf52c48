import type { Command } from './types';

/** Lower case, accents removed: how command words and typed words are compared. */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const words = (s: string): string[] => fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];

/** True when `a` and `b` differ by at most one letter changed, added, removed or swapped. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length || i === b.length) return true;
  const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  return (
    swapped ||
    a.slice(i + 1) === b.slice(i + 1) ||
    a.slice(i) === b.slice(i + 1) ||
    a.slice(i + 1) === b.slice(i)
  );
}

/** How well one typed word fits a command's words: 2 a prefix, 1 a near miss, 0 none. */
function wordFit(typed: string, own: readonly string[]): number {
  if (own.some((w) => w.startsWith(typed))) return 2;
  if (typed.length >= 5 && own.some((w) => withinOneEdit(typed, w.slice(0, typed.length))))
    return 1;
  if (typed.length >= 5 && own.some((w) => withinOneEdit(typed, w))) return 1;
  return 0;
}

/**
 * The commands whose words the query's words start (a typo allowed in words of five
 * letters or more), best first: every typed word must fit, so a name such as "Dana"
 * finds no command rather than two dozen unrelated ones.
 */
export function matchCommands(commands: readonly Command[], query: string): Command[] {
  const typed = words(query);
  if (!typed.length) return [...commands];
  const scored: { c: Command; score: number; i: number }[] = [];
  commands.forEach((c, i) => {
    const title = words(c.title);
    const own = [...title, ...words(c.group), ...(c.keywords ?? []).flatMap(words)];
    let score = 0;
    for (const t of typed) {
      const inTitle = wordFit(t, title);
      const fit = inTitle || wordFit(t, own);
      if (!fit) return;
      score += fit + (inTitle ? 1 : 0);
    }
    if (fold(c.title).startsWith(fold(query.trim()))) score += 10;
    scored.push({ c, score, i });
  });
  return scored.sort((a, b) => b.score - a.score || a.i - b.i).map((s) => s.c);
}
