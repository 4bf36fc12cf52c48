import type { LedgerEntry } from '../../../../shared/domain/goodwill';
import type { DashboardWin, DashboardWins } from '../../../../shared/ipc/areas/dashboard';
import type { ServiceContext } from '../context';
import { addDays } from '../goodwill/ledgerMath';
import type { DashboardDeps } from './dashboardDeps';
import { inScope } from './projectOps';

/** Most wins listed. */
const MAX_WINS = 30;

/** A deposit as a win: its category, and its note when there is one. */
function depositTitle(e: LedgerEntry, category: string | undefined): string {
  const c = category ?? 'Deposit';
  return e.note ? `${c}: ${e.note}` : c;
}

/**
 * Recent wins for one leader (with wins about no one in particular) or for all: journal
 * entries tagged as a win and goodwill deposits of the last `days` days, newest first.
 */
export async function buildWins(
  ctx: ServiceContext,
  deps: DashboardDeps,
  leaderId: string | null,
  days: number,
): Promise<DashboardWins> {
  const today = ctx.today();
  const from = addDays(today, -(days - 1));
  const [leaders, journal, deposits, categories] = await Promise.all([
    deps.leaders.list({ includeArchived: true }),
    deps.wins({ from, to: today }),
    deps.goodwill.depositsBetween(from, today, leaderId),
    deps.goodwill.categoryNames(),
  ]);
  const names = new Map(leaders.map((l) => [l.id, l.name]));
  const wins: DashboardWin[] = [
    ...journal
      .filter((w) => inScope(w, leaderId))
      .map((w) => ({
        kind: 'journal' as const,
        id: w.id,
        date: w.date,
        title: w.title,
        leaderId: w.leaderId,
        leaderName: w.leaderId ? (names.get(w.leaderId) ?? null) : null,
        points: null,
      })),
    ...deposits.map((e) => ({
      kind: 'deposit' as const,
      id: e.id,
      date: e.date,
      title: depositTitle(e, categories.get(e.categoryId)),
      leaderId: e.leaderId,
      leaderName: names.get(e.leaderId) ?? null,
      points: e.points,
    })),
  ];
  return { from, wins: wins.sort((a, b) => b.date.localeCompare(a.date)).slice(0, MAX_WINS) };
}
