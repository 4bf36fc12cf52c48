import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, ShortText } from './common';

export const LedgerKind = z.enum(['deposit', 'withdrawal']);
export type LedgerKind = z.infer<typeof LedgerKind>;

/** Labels of the two kinds of ledger line, in the product's words. */
export const LEDGER_KIND_LABELS: Record<LedgerKind, string> = {
  deposit: 'Deposit',
  withdrawal: 'Withdrawal',
};

/** Points a single deposit or withdrawal weighs: 1 (a small thing) to 5 (a big one). */
export const LedgerPoints = z
  .number()
  .int()
  .min(1, 'Points go from 1 to 5')
  .max(5, 'Points go from 1 to 5');

/** A goodwill category (editable by the user). */
export const GoodwillCategory = z.object({
  id: Id,
  name: ShortText.min(1, 'A category needs a name'),
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
  points: LedgerPoints,
  categoryId: Id,
  note: ShortText.default(''),
  meetingId: Id.nullable().default(null),
  journalEntryId: Id.nullable().default(null),
  /** Set when the entry records a missed commitment (proposed by the app). */
  actionItemId: Id.nullable().default(null),
  createdAt: IsoDateTime,
  /** Set when the line was changed after it was written. */
  updatedAt: IsoDateTime.nullable().default(null),
});
export type LedgerEntry = z.infer<typeof LedgerEntry>;

/** What the user fills in to add a deposit or a withdrawal. */
export const LedgerDraft = z.object({
  leaderId: Id,
  date: IsoDate,
  kind: LedgerKind,
  points: LedgerPoints,
  categoryId: Id,
  note: ShortText.default(''),
  meetingId: Id.nullable().default(null),
  journalEntryId: Id.nullable().default(null),
});
export type LedgerDraft = z.input<typeof LedgerDraft>;

/** The fields of a ledger line the user changes; only those given are changed. */
export const LedgerPatch = z
  .object({
    leaderId: Id,
    date: IsoDate,
    kind: LedgerKind,
    points: LedgerPoints,
    categoryId: Id,
    note: ShortText,
    meetingId: Id.nullable(),
    journalEntryId: Id.nullable(),
  })
  .partial();
export type LedgerPatch = z.infer<typeof LedgerPatch>;

/** A ledger line as the ledger shows it: with the leader's balance right after it. */
export const LedgerLine = LedgerEntry.extend({
  /** The points with their sign: positive for a deposit, negative for a withdrawal. */
  signed: z.number().int(),
  /** The leader's running balance once this line is counted. */
  balanceAfter: z.number().int(),
});
export type LedgerLine = z.infer<typeof LedgerLine>;

/** The goodwill standing with one leader. */
export const LeaderBalance = z.object({
  leaderId: Id,
  leaderName: z.string(),
  /** Deposits minus withdrawals, all time. */
  balance: z.number().int(),
  /** Points deposited, all time. */
  deposits: z.number().int(),
  /** Points withdrawn, all time. */
  withdrawals: z.number().int(),
  entries: z.number().int(),
  lastDate: IsoDate.nullable(),
  /** Net points over the recent window (see `GOODWILL_RECENT_DAYS`). */
  recent: z.number().int(),
  /** True when an ask now would draw on an account that is too thin. */
  low: z.boolean(),
});
export type LeaderBalance = z.infer<typeof LeaderBalance>;

/** One point of a balance-over-time chart: the balance at the end of `date`. */
export const BalancePoint = z.object({
  date: IsoDate,
  balance: z.number().int(),
  /** True where ledger lines fall on this point (a day, or a month in the all-time view). */
  moved: z.boolean().optional(),
});
export type BalancePoint = z.infer<typeof BalancePoint>;

/** How far back a balance chart reaches: the last twelve months line by line, or all time month by month. */
export const BalanceSpan = z.enum(['year', 'all']);
export type BalanceSpan = z.infer<typeof BalanceSpan>;

/** A withdrawal the app proposes because an action item the user owns went overdue. */
export const WithdrawalProposal = z.object({
  actionItemId: Id,
  leaderId: Id,
  leaderName: z.string(),
  /** The action item's text. */
  text: z.string(),
  due: IsoDate,
  daysOverdue: z.number().int().min(1),
  /** Suggested weight: grows with how late the item is. */
  points: LedgerPoints,
  categoryId: Id,
  /** The date the withdrawal would carry: the day the item went overdue. */
  date: IsoDate,
});
export type WithdrawalProposal = z.infer<typeof WithdrawalProposal>;

/** The answer to "is now a good time to ask?" for one leader. */
export const StandingCheck = z.object({
  leaderId: Id,
  /** False when no line was ever recorded with this leader: nothing to judge by. */
  hasLedger: z.boolean(),
  balance: z.number().int(),
  recent: z.number().int(),
  low: z.boolean(),
  /** One sentence saying why, ready to show. */
  message: z.string(),
});
export type StandingCheck = z.infer<typeof StandingCheck>;

/** Days that count as "recent" for the low-balance warning. */
export const GOODWILL_RECENT_DAYS = 60;
