import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, ShortText } from './common';

export const LedgerKind = z.enum(['deposit', 'withdrawal']);
export type LedgerKind = z.infer<typeof LedgerKind>;

/** A goodwill category (editable by the user). */
export const GoodwillCategory = z.object({
  id: Id,
  name: ShortText.min(1),
  kind: LedgerKind,
  archived: z.boolean().default(false),
});
export type GoodwillCategory = z.infer<typeof GoodwillCategory>;

/** One line of a leader's goodwill ledger. */
export const LedgerEntry = z.object({
  id: Id,
  leaderId: Id,
  date: IsoDate,
  kind: LedgerKind,
  points: z.number().int().min(1).max(5),
  categoryId: Id,
  note: ShortText.default(''),
  meetingId: Id.nullable().default(null),
  journalEntryId: Id.nullable().default(null),
  /** Set when the entry records a missed commitment (proposed by the app). */
  actionItemId: Id.nullable().default(null),
  createdAt: IsoDateTime,
});
export type LedgerEntry = z.infer<typeof LedgerEntry>;
