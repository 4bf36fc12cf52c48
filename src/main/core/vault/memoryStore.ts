import type { ShardDef, ShardHandle, VaultStore } from './store';
import { shardName } from './store';

/** An in-memory VaultStore for service tests: same contract, no disk, no crypto. */
export function createMemoryStore(): VaultStore & { writes: number } {
  const shards = new Map<string, { data: unknown }>();
  const kinds = new Map<string, Set<string>>();
  const store = {
    writes: 0,
    async open<T>(def: ShardDef<T>, part?: string): Promise<ShardHandle<T>> {
      const name = shardName(def.kind, part);
      let slot = shards.get(name);
      if (!slot) {
        slot = { data: def.schema.parse(def.init()) };
        shards.set(name, slot);
        if (part) {
          const set = kinds.get(def.kind) ?? new Set<string>();
          set.add(part);
          kinds.set(def.kind, set);
        }
      }
      const s = slot;
      return {
        name,
        get data() {
          return s.data as T;
        },
        change(fn: (data: T) => void) {
          fn(s.data as T);
          store.writes++;
        },
      };
    },
    parts(kind: string): string[] {
      return [...(kinds.get(kind) ?? [])].sort();
    },
    async flush(): Promise<void> {},
  };
  return store;
}
