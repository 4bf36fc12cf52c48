import type { DashboardView, DashboardWins } from '../../../../shared/ipc/areas/dashboard';
import { exportDashboard, statusUpdateFits } from '../../export/dashboardDocx';
import type { Handlers } from '../../ipc/dispatch';
import type { ServiceContext } from '../context';
import type { DashboardDeps } from './dashboardDeps';
import { buildDashboard } from './dashboardView';
import { buildWins } from './dashboardWins';
import { formatDay, formatWhen } from './formatting';
import { projectHandlers } from './projectOps';

/** The one-page dashboard: the `dashboard:*` channels. */
export interface DashboardService {
  handlers: Handlers['dashboard'];
  /** The one-pager (all but the wins) for a leader, or overall when `leaderId` is null. */
  get(leaderId: string | null): Promise<DashboardView>;
  /** Recent wins in scope, over the last `days` days. */
  wins(leaderId: string | null, days?: number): Promise<DashboardWins>;
}

/** Builds the dashboard service from the other features' public services. */
export function createDashboardService(ctx: ServiceContext, deps: DashboardDeps): DashboardService {
  const leaderIds = async (): Promise<Set<string>> =>
    new Set((await deps.leaders.list({ includeArchived: true })).map((l) => l.id));
  const get = (leaderId: string | null): Promise<DashboardView> =>
    buildDashboard(ctx, deps, leaderId);
  const wins = (leaderId: string | null, days = 30): Promise<DashboardWins> =>
    buildWins(ctx, deps, leaderId, days);
  // The dashboard is the first screen after unlock: read what it needs now, before the
  // background loading of older years gets going, so opening it does not wait behind that.
  ctx.onUnlock(() => {
    void get(null).catch(() => undefined);
  });

  const handlers: Handlers['dashboard'] = {
    get: ({ leaderId }) => get(leaderId),
    wins: ({ leaderId, winsDays }) => wins(leaderId, winsDays),
    ...projectHandlers(ctx, { leaderIds }),
    exportCheck: async ({ leaderId, winsDays }) => {
      const [view, recent] = await Promise.all([get(leaderId), wins(leaderId, winsDays)]);
      return { fitsOnePage: statusUpdateFits(view, recent) };
    },
    export: async ({ leaderId, winsDays }) => {
      const [view, recent] = await Promise.all([get(leaderId), wins(leaderId, winsDays)]);
      const names = new Map(
        (await deps.leaders.list({ includeArchived: true })).map((l) => [l.id, l.name]),
      );
      const format = ctx.settings().dateFormat;
      return exportDashboard(ctx, view, recent, names, {
        formatDate: (d) => formatDay(d, format),
        formatWhen: (start, zone) => formatWhen(start, zone, format),
      });
    },
  };

  return { handlers, get, wins };
}
