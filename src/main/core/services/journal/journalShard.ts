import { z } from 'zod';
import { JournalEntry } from '../../../../shared/domain/journal';
import type { ShardDef } from '../../vault/store';

/** One period of journal entries (a month; a whole year in vaults written before monthly parts). */
export const JournalShardData = z.object({ entries: z.array(JournalEntry).default([]) });
export type JournalShardData = z.infer<typeof JournalShardData>;

/**
 * Journal entries are stored one shard per month (part = `YYYY-MM`), so saving an entry
 * rewrites only its month and the cost of an autosave does not grow with the years.
 * Older vaults hold one shard per year (part = `YYYY`); those are still read, and an
 * entry leaves its year shard for its month shard the next time it is saved.
 */
export const journalShard: ShardDef<JournalShardData> = {
  kind: 'journal',
  version: 1,
  schema: JournalShardData,
  init: () => ({ entries: [] }),
};

/** The shard part an entry of this date is written to. */
export function periodOf(date: string): string {
  return date.slice(0, 7);
}

/** True for a whole-year part (`YYYY`) written before the journal was split by month. */
export function isYearPart(part: string): boolean {
  return part.length === 4;
}

/** The first day a part covers (`YYYY-MM-DD`). */
export function periodStart(part: string): string {
  return isYearPart(part) ? `${part}-01-01` : `${part}-01`;
}

/** A day no earlier than the last day a part covers, and still within it for comparisons. */
export function periodEnd(part: string): string {
  return isYearPart(part) ? `${part}-12-31` : `${part}-31`;
}

/** True when a part may hold entries dated within `from`…`to` (either end optional). */
export function periodOverlaps(part: string, from?: string, to?: string): boolean {
  if (to && periodStart(part) > to) return false;
  if (from && periodEnd(part) < from) return false;
  return true;
}

/**
 * Parts oldest first by the last month they cover; a year part comes right after its
 * December, so that, read newest first, it is read before any month of its own year.
 */
export function sortParts(parts: readonly string[]): string[] {
  const key = (p: string): string => (isYearPart(p) ? `${p}-12~` : p);
  return [...parts].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
