import type { z } from 'zod';
import type { SyncHints } from './recordMerge';
import type { DerivedFiles } from './derivedFiles';

/**
 * One kind of shard: its schema, its current schema version, how to start one empty,
 * and how to bring an older version up to date (one step per version).
 */
export interface ShardDef<T> {
  /** Kind name, e.g. `profile`, `journal`. Year-split kinds are stored per part (`journal-2026`). */
  kind: string;
  version: number;
  schema: z.ZodType<T>;
  init: () => T;
  /** `migrations[k]` turns data of version k into version k+1. */
  migrations?: Record<number, (data: unknown) => unknown>;
  /** How this kind merges with a version from another computer, beyond record by record. */
  sync?: SyncHints;
}

/** A loaded shard: read `data`, change it only through `change` so it gets saved. */
export interface ShardHandle<T> {
  readonly name: string;
  readonly data: T;
  /** Mutates the data in memory and schedules a coalesced, atomic write (on disk within 1 s). */
  change(fn: (data: T) => void): void;
}

/** The unlocked vault as services see it. */
export interface VaultStore {
  /** Loads (or creates) the shard of `def.kind`, optionally one part of it (e.g. a year). */
  open<T>(def: ShardDef<T>, part?: string): Promise<ShardHandle<T>>;
  /** The parts of a kind that exist, oldest first (e.g. `['2024', '2025']`). */
  parts(kind: string): string[];
  /** Writes every pending change now. */
  flush(): Promise<void>;
  /**
   * Which version of a shard is current: `version` names the bytes on disk (or waiting to be
   * written) and `data` is the loaded document they hold (undefined when not loaded). Null
   * when the loaded document has changes not sealed yet, or the shard is unknown. Optional:
   * stores without it make derived data be rebuilt every time.
   */
  shardVersion?(kind: string, part?: string): { version: string; data: unknown } | null;
  /** This computer's derived data (search index) in the vault; optional, as above. */
  readonly derived?: DerivedFiles;
}

/** The file-name-safe name of a shard. */
export function shardName(kind: string, part?: string): string {
  return part ? `${kind}-${part}` : kind;
}
