import type { DashboardView, DashboardWin } from '../../../../shared/ipc/areas/dashboard';
import type { LedgerEntry } from '../../../../shared/domain/goodwill';
import { AppError } from '../../errors';
import type { ServiceContext } from '../context';
import { addDays } from '../goodwill/ledgerMath';
import type { DashboardDeps } from './dashboardDeps';
import { dashboardShard } from './dashboardShard';
import { oneOnOneHealth } from './health';
import { inScope } from './projectOps';

/** Days 1:1 health looks back: about a quarter. */
export const HEALTH_DAYS = 91;
/** Most wins listed on the page. */
const MAX_WINS = 30;

const byProjectOrder = { blocked: 0, 'at-risk': 1, 'on-track': 2 } as const;

/** A deposit as a win: its category, and its note when there is one. */
function depositTitle(e: LedgerEntry, category: string | undefined): string {
  const c = category ?? 'Deposit';
  return e.note ? `${c}: ${e.note}` : c;
}

/** Builds the one-pager for one leader (with what is reported to every leader) or for all of them. */
export async function buildDashboard(ctx: ServiceContext, deps: DashboardDeps, leaderId: string | null, winsDays: number): Promise<DashboardView> {
  const today = ctx.today();
  const now = ctx.nowIso();
  const quarterFrom = addDays(today, -(HEALTH_DAYS - 1));
  const winsFrom = addDays(today, -(winsDays - 1));

  const leaders = await deps.leaders.list({ includeArchived: true });
  const names = new Map(leaders.map((l) => [l.id, l.name]));
  const leader = leaderId ? leaders.find((l) => l.id === leaderId) : null;
  if (leaderId && !leader) throw new AppError('not-found', 'This leader no longer exists.');
  const inView = leader ? [leader] : leaders.filter((l) => !l.archived);

  const [shard, open, upcoming, series, meetings, actions, journalWins, deposits, categories, goodwill] = await Promise.all([
    ctx.store().open(dashboardShard),
    deps.actions.list({ status: 'open', leaderId: leaderId ?? undefined }),
    deps.meetings.upcoming({ leaderId: leaderId ?? undefined, days: 60, limit: 10 }),
    deps.meetings.allSeries(),
    deps.meetings.meetingsInYears(quarterFrom.slice(0, 4), today.slice(0, 4)),
    deps.actions.all(),
    deps.wins({ from: winsFrom, to: today }),
    deps.goodwill.depositsBetween(winsFrom, today, leaderId),
    deps.goodwill.categoryNames(),
    deps.goodwill.trends(leaderId),
  ]);

  const wins: DashboardWin[] = [
    ...journalWins
      .filter((w) => inScope(w, leaderId))
      .map((w) => ({ kind: 'journal' as const, id: w.id, date: w.date, title: w.title, leaderId: w.leaderId, leaderName: w.leaderId ? (names.get(w.leaderId) ?? null) : null, points: null })),
    ...deposits.map((e) => ({
      kind: 'deposit' as const,
      id: e.id,
      date: e.date,
      title: depositTitle(e, categories.get(e.categoryId)),
      leaderId: e.leaderId,
      leaderName: names.get(e.leaderId) ?? null,
      points: e.points,
    })),
  ]
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, MAX_WINS);

  const next = upcoming.find((o) => o.status === 'scheduled') ?? null;
  const { projects, metrics } = shard.data;

  return {
    leaderId,
    leaderName: leader?.name ?? null,
    today,
    quarterFrom,
    winsFrom,
    projects: projects
      .filter((p) => !p.archived && inScope(p, leaderId))
      .sort((a, b) => byProjectOrder[a.status] - byProjectOrder[b.status] || a.name.localeCompare(b.name)),
    metrics: metrics.filter((m) => inScope(m, leaderId)),
    wins,
    actions: { mine: open.filter((a) => a.owner.kind === 'me'), theirs: open.filter((a) => a.owner.kind !== 'me') },
    nextMeeting: next
      ? {
          seriesId: next.seriesId,
          key: next.key,
          leaderId: next.leaderId,
          leaderName: next.leaderName,
          title: next.title,
          start: next.start,
          timeZone: next.timeZone,
          meetingId: next.meetingId,
          agendaCount: next.agendaCount,
        }
      : null,
    goodwill,
    health: oneOnOneHealth({
      leaders: inView.map((l) => ({ id: l.id, name: l.name })),
      series: series.filter((s) => !leaderId || s.leaderId === leaderId),
      meetings,
      actions,
      from: quarterFrom,
      today,
      now,
    }).filter((h) => leaderId !== null || h.held + h.skipped + h.unrecorded + h.kept + h.late + h.missed > 0),
  };
}
