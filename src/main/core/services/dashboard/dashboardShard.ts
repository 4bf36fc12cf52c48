import { z } from 'zod';
import { Metric, Project } from '../../../../shared/domain/dashboard';
import type { ShardDef } from '../../vault/store';

/** Projects and key metrics of the one-page dashboard. */
export const DashboardData = z.object({
  projects: z.array(Project).default([]),
  metrics: z.array(Metric).default([]),
});
export type DashboardData = z.infer<typeof DashboardData>;

/** The dashboard's own small shard, loaded with the first screen. */
export const dashboardShard: ShardDef<DashboardData> = {
  kind: 'dashboard',
  version: 1,
  schema: DashboardData,
  init: () => ({ projects: [], metrics: [] }),
};
