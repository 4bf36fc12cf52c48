import type {
  BalancePoint,
  BalanceSpan,
  LeaderBalance,
  LedgerEntry,
  StandingCheck,
  WithdrawalProposal,
} from '../../../../shared/domain/goodwill';
import type { LeaderSummary } from '../../../../shared/domain/leader';
import type { ActionFilter, ActionView } from '../../../../shared/ipc/areas/actions';
import type { GoodwillTrend } from '../../../../shared/ipc/areas/dashboard';
import type { z } from 'zod';
import { AppError } from '../../errors';
import type { Handlers } from '../../ipc/dispatch';
import type { ServiceContext } from '../context';
import { categoryHandlers } from './categoryOps';
import { createLedgerBook } from './ledgerBook';
import { ledgerHandlers } from './ledgerOps';
import {
  addDays,
  dailyBalances,
  firstMonth,
  leaderTotals,
  monthEnd,
  monthOf,
  monthlyBalances,
  signedPoints,
} from './ledgerMath';
import { assessStanding, LOW_BALANCE_RULE } from './lowBalance';
import { proposeWithdrawals } from './proposals';

/** What the goodwill bank reads from other features. */
export interface GoodwillDeps {
  leaders: { list(opts?: { includeArchived?: boolean }): Promise<LeaderSummary[]> };
  actions: { list(filter?: z.input<typeof ActionFilter>): Promise<ActionView[]> };
}

/** The goodwill bank: the `goodwill:*` channels, plus what the dashboard and the prep assistant read. */
export interface GoodwillService {
  handlers: Handlers['goodwill'];
  /** The standing with every current leader (and archived ones with a ledger). */
  balances(): Promise<LeaderBalance[]>;
  /** Balance and low flag with one leader; null when nothing was ever recorded with them (the prep assistant's provider). */
  balanceFor(leaderId: string): Promise<{ balance: number; low: boolean } | null>;
  /** Whether an ask now would draw on an account that is too thin, with the reason in words. */
  check(leaderId: string): Promise<StandingCheck>;
  /** Balance now and at the end of each of the last `months` months, per leader (all when `leaderId` is null). */
  trends(leaderId: string | null, months?: number): Promise<GoodwillTrend[]>;
  /** Deposits dated in [from, to], newest first. */
  depositsBetween(from: string, to: string, leaderId?: string | null): Promise<LedgerEntry[]>;
  /** Category names by id, archived ones included. */
  categoryNames(): Promise<Map<string, string>>;
  /** Resolves once the check of every ledger year after unlock has run (tests). */
  settled(): Promise<void>;
}

const maxDate = (a: string, b: string): string => (a > b ? a : b);

/** How long after unlock the ledger's years are checked, so the first screen is not slowed down. */
const CHECK_DELAY_MS = 3000;

/** Builds the goodwill bank on the vault: ledger lines per year, a small summary shard for totals. */
export function createGoodwillService(ctx: ServiceContext, deps: GoodwillDeps): GoodwillService {
  const book = createLedgerBook(() => ctx.store());
  const leaderMap = async (): Promise<Map<string, LeaderSummary>> =>
    new Map((await deps.leaders.list({ includeArchived: true })).map((l) => [l.id, l]));
  const ledger = ledgerHandlers(ctx, book, {
    leaderIds: async () => new Set((await leaderMap()).keys()),
  });

  let generation = 0;
  let timer: unknown = null;
  let checking: Promise<void> = Promise.resolve();
  ctx.onUnlock(() => {
    const gen = ++generation;
    timer = ctx.deps.timers.setTimeout(() => {
      timer = null;
      checking = book.checkAll(() => gen === generation).catch(() => undefined);
    }, CHECK_DELAY_MS);
  });
  ctx.onLock(() => {
    generation++;
    if (timer !== null) ctx.deps.timers.clearTimeout(timer);
    timer = null;
  });

  const recentFrom = (): string => addDays(ctx.today(), -(LOW_BALANCE_RULE.recentDays - 1));

  /** Net points per leader over the recent window. */
  async function recentNet(): Promise<Map<string, number>> {
    const net = new Map<string, number>();
    for (const e of await book.linesBetween(recentFrom(), ctx.today()))
      net.set(e.leaderId, (net.get(e.leaderId) ?? 0) + signedPoints(e));
    return net;
  }

  async function balances(): Promise<LeaderBalance[]> {
    const leaders = await leaderMap();
    const recent = await recentNet();
    const years = (await book.summary()).data.years;
    const out: LeaderBalance[] = [];
    for (const l of leaders.values()) {
      const t = leaderTotals(years, l.id);
      if (l.archived && t.count === 0) continue;
      const r = recent.get(l.id) ?? 0;
      const standing = assessStanding({
        leaderName: l.name,
        hasLedger: t.count > 0,
        balance: t.balance,
        recent: r,
      });
      out.push({
        leaderId: l.id,
        leaderName: l.name,
        balance: t.balance,
        deposits: t.deposits,
        withdrawals: t.withdrawals,
        entries: t.count,
        lastDate: t.lastDate,
        recent: r,
        low: standing.low,
      });
    }
    return out.sort((a, b) => a.leaderName.localeCompare(b.leaderName));
  }

  async function check(leaderId: string): Promise<StandingCheck> {
    const leader = (await leaderMap()).get(leaderId);
    if (!leader) throw new AppError('not-found', 'This leader no longer exists.');
    const t = leaderTotals((await book.summary()).data.years, leaderId);
    const recent = (await recentNet()).get(leaderId) ?? 0;
    return {
      leaderId,
      ...assessStanding({
        leaderName: leader.name,
        hasLedger: t.count > 0,
        balance: t.balance,
        recent,
      }),
    };
  }

  async function series(leaderId: string, span: BalanceSpan): Promise<BalancePoint[]> {
    const today = ctx.today();
    const years = (await book.summary()).data.years;
    if (span === 'all') {
      const first = firstMonth(years, leaderId);
      if (!first) return [];
      return monthlyBalances(years, leaderId, first, monthOf(today)).map((m) => ({
        date: m.month === monthOf(today) ? today : monthEnd(m.month),
        balance: m.balance,
        moved: m.moved,
      }));
    }
    const yearAgo = addDays(today, -364);
    const lines = (await book.linesBetween(yearAgo, today)).filter((e) => e.leaderId === leaderId);
    if (lines.length === 0 && leaderTotals(years, leaderId).count === 0) return [];
    const totals = leaderTotals(years, leaderId);
    const opening = totals.balance - lines.reduce((sum, e) => sum + signedPoints(e), 0);
    // A ledger younger than a year starts its line a week before its first entry, not on an empty year.
    const first = lines.reduce((min, e) => (e.date < min ? e.date : min), today);
    const from = totals.count === lines.length ? maxDate(yearAgo, addDays(first, -7)) : yearAgo;
    return dailyBalances(lines, opening, from, today);
  }

  async function proposals(leaderId?: string): Promise<WithdrawalProposal[]> {
    const leaders = await leaderMap();
    const overdue = await deps.actions.list({
      status: 'open',
      owner: 'me',
      overdue: true,
      leaderId,
    });
    const handled = (await book.summary()).data.proposals;
    return proposeWithdrawals(overdue, handled, ctx.today(), (id) => leaders.get(id)?.name);
  }

  async function acceptProposal(actionItemId: string, points?: number): Promise<LedgerEntry> {
    const p = (await proposals()).find((x) => x.actionItemId === actionItemId);
    if (!p)
      throw new AppError(
        'not-found',
        'This proposal is no longer open: the action item may have been completed, moved or already handled.',
      );
    const entry = await ledger.addEntry({
      id: ctx.newId(),
      leaderId: p.leaderId,
      date: p.date > ctx.today() ? ctx.today() : p.date,
      kind: 'withdrawal',
      points: points ?? p.points,
      categoryId: p.categoryId,
      note: `Missed: ${p.text}`.slice(0, 500),
      meetingId: null,
      journalEntryId: null,
      actionItemId,
      createdAt: ctx.nowIso(),
      updatedAt: null,
    });
    (await book.summary()).change((d) => {
      d.proposals[actionItemId] = 'accepted';
    });
    return entry;
  }

  async function trends(leaderId: string | null, months = 12): Promise<GoodwillTrend[]> {
    const today = ctx.today();
    const years = (await book.summary()).data.years;
    const chosen = (await balances()).filter((b) =>
      leaderId ? b.leaderId === leaderId : b.entries > 0,
    );
    return chosen.map((b) => ({
      leaderId: b.leaderId,
      leaderName: b.leaderName,
      balance: b.balance,
      recent: b.recent,
      low: b.low,
      months: monthlyBalances(years, b.leaderId, monthOf(today, -(months - 1)), monthOf(today)),
    }));
  }

  const handlers: Handlers['goodwill'] = {
    list: ledger.list,
    add: ledger.add,
    update: ledger.update,
    delete: ledger.delete,
    ...categoryHandlers(ctx, book),
    balances,
    series: async ({ leaderId, span }) => ({ points: await series(leaderId, span) }),
    proposals: ({ leaderId }) => proposals(leaderId),
    acceptProposal: ({ actionItemId, points }) => acceptProposal(actionItemId, points),
    dismissProposal: async ({ actionItemId }) => {
      (await book.summary()).change((d) => {
        d.proposals[actionItemId] = 'dismissed';
      });
      ctx.changed('goodwill');
      return null;
    },
    checkBeforeAsk: ({ leaderId }) => check(leaderId),
  };

  return {
    handlers,
    balances,
    check,
    trends,
    async balanceFor(leaderId) {
      const c = await check(leaderId).catch(() => null);
      return c && c.hasLedger ? { balance: c.balance, low: c.low } : null;
    },
    async depositsBetween(from, to, leaderId) {
      return (await book.linesBetween(from, to))
        .filter((e) => e.kind === 'deposit' && (!leaderId || e.leaderId === leaderId))
        .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
    },
    categoryNames: async () =>
      new Map((await book.summary()).data.categories.map((c) => [c.id, c.name])),
    settled: async () => {
      await checking;
    },
  };
}
