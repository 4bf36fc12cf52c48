import { z } from 'zod';
import type { ShardDef } from '../store';

/** The crash test's shard: a counter and every value it had (to check the document is whole). */
export const Counter = z.object({
  n: z.number().int(),
  log: z.array(z.number().int()),
  pad: z.string(),
});
export const counterDef: ShardDef<z.infer<typeof Counter>> = {
  kind: 'counter',
  version: 1,
  schema: Counter,
  init: () => ({ n: 0, log: [], pad: '' }),
};
