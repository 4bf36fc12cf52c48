import { api } from '../lib/api';
import type { MentionItem, MentionSource } from './extensions/richMention/richMention';

/** Folds text for matching: lower case, no accents. */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Keeps the items whose label has a word starting with the query (or contains it), best first. */
export function matchMentions(items: MentionItem[], query: string): MentionItem[] {
  const q = fold(query.trim());
  if (!q) return items;
  const starts = items.filter(
    (i) =>
      fold(i.label)
        .split(/\s+/)
        .some((w) => w.startsWith(q)) || fold(i.label).startsWith(q),
  );
  const contains = items.filter((i) => !starts.includes(i) && fold(i.label).includes(q));
  return [...starts, ...contains];
}

/** Mentions of leaders (active ones). */
export const leaderMentions: MentionSource = async (query) => {
  const leaders = await api.leaders.list({ includeArchived: false });
  return matchMentions(
    leaders.map((l) => ({ id: l.id, label: l.name, kind: 'leader' as const })),
    query,
  );
};

/**
 * What every editor of the app can mention: leaders, and meetings once the 1:1s
 * offer a source (add it to `sources`).
 */
const sources: MentionSource[] = [leaderMentions];

/** The app-wide mention source: every source's matches, leaders first. */
export const appMentions: MentionSource = async (query) => {
  const lists = await Promise.all(sources.map((s) => s(query).catch(() => [])));
  return lists.flat();
};
