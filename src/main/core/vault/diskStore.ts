import { join } from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import { AppError } from '../errors';
import type { Timers } from '../platform/types';
import { type DerivedFiles, createDerivedFiles } from './derivedFiles';
import { EncryptedAdapter, type Sealed, decodeShardVersion } from './encryptedAdapter';
import { FileProblem, fileProblemError } from './fileProblem';
import { MigrationError, runMigrations } from './migrate';
import { Clock, compareClocks, joinClocks, tick } from './recordClock';
import {
  type RecordConflict,
  type SyncMeta as SyncMetaType,
  conflictsOf,
  mergeStates,
  resolveConflict,
  stamp,
  stampForWrite,
} from './recordMerge';
import {
  RESCUE_FILE,
  type RescueEntry,
  UNREADABLE_RESCUE,
  readRescue,
  removeRescue,
  setAsideUnreadable,
  writeRescue,
} from './rescue';
import { isIncomplete, readShardHeader } from './shardFormat';
import { type ShardDef, type ShardHandle, type VaultStore, shardName } from './store';
import { CONFLICTS_DIR, SHARD_EXT, type VaultFiles, writeFailureMessage } from './vaultFiles';
import { type FoundShard, type SyncCopy, type VaultScan, copyOf } from './verify';
import { readIfExists } from './vaultFs';

/** A burst of changes within this window costs one write; well inside the 1 s promise. */
export const COALESCE_MS = 200;

const ManifestEntry = z.object({
  name: z.string(),
  kind: z.string(),
  part: z.string().nullable(),
  version: z.number().int().min(0),
  /** Format 2: the newest version of the shard this vault has recorded (writes by each computer). */
  clock: Clock.optional(),
  /** Format 2: records of the shard changed on two computers at once, waiting for the user. */
  conflicts: z.number().int().min(0).optional(),
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
  /** Set while a newer version of the file is still being copied here: read-only until it arrives. */
  waiting: WaitReason | null;
  /** Conflict copies merged into the data, removed once the merge is on disk. */
  mergedCopies: string[];
}

/** Why a shard waits for a sync client: its file is not here yet, is cut short, or is older than recorded. */
export type WaitReason = 'missing' | 'incomplete' | 'older';

/** A shard waiting for a sync client, as the status shows it. */
export interface Waiting {
  file: string;
  reason: WaitReason;
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
  /** This computer's name: its entry in every clock, and its folder of derived data. */
  computer: string;
  now(): number;
  /** Shard kinds seen so far (kept across sessions), so copies and conflicts of any kind can be read. */
  defs: Map<string, ShardDef<unknown>>;
  /** What is waiting for sync or open conflicts changed. */
  onSyncState(): void;
}

/** What the rescue file holds, as the status shows it (null when there is none). */
export interface RescueNotice {
  /** Files whose kept changes can be applied or discarded. */
  files: string[];
  /** When the newest of them was kept (ISO), null when unknown. */
  savedAt: string | null;
  /** False when the rescue file cannot be opened with this vault's key. */
  readable: boolean;
}

/** What applying the rescue file did: files brought back, and files still kept (with why). */
export interface RescueApplied {
  applied: string[];
  kept: { file: string; message: string }[];
}

/** The message of a shard that waits for a sync client. */
export function waitingMessage(file: string): string {
  return `Waiting for “${file}” to finish syncing from your other computer. That part of the vault can be read but not changed until it arrives.`;
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
  private writtenWaiters: (() => void)[] = [];
  /** The manifest in memory records newer shard clocks than the one on disk. */
  private manifestLags = false;
  /** Shards waiting for a sync client, by name (loaded or not). */
  private readonly waiting = new Map<string, WaitReason>();
  /** Other versions of shards not merged yet (their shard is merged when first opened). */
  private readonly copies: SyncCopy[] = [];
  /** Changes kept in the rescue file by an earlier session, waiting for the user. */
  private rescued: RescueEntry[] = [];
  /** The rescue file is there but cannot be opened with this key: it is never overwritten. */
  private rescueUnreadable = false;
  /** How many held shards the rescue file on disk holds for this session. */
  private rescueHeld = 0;
  /** Why the last rescue write failed, or null. */
  private rescueError: string | null = null;
  readonly derived: DerivedFiles;

  private constructor(private readonly env: DiskStoreEnv) {
    this.derived = createDerivedFiles(env);
  }

  /**
   * Opens the store: loads the manifest, lists any shard file it is missing, and compares
   * each shard file with the newest version the manifest recorded: a file older than a
   * version this computer wrote was put back (reported like damage); a file older than
   * another computer's recorded version is still on its way (waiting, read-only).
   */
  static async open(env: DiskStoreEnv, scan: VaultScan): Promise<DiskStore> {
    const store = new DiskStore(env);
    if (scan.incomplete.includes(manifestDef.kind)) {
      throw new AppError(
        'waiting-for-sync',
        `${waitingMessage('manifest.upw')} Try again when your sync client has finished.`,
        { file: 'manifest.upw' },
      );
    }
    store.manifest = await store.load(manifestDef, null);
    const found = scan.found;
    const listed = new Set(store.manifest.low.data.shards.map((s) => s.name));
    const missing = found.filter((f) => f.name !== manifestDef.kind && !listed.has(f.name));
    if (missing.length) {
      // A crash between writing a new shard and the manifest: list the shard again.
      store.manifest.low.data.shards.push(
        ...missing.map((f) => ({
          name: f.name,
          kind: f.kind,
          part: f.part,
          version: f.schema,
          clock: f.clock,
        })),
      );
      store.markDirty(store.manifest as unknown as Loaded<unknown>);
    }
    const byName = new Map<string, FoundShard>(found.map((f) => [f.name, f]));
    for (const e of store.manifest.low.data.shards) {
      const reason = store.behind(e.name, byName.get(e.name)?.clock ?? null, scan.incomplete);
      if (reason) store.waiting.set(e.name, reason);
    }
    for (const name of scan.incomplete)
      if (name !== manifestDef.kind && !store.waiting.has(name))
        store.waiting.set(name, 'incomplete');
    store.copies.push(...scan.copies);
    const rescue = await readRescue(env.files.fs, env.files.dir, env.key, env.vaultId);
    if (rescue.state === 'ok') store.rescued = rescue.entries;
    store.rescueUnreadable = rescue.state === 'unreadable';
    return store;
  }

  /**
   * How a shard file (its clock, null when absent) stands against the manifest: null when
   * it is current; a wait reason when another computer's newer version has not arrived.
   * Throws when it is older than a version this computer wrote (a rolled-back file).
   */
  private behind(name: string, clock: Clock | null, incomplete: string[]): WaitReason | null {
    const entry = this.manifest.low.data.shards.find((e) => e.name === name);
    const recorded = entry?.clock ?? {};
    if (!Object.keys(recorded).length) return incomplete.includes(name) ? 'incomplete' : null;
    if (clock === null) return incomplete.includes(name) ? 'incomplete' : 'missing';
    if (compareClocks(clock, recorded) !== 'before') return null;
    const me = this.env.computer;
    if ((clock[me] ?? 0) < (recorded[me] ?? 0)) {
      throw new FileProblem(
        'rolled-back',
        name + SHARD_EXT,
        `it holds ${clock[me] ?? 0} of this computer's ${recorded[me] ?? 0} saves, and no other computer's change explains it`,
      );
    }
    return 'older';
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
    if (!this.dirtyOrder.length) return this.wakeWrittenWaiters();
    this.flushing = this.writeDirty();
    try {
      await this.flushing;
    } finally {
      this.flushing = null;
      this.wakeWrittenWaiters();
    }
  }

  /**
   * Resolves once every change made so far has been through a write (coalescing is kept:
   * this waits for the scheduled write, it does not force one). Changes held because
   * their file cannot be read count as gone through; `heldMessage()` says so.
   */
  whenWritten(): Promise<void> {
    if (this.nothingToWrite()) return Promise.resolve();
    return new Promise((resolve) => this.writtenWaiters.push(resolve));
  }

  private nothingToWrite(): boolean {
    return (
      this.closed ||
      (this.timer === null && this.flushing === null && this.dirtyOrder.every((s) => s.blocked))
    );
  }

  private wakeWrittenWaiters(): void {
    if (!this.nothingToWrite()) return;
    const waiters = this.writtenWaiters;
    this.writtenWaiters = [];
    waiters.forEach((w) => w());
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
    const names = files.map((f) => `“${f}”`).join(', ');
    if (this.rescueError)
      return `Your latest changes to ${names} are kept in memory only: the file on disk was replaced by one Upward cannot read, so it is not overwritten, and the rescue file could not be written (${this.rescueError}). Keep Upward open, put the right file back or free the disk, and they will be saved.`;
    return `Your latest changes to ${names} cannot be saved to their file: it was replaced by one Upward cannot read, so it is not overwritten. They are kept in an encrypted rescue file in the vault folder (“${RESCUE_FILE}”). Put the right file back or restore a backup, then apply them.`;
  }

  /** What the rescue file from an earlier session holds, or null when there is none. */
  rescueNotice(): RescueNotice | null {
    if (this.rescueUnreadable) return { files: [], savedAt: null, readable: false };
    if (!this.rescued.length) return null;
    const files = [...new Set(this.rescued.map((e) => e.name + SHARD_EXT))].sort();
    const savedAt =
      this.rescued
        .map((e) => e.at)
        .sort()
        .at(-1) ?? null;
    return { files, savedAt, readable: true };
  }

  /**
   * Applies the changes kept in the rescue file to their shards, record by record as a
   * version from another computer is merged: a record changed only in the rescue takes
   * that change; one changed since on both sides keeps both versions for the user to
   * choose. A shard whose file still cannot be read (or is still on its way) keeps its
   * changes in the rescue file, and the answer says why.
   */
  async applyRescue(): Promise<RescueApplied> {
    if (this.closed) throw lockedError();
    if (this.rescueUnreadable) throw new AppError('corrupt', UNREADABLE_RESCUE);
    const out: RescueApplied = { applied: [], kept: [] };
    const left: RescueEntry[] = [];
    const touched: Loaded<unknown>[] = [];
    for (const entry of this.rescued) {
      const file = entry.name + SHARD_EXT;
      const keep = (message: string): void => {
        left.push(entry);
        if (!out.kept.some((k) => k.file === file)) out.kept.push({ file, message });
      };
      const def = this.env.defs.get(entry.kind);
      if (!def) {
        keep(`Upward does not know what kind of data “${file}” holds, so its changes stay kept.`);
        continue;
      }
      let s: Loaded<unknown> | undefined;
      try {
        await this.open(def, entry.part ?? undefined);
        s = this.shards.get(entry.name);
      } catch (err) {
        if (err instanceof AppError && err.details?.file)
          keep(`${err.message} Its changes stay kept in the rescue file.`);
        else throw err;
        continue;
      }
      if (!s) continue;
      if (s.blocked) {
        keep(
          `“${file}” still cannot be read: put the right file back or restore a backup first. Its changes stay kept.`,
        );
        continue;
      }
      if (s.waiting) {
        keep(`${waitingMessage(file)} Its changes stay kept until then.`);
        continue;
      }
      let data: unknown;
      try {
        const parsed = def.schema.safeParse(runMigrations(def, entry.schema, entry.data));
        if (!parsed.success) throw new MigrationError('its data does not have the expected shape');
        data = parsed.data;
      } catch (err) {
        if (!(err instanceof MigrationError)) throw err;
        keep(`The kept changes to “${file}” cannot be read (${err.reason}). They stay kept.`);
        continue;
      }
      const local = { data: s.low.data, meta: s.adapter.meta };
      stamp(local, this.env.computer, this.env.now(), s.def.sync);
      const merged = mergeStates(
        local,
        { data, meta: entry.sync },
        { now: this.env.now(), hints: s.def.sync },
      );
      if (!merged.sameAsLocal) s.low.data = merged.data;
      s.adapter.meta = merged.meta;
      this.markDirty(s, true);
      this.record(s);
      touched.push(s);
      if (!out.applied.includes(file)) out.applied.push(file);
    }
    await this.flush();
    // Only once the merged shards are on disk does the rescue file let go of their changes.
    const unwritten = touched.filter((s) => s.dirty);
    for (const s of unwritten) {
      const file = s.adapter.file;
      out.applied = out.applied.filter((f) => f !== file);
      if (!out.kept.some((k) => k.file === file))
        out.kept.push({
          file,
          message: `The changes to “${file}” could not be written yet. They stay kept.`,
        });
    }
    const unsaved = new Set(unwritten.map((s) => s.name));
    this.rescued = [...left, ...this.rescued.filter((e) => unsaved.has(e.name))];
    await this.saveRescue();
    for (const kind of new Set(touched.map((s) => s.kind))) this.env.onChanged(kind);
    this.env.onSyncState();
    return out;
  }

  /** Drops the changes kept in the rescue file by an earlier session (the user confirmed). */
  async discardRescue(): Promise<void> {
    if (this.closed) throw lockedError();
    this.rescued = [];
    if (this.rescueUnreadable) {
      await this.env.files.queue.run(() => removeRescue(this.env.files.fs, this.env.files.dir));
      this.rescueUnreadable = false;
    }
    await this.saveRescue();
    this.env.onSyncState();
  }

  /**
   * Writes the rescue file: the earlier sessions' kept changes, then this session's held
   * ones (stamped, so they merge like any other version). Removed when nothing is left;
   * an unreadable one is moved aside, never overwritten.
   */
  private async saveRescue(): Promise<void> {
    const held = [...this.shards.values()].filter((s) => s.blocked && s.dirty);
    const at = new Date(this.env.now()).toISOString();
    const entries: RescueEntry[] = [
      ...this.rescued,
      ...held.map((s) => {
        stamp(
          { data: s.low.data, meta: s.adapter.meta },
          this.env.computer,
          this.env.now(),
          s.def.sync,
        );
        return {
          name: s.name,
          kind: s.kind,
          part: s.part,
          schema: s.def.version,
          data: s.low.data,
          sync: s.adapter.meta,
          at,
        };
      }),
    ];
    const { fs, dir } = this.env.files;
    try {
      await this.env.files.queue.run(async () => {
        if (this.rescueUnreadable) {
          if (!entries.length) return;
          await setAsideUnreadable(fs, dir, this.env.now());
          this.rescueUnreadable = false;
        }
        if (entries.length) await writeRescue(fs, dir, this.env.key, this.env.vaultId, entries);
        else await removeRescue(fs, dir);
      });
      this.rescueHeld = held.length;
      this.rescueError = null;
    } catch (err) {
      this.rescueError = writeFailureMessage(err);
    }
  }

  /** Names of the shards loaded so far. */
  loaded(): string[] {
    return [...this.shards.keys()];
  }

  /** Writes everything, then drops every decrypted document; handles stop working. */
  async close(): Promise<void> {
    if (this.manifestLags) this.markDirty(this.manifest as unknown as Loaded<unknown>);
    await this.flush();
    this.closed = true;
    this.wakeWrittenWaiters();
    for (const s of this.shards.values()) (s.low as { data: unknown }).data = null;
    this.shards.clear();
    this.dirtyOrder = [];
  }

  /** How many records wait for the user to choose between two computers' versions. */
  conflictCount(): number {
    return this.manifest.low.data.shards.reduce((n, e) => n + (e.conflicts ?? 0), 0);
  }

  /** Shards waiting for a sync client to finish copying them. */
  waitingFiles(): Waiting[] {
    return [...this.waiting]
      .map(([name, reason]) => ({ file: name + SHARD_EXT, reason }))
      .sort((a, b) => (a.file < b.file ? -1 : 1));
  }

  /**
   * A file of the vault folder changed on disk (the folder watcher, or a check): another
   * version of a loaded shard is merged into ours record by record (never loaded over
   * our changes); a newer manifest is merged; a conflict copy is merged and removed.
   */
  async syncFile(file: string): Promise<void> {
    if (this.closed) return;
    const name = file.slice(0, -SHARD_EXT.length);
    if (name === manifestDef.kind) return this.syncManifest();
    const listed = this.manifest.low.data.shards.some((e) => e.name === name);
    if (!listed && !this.shards.has(name)) {
      const bytes = await readIfExists(this.env.files.fs, this.env.files.path(file));
      const shard = copyOf(bytes, file, this.env.vaultId);
      if (shard) await this.takeCopy({ path: this.env.files.path(file), file, shard });
      return;
    }
    const s = this.shards.get(name);
    if (!s) return this.recheckWaiting(name);
    await this.env.files.queue.run(async () => {
      if (this.closed || (!s.waiting && !(await this.env.files.changedOnDisk(name)))) return;
      const bytes = await this.env.files.readDisk(name);
      if (!bytes) return;
      try {
        const remote = decodeShardVersion(
          this.env.key,
          this.env.vaultId,
          name,
          s.adapter.file,
          bytes,
          s.def,
        );
        if (s.blocked) {
          s.blocked = null;
          this.env.onHeld(this.heldMessage());
        }
        this.absorb(s, remote, s.waiting === 'missing');
      } catch (err) {
        if (!(err instanceof FileProblem)) throw err;
        if (isIncomplete(err)) this.setWaiting(s, 'incomplete');
        else {
          s.blocked = err;
          this.env.onProblem(err);
        }
      }
    });
    // The file came back holding what was kept: the rescue file lets go of it (a merge
    // still to be written does that once it is on disk).
    if (this.rescueHeld && !this.dirtyOrder.length) await this.saveRescue();
  }

  /** Merges a conflict copy (a sync client's or the app's own) into its shard, then removes it. */
  async takeCopy(copy: SyncCopy): Promise<void> {
    if (copy.shard === manifestDef.kind) return this.takeManifestCopy(copy);
    if (!this.copies.some((c) => c.path === copy.path)) this.copies.push(copy);
    const entry = this.manifest.low.data.shards.find((e) => e.name === copy.shard);
    const def = entry && this.env.defs.get(entry.kind);
    if (!entry || !def) return;
    await this.open(def, entry.part ?? undefined);
    const s = this.shards.get(copy.shard);
    if (s) await this.mergeCopiesInto(s);
    await this.flush();
  }

  /** Opens every shard that has conflict copies waiting, so they are merged and removed. */
  async takeCopies(): Promise<void> {
    for (const copy of [...this.copies]) await this.takeCopy(copy).catch(() => undefined);
  }

  /** Checks the loaded shards and the manifest against the disk now (the watcher does this on its own). */
  async syncAll(): Promise<void> {
    await this.syncManifest();
    for (const name of [...this.shards.keys()])
      if (name !== manifestDef.kind) await this.syncFile(name + SHARD_EXT);
    const files = this.env.files;
    for (const file of await files.fs.readdir(files.dir)) {
      if (file.startsWith('.') || !file.toLowerCase().endsWith(SHARD_EXT)) continue;
      if (!this.shards.has(file.slice(0, -SHARD_EXT.length))) await this.syncFile(file);
    }
    for (const file of await files.fs.readdir(files.path(CONFLICTS_DIR))) {
      const path = join(files.path(CONFLICTS_DIR), file);
      const shard = copyOf(await readIfExists(files.fs, path), file, this.env.vaultId);
      if (shard) await this.takeCopy({ path, file: `${CONFLICTS_DIR}/${file}`, shard });
    }
    await this.takeCopies();
  }

  /** Records changed on two computers at once, by shard; opens the shards that have some. */
  async conflicts(): Promise<{ shard: string; kind: string; conflicts: RecordConflict[] }[]> {
    await this.takeCopies();
    const out: { shard: string; kind: string; conflicts: RecordConflict[] }[] = [];
    for (const e of [...this.manifest.low.data.shards]) {
      if (!e.conflicts) continue;
      const def = this.env.defs.get(e.kind);
      if (!def) continue;
      await this.open(def, e.part ?? undefined);
      const s = this.shards.get(e.name);
      if (!s) continue;
      const list = conflictsOf({ data: s.low.data, meta: s.adapter.meta }, s.def.sync);
      if (list.length) out.push({ shard: e.name, kind: e.kind, conflicts: list });
    }
    return out;
  }

  /** Settles one conflict with the version the user chose; false when it is no longer open. */
  async resolve(shard: string, key: string, version: string): Promise<boolean> {
    const s = this.shards.get(shard);
    if (!s || this.closed) return false;
    if (s.waiting) throw this.waitingError(s);
    const state = { data: s.low.data, meta: s.adapter.meta };
    stamp(state, this.env.computer, this.env.now(), s.def.sync);
    if (!resolveConflict(state, key, version, this.env.computer, this.env.now(), s.def.sync))
      return false;
    s.low.data = structuredClone(state.data);
    this.markDirty(s);
    await this.flush();
    this.env.onChanged(s.kind);
    this.env.onSyncState();
    return true;
  }

  /** A conflict copy of the manifest: its entries join ours, then it is removed. */
  private async takeManifestCopy(copy: SyncCopy): Promise<void> {
    this.copies.splice(0, this.copies.length, ...this.copies.filter((c) => c.path !== copy.path));
    const bytes = await readIfExists(this.env.files.fs, copy.path);
    if (!bytes || this.closed) return;
    let remote: Manifest;
    try {
      remote = decodeShardVersion(
        this.env.key,
        this.env.vaultId,
        manifestDef.kind,
        copy.file,
        bytes,
        manifestDef,
      ).data;
    } catch {
      return;
    }
    const m = this.manifest;
    const merged = mergeManifests(m.low.data, remote);
    if (!sameManifest(merged, m.low.data)) {
      m.low.data = merged;
      this.markDirty(m as unknown as Loaded<unknown>);
      await this.flush();
      for (const e of merged.shards) this.env.onChanged(e.kind);
    }
    if (!this.env.files.isPending(manifestDef.kind))
      await this.env.files.fs.unlink(copy.path).catch(() => undefined);
  }

  private async syncManifest(): Promise<void> {
    const m = this.manifest;
    await this.env.files.queue.run(async () => {
      if (this.closed || !(await this.env.files.changedOnDisk(manifestDef.kind))) return;
      const bytes = await this.env.files.readDisk(manifestDef.kind);
      if (!bytes) return;
      let remote: { data: Manifest; meta: { clock: Clock } };
      try {
        remote = decodeShardVersion(
          this.env.key,
          this.env.vaultId,
          manifestDef.kind,
          m.adapter.file,
          bytes,
          manifestDef,
        );
      } catch (err) {
        if (err instanceof FileProblem) return;
        throw err;
      }
      const before = new Set(m.low.data.shards.map((e) => e.name));
      const merged = mergeManifests(m.low.data, remote.data);
      const same = sameManifest(merged, remote.data);
      const order = compareClocks(m.adapter.meta.clock, remote.meta.clock);
      m.low.data = merged;
      if (same && (order === 'before' || order === 'equal')) {
        m.adapter.meta.clock = remote.meta.clock;
      } else {
        m.adapter.meta.clock = joinClocks(m.adapter.meta.clock, remote.meta.clock);
        this.markDirty(m as unknown as Loaded<unknown>);
      }
      const kinds = new Set<string>();
      for (const e of merged.shards) {
        if (!before.has(e.name)) kinds.add(e.kind);
        const s = this.shards.get(e.name);
        if (s && e.clock && compareClocks(s.adapter.meta.clock, e.clock) === 'before')
          this.setWaiting(s, 'older');
        else if (!s && !before.has(e.name)) this.waiting.set(e.name, 'missing');
      }
      for (const k of kinds) this.env.onChanged(k);
      this.env.onSyncState();
    });
    for (const name of [...this.waiting.keys()])
      if (!this.shards.has(name)) await this.recheckWaiting(name);
  }

  /** A shard that is not loaded and waited for its file: does the file on disk now match? */
  private async recheckWaiting(name: string): Promise<void> {
    if (!this.waiting.has(name)) return;
    const file = name + SHARD_EXT;
    const bytes = await readIfExists(this.env.files.fs, this.env.files.path(file));
    let clock: Clock | null = null;
    const incomplete: string[] = [];
    if (bytes) {
      try {
        clock = readShardHeader(bytes, file).header.clock ?? {};
        if (bytes.length < 8) incomplete.push(name);
      } catch {
        incomplete.push(name);
      }
    }
    let reason: WaitReason | null;
    try {
      reason = this.behind(name, clock, incomplete);
    } catch {
      reason = null;
    }
    if (reason) this.waiting.set(name, reason);
    else this.waiting.delete(name);
    this.env.onSyncState();
  }

  /**
   * Folds another version into a loaded shard: our unsaved changes are stamped first, then
   * the two are merged. When the merge is exactly the other version it is adopted as it is
   * (nothing written); otherwise the merge is written.
   */
  private absorb(
    s: Loaded<unknown>,
    remote: { data: unknown; meta: SyncMetaType; clock: Clock },
    replace: boolean,
  ): void {
    const local = { data: s.low.data, meta: s.adapter.meta };
    if (!replace) stamp(local, this.env.computer, this.env.now(), s.def.sync);
    const merged = replace
      ? { data: remote.data, meta: remote.meta, sameAsRemote: true, sameAsLocal: false }
      : mergeStates(local, remote, { now: this.env.now(), hints: s.def.sync });
    const order = compareClocks(local.meta.clock, remote.meta.clock);
    const adopt = merged.sameAsRemote && (replace || order === 'before' || order === 'equal');
    if (!merged.sameAsLocal) s.low.data = merged.data;
    s.adapter.meta = merged.meta;
    if (adopt) {
      s.adapter.meta.clock = remote.meta.clock;
      if (s.dirty) {
        s.dirty = false;
        this.dirtyOrder = this.dirtyOrder.filter((d) => d !== s);
      }
    } else this.markDirty(s, true);
    this.record(s);
    const entry = this.manifest.low.data.shards.find((e) => e.name === s.name);
    const behind = entry?.clock && compareClocks(s.adapter.meta.clock, entry.clock) === 'before';
    this.setWaiting(s, behind ? 'older' : null);
    if (!merged.sameAsLocal) this.env.onChanged(s.kind);
    this.env.onSyncState();
  }

  /** Brings the manifest entry of a shard up to the version in memory (clock and conflicts). */
  private record(s: Loaded<unknown>): void {
    const shards = this.manifest.low.data.shards;
    const entry = shards.find((e) => e.name === s.name);
    if (!entry) return;
    const clock = joinClocks(entry.clock ?? {}, s.adapter.meta.clock);
    const conflicts = Object.keys(s.adapter.meta.conflicts).length;
    if (compareClocks(clock, entry.clock ?? {}) === 'equal' && (entry.conflicts ?? 0) === conflicts)
      return;
    const countChanged = (entry.conflicts ?? 0) !== conflicts;
    entry.clock = clock;
    if (conflicts) entry.conflicts = conflicts;
    else delete entry.conflicts;
    // A newer clock alone rides along with the next manifest write (at the latest when the
    // vault locks): an autosave then costs one file, and a manifest that lags only ever
    // checks less, never wrongly.
    if (countChanged) this.markDirty(this.manifest as unknown as Loaded<unknown>);
    else this.manifestLags = true;
  }

  private setWaiting(s: Loaded<unknown>, reason: WaitReason | null): void {
    if (s.waiting === reason) return;
    s.waiting = reason;
    if (reason) this.waiting.set(s.name, reason);
    else this.waiting.delete(s.name);
    this.env.onSyncState();
  }

  private waitingError(s: Loaded<unknown>): AppError {
    return new AppError('waiting-for-sync', waitingMessage(s.adapter.file), {
      file: s.adapter.file,
    });
  }

  /** Merges the copies waiting for a shard just loaded; they are removed once the merge is written. */
  private async mergeCopiesInto(s: Loaded<unknown>): Promise<void> {
    for (const copy of this.copies.filter((c) => c.shard === s.name)) {
      this.copies.splice(this.copies.indexOf(copy), 1);
      await this.readCopy(s, copy);
    }
  }

  private async readCopy(s: Loaded<unknown>, copy: SyncCopy): Promise<void> {
    const bytes = await readIfExists(this.env.files.fs, copy.path);
    if (!bytes || this.closed) return;
    let remote;
    try {
      remote = decodeShardVersion(this.env.key, this.env.vaultId, s.name, copy.file, bytes, s.def);
    } catch {
      // Not complete yet, or not readable: left where it is, looked at again next time.
      return;
    }
    if (s.waiting === 'missing' || s.waiting === 'incomplete') {
      // Our own file is not here: keep the copy until it is, so nothing is merged into nothing.
      this.copies.push(copy);
      return;
    }
    const local = { data: s.low.data, meta: s.adapter.meta };
    stamp(local, this.env.computer, this.env.now(), s.def.sync);
    const merged = mergeStates(local, remote, { now: this.env.now(), hints: s.def.sync });
    if (merged.sameAsLocal && !s.dirty) {
      await this.env.files.fs.unlink(copy.path).catch(() => undefined);
      return;
    }
    if (!merged.sameAsLocal) s.low.data = merged.data;
    s.adapter.meta = merged.meta;
    s.mergedCopies.push(copy.path);
    this.markDirty(s, true);
    this.record(s);
    if (!merged.sameAsLocal) this.env.onChanged(s.kind);
    this.env.onSyncState();
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
    if (def.kind !== manifestDef.kind) this.env.defs.set(def.kind, def as ShardDef<unknown>);
    let waiting: WaitReason | null = this.waiting.get(name) ?? null;
    try {
      await low.read();
    } catch (err) {
      if (!(err instanceof FileProblem)) throw err;
      if (!isIncomplete(err) || def.kind === manifestDef.kind) {
        this.env.onProblem(err);
        throw fileProblemError(err);
      }
      // Still being copied by a sync client: shown empty and read-only until it arrives.
      waiting = 'incomplete';
    }
    if (this.closed) throw lockedError();
    const isClosed = (): boolean => this.closed;
    const markDirty = (): void => this.markDirty(s as unknown as Loaded<unknown>);
    const waitingError = (): AppError => this.waitingError(s as unknown as Loaded<unknown>);
    const s: Loaded<T> = {
      name,
      kind: def.kind,
      part,
      def,
      low,
      adapter,
      dirty: false,
      blocked: null,
      waiting,
      mergedCopies: [],
      handle: {
        name,
        get data(): T {
          if (isClosed()) throw lockedError();
          return low.data;
        },
        change(fn: (data: T) => void): void {
          if (isClosed()) throw lockedError();
          if (s.waiting) throw waitingError();
          try {
            fn(low.data);
          } finally {
            markDirty();
          }
        },
      },
    };
    this.shards.set(name, s as unknown as Loaded<unknown>);
    if (waiting) this.waiting.set(name, waiting);
    if (def.kind !== manifestDef.kind) await this.mergeCopiesInto(s as unknown as Loaded<unknown>);
    return s;
  }

  private markDirty(s: Loaded<unknown>, merged = false): void {
    if (this.closed || (s.waiting && !merged)) return;
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

  /**
   * Stamps a shard's changed records and encrypts it. Each record is serialised once: its
   * text gives its digest and makes up the file.
   */
  private seal(s: Loaded<unknown>, me: string): Sealed {
    const meta = s.adapter.meta;
    const { dataJson } = stampForWrite(
      { data: s.low.data, meta },
      me,
      this.env.now(),
      s.def.sync ?? {},
      s.adapter.texts,
    );
    meta.clock = tick(meta.clock, me);
    return s.adapter.seal(dataJson);
  }

  private async writeDirty(): Promise<void> {
    const held: Loaded<unknown>[] = [];
    const me = this.env.computer;
    while (this.dirtyOrder.length) {
      const batch = this.dirtyOrder;
      this.dirtyOrder = [];
      for (const s of batch) {
        if (s.blocked || s.waiting) {
          held.push(s);
          continue;
        }
        s.dirty = false;
        const meta = s.adapter.meta;
        if (s.kind === manifestDef.kind) {
          meta.clock = tick(meta.clock, me);
          await s.low.write();
        } else await s.adapter.store(this.seal(s, me));
        if (s.kind === manifestDef.kind && s.adapter.lastWriteOk) this.manifestLags = false;
        if (!s.adapter.lastWriteOk || s.kind === manifestDef.kind) continue;
        // Recorded only once on disk: the manifest never names a version the disk does not have.
        this.record(s);
        for (const path of s.mergedCopies.splice(0))
          await this.env.files.fs.unlink(path).catch(() => undefined);
      }
    }
    // Changes to a shard whose file cannot be read stay in memory and go to the rescue
    // file; nothing overwrites that file.
    this.dirtyOrder.push(...held);
    if (held.some((s) => s.blocked) || this.rescueHeld) await this.saveRescue();
    if (held.length) this.env.onHeld(this.heldMessage());
  }
}

/** Two manifests together: every shard either lists, each with the newer of the two records. */
export function mergeManifests(a: Manifest, b: Manifest): Manifest {
  const out = new Map<string, Manifest['shards'][number]>();
  for (const e of [...a.shards, ...b.shards]) {
    const have = out.get(e.name);
    if (!have) {
      out.set(e.name, { ...e });
      continue;
    }
    const order = compareClocks(have.clock ?? {}, e.clock ?? {});
    const conflicts =
      order === 'after'
        ? have.conflicts
        : order === 'before'
          ? e.conflicts
          : Math.max(have.conflicts ?? 0, e.conflicts ?? 0) || undefined;
    const clock = joinClocks(have.clock ?? {}, e.clock ?? {});
    out.set(e.name, {
      ...have,
      version: Math.max(have.version, e.version),
      ...(Object.keys(clock).length ? { clock } : {}),
      ...(conflicts ? { conflicts } : { conflicts: undefined }),
    });
  }
  const shards = [...out.values()].map((e) => {
    const { conflicts, ...rest } = e;
    return conflicts ? { ...rest, conflicts } : rest;
  });
  return { shards };
}

function sameManifest(a: Manifest, b: Manifest): boolean {
  const key = (m: Manifest): string =>
    JSON.stringify(
      [...m.shards]
        .sort((x, y) => (x.name < y.name ? -1 : 1))
        .map((e) => [e.name, e.kind, e.part, e.version, e.clock ?? {}, e.conflicts ?? 0]),
    );
  return key(a) === key(b);
}
