import type { ShardDef } from './store';

/** Why migrating a shard failed, in words the user can act on. */
export class MigrationError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'MigrationError';
  }
}

/**
 * Brings a shard's data from schema version `from` up to `def.version`, one step at a
 * time (`def.migrations[k]` turns version k into k+1). Does not validate the result.
 */
export function runMigrations<T>(def: ShardDef<T>, from: number, data: unknown): unknown {
  if (from > def.version)
    throw new MigrationError(`schema version ${from}; this version reads up to ${def.version}`);
  let out = data;
  for (let v = from; v < def.version; v++) {
    const step = def.migrations?.[v];
    if (!step) throw new MigrationError(`no way to update its data from schema version ${v}`);
    out = step(out);
  }
  return out;
}
