import type { DashboardView } from '../../../../shared/ipc/areas/dashboard';
import { exportDashboard } from '../../export/dashboardDocx';
import type { Handlers } from '../../ipc/dispatch';
import type { ServiceContext } from '../context';
import type { DashboardDeps } from './dashboardDeps';
import { buildDashboard } from './dashboardView';
import { formatDay, formatWhen } from './formatting';
import { projectHandlers } from './projectOps';

/** The one-page dashboard: the `dashboard:*` channels. */
export interface DashboardService {
  handlers: Handlers['dashboard'];
  /** The one-pager for a leader, or overall when `leaderId` is null. */
  get(leaderId: string | null, winsDays?: number): Promise<DashboardView>;
}

/** Builds the dashboard service from the other features' public services. */
export function createDashboardService(ctx: ServiceContext, deps: DashboardDeps): DashboardService {
  const leaderIds = async (): Promise<Set<string>> => new Set((await deps.leaders.list({ includeArchived: true })).map((l) => l.id));
  const get = (leaderId: string | null, winsDays = 30): Promise<DashboardView> => buildDashboard(ctx, deps, leaderId, winsDays);

  const handlers: Handlers['dashboard'] = {
    get: ({ leaderId, winsDays }) => get(leaderId, winsDays),
    ...projectHandlers(ctx, { leaderIds }),
    export: async ({ leaderId, winsDays }) => {
      const view = await get(leaderId, winsDays);
      const names = new Map((await deps.leaders.list({ includeArchived: true })).map((l) => [l.id, l.name]));
      const format = ctx.settings().dateFormat;
      return exportDashboard(ctx, view, names, {
        formatDate: (d) => formatDay(d, format),
        formatWhen: (start, zone) => formatWhen(start, zone, format),
      });
    },
  };

  return { handlers, get };
}
