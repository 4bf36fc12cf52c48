import type { DashboardView } from '../../../../shared/ipc/areas/dashboard';
import { AppError } from '../../errors';
import type { ServiceContext } from '../context';
import { addDays } from '../goodwill/ledgerMath';
import type { DashboardDeps } from './dashboardDeps';
import { dashboardShard } from './dashboardShard';
import { oneOnOneHealth } from './health';
import { inScope } from './projectOps';

/** Days 1:1 health looks back: about a quarter. */
export const HEALTH_DAYS = 91;

const byProjectOrder = { blocked: 0, 'at-risk': 1, 'on-track': 2 } as const;

/** Builds the one-pager (all but the wins) for one leader, with what is reported to every leader, or for all of them. */
export async function buildDashboard(
  ctx: ServiceContext,
  deps: DashboardDeps,
  leaderId: string | null,
): Promise<DashboardView> {
  const today = ctx.today();
  const now = ctx.nowIso();
  const quarterFrom = addDays(today, -(HEALTH_DAYS - 1));

  const leaders = await deps.leaders.list({ includeArchived: true });
  const leader = leaderId ? leaders.find((l) => l.id === leaderId) : null;
  if (leaderId && !leader) throw new AppError('not-found', 'This leader no longer exists.');
  const inView = leader ? [leader] : leaders.filter((l) => !l.archived);

  const [shard, open, upcoming, series, meetings, actions, goodwill] = await Promise.all([
    ctx.store().open(dashboardShard),
    deps.actions.list({ status: 'open', leaderId: leaderId ?? undefined }),
    deps.meetings.upcoming({ leaderId: leaderId ?? undefined, days: 60, limit: 10 }),
    deps.meetings.allSeries(),
    deps.meetings.meetingsInYears(quarterFrom.slice(0, 4), today.slice(0, 4)),
    deps.actions.all(),
    deps.goodwill.trends(leaderId),
  ]);

  const next = upcoming.find((o) => o.status === 'scheduled') ?? null;
  const { projects, metrics } = shard.data;

  return {
    leaderId,
    leaderName: leader?.name ?? null,
    leaders: leaders.filter((l) => !l.archived).map((l) => ({ id: l.id, name: l.name })),
    today,
    quarterFrom,
    projects: projects
      .filter((p) => !p.archived && inScope(p, leaderId))
      .sort(
        (a, b) =>
          byProjectOrder[a.status] - byProjectOrder[b.status] || a.name.localeCompare(b.name),
      ),
    metrics: metrics.filter((m) => inScope(m, leaderId)),
    actions: {
      mine: open.filter((a) => a.owner.kind === 'me'),
      theirs: open.filter((a) => a.owner.kind !== 'me'),
    },
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
    }).filter(
      (h) =>
        leaderId !== null || h.held + h.skipped + h.unrecorded + h.kept + h.late + h.missed > 0,
    ),
  };
}
