import { Low } from 'lowdb';
import { z } from 'zod';
import { AppError } from '../errors';
import type { Timers } from '../platform/types';
import { type DerivedFiles, createDerivedFiles } from './derivedFiles';
import { EncryptedAdapter } from './encryptedAdapter';
import { FileProblem, fileProblemError } from './fileProblem';
import { type ShardDef, type ShardHandle, type VaultStore, shardName } from './store';
import type { VaultFiles } from './vaultFiles';

/** A burst of changes within this window costs one write; well inside the 1 s promise. */
export const COALESCE_MS = 200;

const ManifestEntry = z.object({
  name: z.string(),
  kind: z.string(),
  part: z.string().nullable(),
  version: z.number().int().min(0),
});
/** The manifest shard: every shard of the vault with its kind, part and schema version. */
export const Manifest = z.object({ shards: z.array(ManifestEntry) });
export type Manifest = z.infer<typeof Manifest>;

/** The manifest's own definition; its kind is reserved. */
export const manifestDef: ShardDef<Manifest> = {
  kind: 'manifest',
  version: 1,
  schema: Manifest,
  init: () => ({ shards: [] }),
};

const KIND = /^[a-z][a-zA-Z0-9-]{0,39}$/;
const PART = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;

interface Loaded<T> {
  name: string;
  kind: string;
  part: string | null;
  def: ShardDef<T>;
  low: Low<T>;
  adapter: EncryptedAdapter<T>;
  handle: ShardHandle<T>;
  dirty: boolean;
  /** Set when the file was replaced by one that cannot be read: it is never overwritten. */
  blocked: FileProblem | null;
}

/** What the store is built from. */
export interface DiskStoreEnv {
  files: VaultFiles;
  key: Uint8Array;
  vaultId: string;
  timers: Timers;
  /** A file could not be read (reported in the vault status). */
  onProblem(p: FileProblem): void;
  /** A shard was reloaded because another program changed it. */
  onChanged(kind: string): void;
  /** Changes are being held in memory because their file cannot be read (message), or no longer are (null). */
  onHeld(message: string | null): void;
  /** This computer's name, for its folder of derived data. */
  computer: string;
}

function lockedError(): AppError {
  return new AppError('locked', 'The vault is locked. Unlock it to continue.');
}

/**
 * The unlocked vault on disk: one lowdb document per shard, each with an encrypted
 * adapter. Shards load when first opened; changes are coalesced and written in the
 * order they were made, the manifest after the shards it lists.
 */
export class DiskStore implements VaultStore {
  private readonly shards = new Map<string, Loaded<unknown>>();
  private readonly loading = new Map<string, Promise<Loaded<unknown>>>();
  private dirtyOrder: Loaded<unknown>[] = [];
  private timer: unknown = null;
  private flushing: Promise<void> | null = null;
  private closed = false;
  private manifest!: Loaded<Manifest>;
  readonly derived: DerivedFiles;

  private constructor(private readonly env: DiskStoreEnv) {
    this.derived = createDerivedFiles(env);
  }

  /** Opens the store: loads the manifest and lists any shard file it is missing. */
  static async open(
    env: DiskStoreEnv,
    found: { name: string; kind: string; part: string | null; schema: number }[],
  ): Promise<DiskStore> {
    const store = new DiskStore(env);
    store.manifest = await store.load(manifestDef, null);
    const listed = new Set(store.manifest.low.data.shards.map((s) => s.name));
    const missing = found.filter((f) => f.name !== manifestDef.kind && !listed.has(f.name));
    if (missing.length) {
      // A crash between writing a new shard and the manifest: list the shard again.
      store.manifest.low.data.shards.push(
        ...missing.map((f) => ({ name: f.name, kind: f.kind, part: f.part, version: f.schema })),
      );
      store.markDirty(store.manifest as unknown as Loaded<unknown>);
    }
    return store;
  }

  async open<T>(def: ShardDef<T>, part?: string): Promise<ShardHandle<T>> {
    if (this.closed) throw lockedError();
    if (!KIND.test(def.kind) || def.kind === manifestDef.kind)
      throw new AppError('internal', `Invalid shard kind “${def.kind}”.`);
    if (part !== undefined && !PART.test(part))
      throw new AppError('internal', `Invalid shard part “${part}”.`);
    const name = shardName(def.kind, part);
    const entry = this.manifest.low.data.shards.find((s) => s.name === name);
    if (entry && (entry.kind !== def.kind || entry.part !== (part ?? null))) {
      throw new AppError('internal', `Shard name “${name}” is already used by another kind.`);
    }
    const have = this.shards.get(name);
    if (have) return have.handle as ShardHandle<T>;
    let p = this.loading.get(name);
    if (!p) {
      p = this.load(def, part ?? null) as unknown as Promise<Loaded<unknown>>;
      this.loading.set(name, p);
      void p.finally(() => this.loading.delete(name)).catch(() => undefined);
    }
    return (await p).handle as ShardHandle<T>;
  }

  parts(kind: string): string[] {
    const out = new Set<string>();
    for (const s of this.manifest.low.data.shards)
      if (s.kind === kind && s.part !== null) out.add(s.part);
    for (const s of this.shards.values()) if (s.kind === kind && s.part !== null) out.add(s.part);
    return [...out].sort();
  }

  shardVersion(kind: string, part?: string): { version: string; data: unknown } | null {
    if (this.closed) return null;
    const name = shardName(kind, part);
    const s = this.shards.get(name);
    if (s?.dirty) return null;
    const version = this.env.files.versionOf(name);
    return version === undefined ? null : { version, data: s?.low.data };
  }

  async flush(): Promise<void> {
    if (this.timer !== null) this.env.timers.clearTimeout(this.timer);
    this.timer = null;
    while (this.flushing) await this.flushing;
    if (!this.dirtyOrder.length) return;
    this.flushing = this.writeDirty();
    try {
      await this.flushing;
    } finally {
      this.flushing = null;
    }
  }

  /** Writes the manifest now (a new vault starts with an empty one on disk). */
  async writeManifest(): Promise<void> {
    this.markDirty(this.manifest as unknown as Loaded<unknown>);
    await this.flush();
  }

  /** Why some changes are held in memory instead of written, or null. */
  heldMessage(): string | null {
    const files = [...this.shards.values()]
      .filter((s) => s.blocked && s.dirty)
      .map((s) => s.adapter.file);
    if (!files.length) return null;
    return `Your latest changes to ${files.map((f) => `“${f}”`).join(', ')} are kept in memory only: the file on disk was replaced by one Upward cannot read, so it is not overwritten. Put the right file back or restore a backup.`;
  }

  /** Names of the shards loaded so far. */
  loaded(): string[] {
    return [...this.shards.keys()];
  }

  /** Writes everything, then drops every decrypted document; handles stop working. */
  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
    for (const s of this.shards.values()) (s.low as { data: unknown }).data = null;
    this.shards.clear();
    this.dirtyOrder = [];
  }

  /**
   * Reloads a shard that another program changed on disk, when it has no change of
   * ours waiting (otherwise the writer keeps the other version aside as a conflict copy).
   */
  reloadIfChanged(name: string): Promise<void> {
    return this.env.files.queue.run(async () => {
      const s = this.shards.get(name);
      if (!s || s.dirty || this.closed) return;
      if (!(await this.env.files.changedOnDisk(name))) return;
      try {
        const data = await s.adapter.read();
        if (data === null || s.dirty || this.closed) return;
        s.low.data = data;
        if (s.blocked) {
          s.blocked = null;
          if (s.dirty) this.markDirty(s);
          this.env.onHeld(this.heldMessage());
        }
        this.env.onChanged(s.kind);
      } catch (err) {
        if (!(err instanceof FileProblem)) throw err;
        s.blocked = err;
        this.env.onProblem(err);
      }
    });
  }

  private async load<T>(def: ShardDef<T>, part: string | null): Promise<Loaded<T>> {
    const name = shardName(def.kind, part ?? undefined);
    const adapter = new EncryptedAdapter<T>(
      {
        files: this.env.files,
        key: this.env.key,
        vaultId: this.env.vaultId,
        name,
        kind: def.kind,
        part,
      },
      def,
    );
    const low = new Low<T>(adapter, def.schema.parse(def.init()));
    try {
      await low.read();
    } catch (err) {
      if (!(err instanceof FileProblem)) throw err;
      this.env.onProblem(err);
      throw fileProblemError(err);
    }
    if (this.closed) throw lockedError();
    const isClosed = (): boolean => this.closed;
    const markDirty = (): void => this.markDirty(s as unknown as Loaded<unknown>);
    const s: Loaded<T> = {
      name,
      kind: def.kind,
      part,
      def,
      low,
      adapter,
      dirty: false,
      blocked: null,
      handle: {
        name,
        get data(): T {
          if (isClosed()) throw lockedError();
          return low.data;
        },
        change(fn: (data: T) => void): void {
          if (isClosed()) throw lockedError();
          try {
            fn(low.data);
          } finally {
            markDirty();
          }
        },
      },
    };
    this.shards.set(name, s as unknown as Loaded<unknown>);
    return s;
  }

  private markDirty(s: Loaded<unknown>): void {
    if (this.closed) return;
    if (!s.dirty) {
      s.dirty = true;
      this.dirtyOrder.push(s);
    }
    if (s !== (this.manifest as unknown as Loaded<unknown>)) this.list(s);
    if (this.timer === null) {
      this.timer = this.env.timers.setTimeout(() => {
        this.timer = null;
        void this.flush().catch(() => undefined);
      }, COALESCE_MS);
    }
  }

  /** Makes sure the manifest lists a shard at the schema version it is about to be written with. */
  private list(s: Loaded<unknown>): void {
    const shards = this.manifest.low.data.shards;
    const entry = shards.find((e) => e.name === s.name);
    if (entry && entry.version === s.def.version) return;
    if (entry) entry.version = s.def.version;
    else shards.push({ name: s.name, kind: s.kind, part: s.part, version: s.def.version });
    this.markDirty(this.manifest as unknown as Loaded<unknown>);
  }

  private async writeDirty(): Promise<void> {
    const held: Loaded<unknown>[] = [];
    while (this.dirtyOrder.length) {
      const batch = this.dirtyOrder;
      this.dirtyOrder = [];
      for (const s of batch) {
        if (s.blocked) {
          held.push(s);
          continue;
        }
        s.dirty = false;
        await s.low.write();
      }
    }
    // Changes to a shard whose file cannot be read stay in memory; nothing overwrites that file.
    this.dirtyOrder.push(...held);
    if (held.length) this.env.onHeld(this.heldMessage());
  }
}
