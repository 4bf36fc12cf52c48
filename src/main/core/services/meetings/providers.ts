import { WIN_TAG } from '../../../../shared/domain/journal';
import type { JournalService } from '../journal/journalService';
import type { LeadersService } from '../leaders/leadersService';
import type { LeaderDirectory } from './env';
import type { WinsProvider } from './prep/types';

/** What the meetings service reads of leaders: names, and the goals listed on each profile. */
export function leaderDirectoryFrom(
  leaders: Pick<LeadersService, 'names' | 'get'>,
): LeaderDirectory {
  return {
    names: () => leaders.names(),
    async goals(leaderId) {
      try {
        return (await leaders.get(leaderId)).lists.vision.map((g) => ({ id: g.id, text: g.text }));
      } catch {
        // A leader removed by a restored backup simply has no goals to align with.
        return [];
      }
    },
  };
}

/** Wins for the prep assistant: journal entries tagged `win`, about this leader or about no one in particular. */
export function winsFromJournal(journal: Pick<JournalService, 'list'>): WinsProvider {
  return async ({ leaderId, since, until }) =>
    (await journal.list({ tag: WIN_TAG, ...(since ? { from: since } : {}), to: until }))
      .filter((e) => e.leaderId === null || e.leaderId === leaderId)
      .map((e) => ({ id: e.id, date: e.date, title: e.title }));
}
