import { z } from 'zod';
import { Leader } from '../../../../shared/domain/leader';
import type { ShardDef } from '../../vault/store';

/** The leaders shard: every profile, archived ones included. */
export const LeadersShardData = z.object({ leaders: z.array(Leader).default([]) });
export type LeadersShardData = z.infer<typeof LeadersShardData>;

/** Shard definition of the leaders' profiles (one small shard, no parts). */
export const leadersShard: ShardDef<LeadersShardData> = {
  kind: 'leaders',
  version: 1,
  schema: LeadersShardData,
  init: () => ({ leaders: [] }),
};
