import { z } from 'zod';
import { JournalEntry } from '../../../../shared/domain/journal';
import type { ShardDef } from '../../vault/store';

/** One year of journal entries. */
export const JournalShardData = z.object({ entries: z.array(JournalEntry).default([]) });
export type JournalShardData = z.infer<typeof JournalShardData>;

/**
 * Journal entries are stored one shard per year (part = `YYYY`), so saving an entry
 * rewrites only its year and the cost of an autosave does not grow with the years.
 */
export const journalShard: ShardDef<JournalShardData> = {
  kind: 'journal',
  version: 1,
  schema: JournalShardData,
  init: () => ({ entries: [] }),
};

/** The shard part an entry of this date lives in. */
export function yearOf(date: string): string {
  return date.slice(0, 4);
}
