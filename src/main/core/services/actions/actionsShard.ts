import { z } from 'zod';
import { ActionItem } from '../../../../shared/domain/meeting';
import type { ShardDef } from '../../vault/store';

const ActionsData = z.object({ items: z.array(ActionItem).default([]) });
/** The content of the `actions` shard. */
export type ActionsData = z.infer<typeof ActionsData>;

/** Every action item lives in one small shard: the global list must span all years. */
export const actionsShard: ShardDef<ActionsData> = {
  kind: 'actions',
  version: 1,
  schema: ActionsData,
  init: () => ({ items: [] }),
};
