import { z } from 'zod';
import { GoodwillCategory, LedgerEntry } from '../../../../shared/domain/goodwill';
import type { ShardDef } from '../../vault/store';
import { DEFAULT_CATEGORIES } from './defaultCategories';

/** One year of ledger lines. `revision` grows with every change, so the summary can tell when it is behind. */
export const LedgerYearData = z.object({
  revision: z.number().int().min(0).default(0),
  entries: z.array(LedgerEntry).default([]),
});
export type LedgerYearData = z.infer<typeof LedgerYearData>;

/** Ledger lines, one shard per year of their date, so adding a line rewrites one year only. */
export const ledgerShard: ShardDef<LedgerYearData> = {
  kind: 'ledger',
  version: 1,
  schema: LedgerYearData,
  init: () => ({ revision: 0, entries: [] }),
  // Both computers' lines merge; the counter moves past both so the summary recounts.
  sync: { counters: ['revision'] },
};

/** What one year holds for one leader: points in and out, lines, and the net of each month. */
export const LeaderYearTotals = z.object({
  deposits: z.number().int().default(0),
  withdrawals: z.number().int().default(0),
  count: z.number().int().default(0),
  /** Net points by month of the year (`01`…`12`). */
  months: z.record(z.string(), z.number().int()).default({}),
  lastDate: z.string().nullable().default(null),
});
export type LeaderYearTotals = z.infer<typeof LeaderYearTotals>;

/** The totals of one ledger year, as of the ledger shard's `revision`. */
export const YearTotals = z.object({
  revision: z.number().int().min(0),
  leaders: z.record(z.string(), LeaderYearTotals).default({}),
});
export type YearTotals = z.infer<typeof YearTotals>;

/** What became of a proposed withdrawal. */
export const ProposalOutcome = z.enum(['accepted', 'dismissed']);

/**
 * The small goodwill shard, loaded at unlock: categories, what became of each proposal,
 * and per-year totals so balances and trends never need ten years of lines.
 */
export const GoodwillData = z.object({
  categories: z.array(GoodwillCategory).default([]),
  /** By action item id. */
  proposals: z.record(z.string(), ProposalOutcome).default({}),
  /** By year (`YYYY`). */
  years: z.record(z.string(), YearTotals).default({}),
});
export type GoodwillData = z.infer<typeof GoodwillData>;

/** Shard definition of the goodwill summary. */
export const goodwillShard: ShardDef<GoodwillData> = {
  kind: 'goodwill',
  version: 1,
  schema: GoodwillData,
  init: () => ({ categories: DEFAULT_CATEGORIES.map((c) => ({ ...c })), proposals: {}, years: {} }),
  // Year totals are recounted from the ledger whenever they are behind: never a conflict.
  sync: { auto: ['years'] },
};

/** The shard part a line of this date lives in. */
export function ledgerYear(date: string): string {
  return date.slice(0, 4);
}
