import { z } from 'zod';
import { channel } from '../channel';
import { ById, Id, ShortText } from '../../domain/common';
import {
  BalancePoint,
  BalanceSpan,
  GoodwillCategory,
  LeaderBalance,
  LedgerDraft,
  LedgerEntry,
  LedgerKind,
  LedgerLine,
  LedgerPatch,
  LedgerPoints,
  StandingCheck,
  WithdrawalProposal,
} from '../../domain/goodwill';

/** A year of the ledger, `YYYY`. */
export const LedgerYear = z.string().regex(/^\d{4}$/, 'Expected a year as YYYY');

/** One year of ledger lines, newest first, with the years that hold lines. */
export const LedgerPage = z.object({
  /** The year shown; null when the ledger is empty. */
  year: LedgerYear.nullable(),
  /** Years with at least one line (for this leader when one is chosen), newest first. */
  years: z.array(LedgerYear),
  lines: z.array(LedgerLine),
});
export type LedgerPage = z.infer<typeof LedgerPage>;

/** Channels of the goodwill area: the ledger, its categories, balances, proposals and the check before an ask. */
export const goodwillContract = {
  /** One year of the ledger (the latest by default), for one leader or all of them, with running balances. */
  list: channel(
    z.object({ leaderId: Id.optional(), year: LedgerYear.optional() }).default({}),
    LedgerPage,
  ),
  add: channel(LedgerDraft, LedgerEntry),
  update: channel(ById.extend({ patch: LedgerPatch }), LedgerEntry),
  delete: channel(ById, z.null()),

  /** Every category, archived ones included (the editor shows them; pickers hide them). */
  categories: channel(z.undefined(), z.array(GoodwillCategory)),
  createCategory: channel(
    z.object({ name: ShortText.min(1, 'A category needs a name'), kind: LedgerKind }),
    GoodwillCategory,
  ),
  renameCategory: channel(
    z.object({ id: Id, name: ShortText.min(1, 'A category needs a name') }),
    GoodwillCategory,
  ),
  /** Archives (hides from pickers) or restores a category; lines that use it keep it. */
  archiveCategory: channel(z.object({ id: Id, archived: z.boolean() }), GoodwillCategory),

  /** The standing with every current leader (and any archived one that has a ledger). */
  balances: channel(z.undefined(), z.array(LeaderBalance)),
  /** A leader's balance over time, for the chart and its table. */
  series: channel(
    z.object({ leaderId: Id, span: BalanceSpan.default('year') }),
    z.object({ points: z.array(BalancePoint) }),
  ),

  /** Withdrawals proposed for action items you own that went overdue, most overdue first. */
  proposals: channel(
    z.object({ leaderId: Id.optional() }).default({}),
    z.array(WithdrawalProposal),
  ),
  /** Records the proposed withdrawal (optionally with other points). */
  acceptProposal: channel(
    z.object({ actionItemId: Id, points: LedgerPoints.optional() }),
    LedgerEntry,
  ),
  /** Says no to a proposal; it is not offered again. */
  dismissProposal: channel(z.object({ actionItemId: Id }), z.null()),

  /** Whether the account with a leader can take an ask right now. */
  checkBeforeAsk: channel(z.object({ leaderId: Id }), StandingCheck),
};
