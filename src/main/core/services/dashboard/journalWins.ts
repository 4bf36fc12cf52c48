import { WIN_TAG, type JournalSummary } from '../../../../shared/domain/journal';
import type { JournalFilter } from '../../../../shared/ipc/areas/journal';
import type { JournalWin } from './dashboardDeps';

/** Reads wins through the journal's public list: entries tagged as a win, by date range. */
export function journalWins(journal: { list(filter?: JournalFilter): Promise<JournalSummary[]> }) {
  return async ({ from, to }: { from: string; to: string }): Promise<JournalWin[]> =>
    (await journal.list({ tag: WIN_TAG, from, to })).map((e) => ({
      id: e.id,
      date: e.date,
      title: e.title,
      leaderId: e.leaderId,
    }));
}
