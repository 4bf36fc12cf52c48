import type { BalancePoint, LedgerEntry, LedgerLine } from '../../../../shared/domain/goodwill';
import type { LeaderYearTotals, YearTotals } from './goodwillShard';

/** A line's points with their sign: deposits add, withdrawals take away. */
export function signedPoints(e: Pick<LedgerEntry, 'kind' | 'points'>): number {
  return e.kind === 'deposit' ? e.points : -e.points;
}

/** Ledger order: by date, then in the order the lines were written. */
export function byLedgerOrder(a: LedgerEntry, b: LedgerEntry): number {
  return (
    a.date.localeCompare(b.date) ||
    a.createdAt.localeCompare(b.createdAt) ||
    a.id.localeCompare(b.id)
  );
}

/** The calendar date `days` days after (or before, when negative) `date`. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

/** Sums one year's lines per leader. */
export function totalsOfYear(entries: readonly LedgerEntry[], revision: number): YearTotals {
  const leaders: Record<string, LeaderYearTotals> = {};
  for (const e of entries) {
    const t = (leaders[e.leaderId] ??= {
      deposits: 0,
      withdrawals: 0,
      count: 0,
      months: {},
      lastDate: null,
    });
    if (e.kind === 'deposit') t.deposits += e.points;
    else t.withdrawals += e.points;
    t.count += 1;
    const month = e.date.slice(5, 7);
    t.months[month] = (t.months[month] ?? 0) + signedPoints(e);
    if (!t.lastDate || e.date > t.lastDate) t.lastDate = e.date;
  }
  return { revision, leaders };
}

/** All-time totals of one leader, from the per-year totals (optionally only years before `beforeYear`). */
export function leaderTotals(
  years: Readonly<Record<string, YearTotals>>,
  leaderId: string,
  beforeYear?: string,
): {
  balance: number;
  deposits: number;
  withdrawals: number;
  count: number;
  lastDate: string | null;
} {
  let deposits = 0;
  let withdrawals = 0;
  let count = 0;
  let lastDate: string | null = null;
  for (const [year, totals] of Object.entries(years)) {
    if (beforeYear && year >= beforeYear) continue;
    const t = totals.leaders[leaderId];
    if (!t) continue;
    deposits += t.deposits;
    withdrawals += t.withdrawals;
    count += t.count;
    if (t.lastDate && (!lastDate || t.lastDate > lastDate)) lastDate = t.lastDate;
  }
  return { balance: deposits - withdrawals, deposits, withdrawals, count, lastDate };
}

/**
 * Lines with each leader's running balance, in ledger order. `opening` holds each
 * leader's balance before the first of these lines.
 */
export function withRunningBalance(
  entries: readonly LedgerEntry[],
  opening: (leaderId: string) => number,
): LedgerLine[] {
  const running = new Map<string, number>();
  return [...entries].sort(byLedgerOrder).map((e) => {
    const signed = signedPoints(e);
    const balanceAfter = (running.get(e.leaderId) ?? opening(e.leaderId)) + signed;
    running.set(e.leaderId, balanceAfter);
    return { ...e, signed, balanceAfter };
  });
}

/** `YYYY-MM` of the month `offset` months after the month of `date`. */
export function monthOf(date: string, offset = 0): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + offset;
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}`;
}

/** The last day of a `YYYY-MM` month. */
export function monthEnd(month: string): string {
  return addDays(`${monthOf(`${month}-01`, 1)}-01`, -1);
}

/** A leader's balance at the end of every month from `fromMonth` to `toMonth`, from the per-year totals. */
export function monthlyBalances(
  years: Readonly<Record<string, YearTotals>>,
  leaderId: string,
  fromMonth: string,
  toMonth: string,
): { month: string; balance: number; moved: boolean }[] {
  const net = new Map<string, number>();
  let before = 0;
  for (const [year, totals] of Object.entries(years)) {
    for (const [mm, points] of Object.entries(totals.leaders[leaderId]?.months ?? {})) {
      const month = `${year}-${mm}`;
      if (month < fromMonth) before += points;
      else net.set(month, (net.get(month) ?? 0) + points);
    }
  }
  const out: { month: string; balance: number; moved: boolean }[] = [];
  let balance = before;
  for (let month = fromMonth; month <= toMonth; month = monthOf(`${month}-01`, 1)) {
    balance += net.get(month) ?? 0;
    out.push({ month, balance, moved: net.has(month) });
  }
  return out;
}

/** The first month a leader has a line in, or null. */
export function firstMonth(
  years: Readonly<Record<string, YearTotals>>,
  leaderId: string,
): string | null {
  let first: string | null = null;
  for (const [year, totals] of Object.entries(years)) {
    for (const mm of Object.keys(totals.leaders[leaderId]?.months ?? {})) {
      const month = `${year}-${mm}`;
      if (!first || month < first) first = month;
    }
  }
  return first;
}

/**
 * A balance line from `from` to `to`: a point at the start, one at the end of each day
 * with lines, and one at the end, so a chart shows flat stretches as flat.
 */
export function dailyBalances(
  lines: readonly LedgerEntry[],
  opening: number,
  from: string,
  to: string,
): BalancePoint[] {
  const points: BalancePoint[] = [{ date: from, balance: opening }];
  let balance = opening;
  for (const e of [...lines].sort(byLedgerOrder)) {
    if (e.date < from || e.date > to) continue;
    balance += signedPoints(e);
    const last = points[points.length - 1];
    if (last.date === e.date) Object.assign(last, { balance, moved: true });
    else points.push({ date: e.date, balance, moved: true });
  }
  if (points[points.length - 1].date !== to) points.push({ date: to, balance });
  return points;
}
