import { join } from 'node:path';
import type { VaultProblem, VaultRescue, VaultStatus } from '../../../shared/ipc/areas/vault';
import { AppError } from '../errors';
import type { CoreDeps } from '../platform/types';
import type { SettingsService } from '../services/settingsService';
import { createBackup, listBackups, rotateBackups, vaultFileNames } from './backups';
import { type ScryptParams, defaultScryptParams } from './crypto';
import { DiskStore } from './diskStore';
import { FileProblem, describeFileProblem, fileProblemError } from './fileProblem';
import { IdleTimer } from './idleLock';
import { KEY_FILE, type KeyFile, parseKeyFile } from './keyFile';
import { ROTATION_DIR, finishRotation } from './keyRotation';
import { RESCUE_FILE, UNREADABLE_RESCUE } from './rescue';
import { Serial } from './serial';
import { UnlockThrottle } from './throttle';
import { verifyShards } from './verify';
import { SHARD_EXT, VaultFiles } from './vaultFiles';
import { type VaultFs, nodeVaultFs, readIfExists } from './vaultFs';
import type { LockReason } from './vaultService.types';
import {
  type LockEnv,
  type WriterLock,
  acquireWriterLock,
  isLockFileName,
  otherComputers,
  systemLockEnv,
} from './writerLock';
import type { ShardDef } from './store';
import { waitingMessage } from './diskStore';

/** An automatic backup is made on unlock when the newest one is older than this. */
const BACKUP_EVERY_MS = 60 * 60 * 1000;
/** Quiet time after a file-system event before the file is checked. */
const WATCH_SETTLE_MS = 150;
const TEMP =
  /^\.(keys\.json|unsaved-changes\.rescue|[A-Za-z0-9][A-Za-z0-9_-]*\.upw)\.[0-9a-f]+\.tmp$/;

/** Ways tests replace the outside world of the vault. */
export interface VaultServiceOptions {
  fs?: VaultFs;
  lockEnv?: LockEnv;
}

/** The unlocked vault: data key, key file, store and what watches over them. */
export interface Session {
  key: Buffer;
  keyFile: KeyFile;
  store: DiskStore;
  idle: IdleTimer;
  watcher: { close(): void };
  settle: Map<string, unknown>;
}

/**
 * The vault's state and the steps every operation is built from: reading the key file,
 * opening and closing a session, the writer lock, backups. Operations that change the
 * vault's state run one at a time (`ops`); disk work runs in the file queue.
 */
export class VaultRuntime {
  readonly fs: VaultFs;
  readonly lockEnv: LockEnv;
  readonly params: ScryptParams;
  readonly ops = new Serial();
  readonly throttle = new UnlockThrottle();
  readonly files: VaultFiles;
  session: Session | null = null;
  problem: VaultProblem | null = null;
  /** Shard kinds seen so far, so another computer's versions of any kind can be read. */
  readonly defs = new Map<string, ShardDef<unknown>>();
  readonly lockListeners: (() => void)[] = [];
  readonly unlockListeners: (() => void)[] = [];
  private writer: WriterLock | null = null;

  constructor(
    readonly deps: CoreDeps,
    readonly settings: SettingsService,
    opts: VaultServiceOptions,
  ) {
    this.fs = opts.fs ?? nodeVaultFs;
    this.lockEnv = opts.lockEnv ?? systemLockEnv;
    this.params = defaultScryptParams(deps.scryptLogN ?? 17);
    this.files = new VaultFiles(this.fs, settings.vaultDir(), {
      timers: deps.timers,
      clock: deps.clock,
      onWriteStatus: (message) => deps.events.emit('writeStatus', { message }),
      onConflict: (c) => {
        // Another version arrived while ours was being written: kept aside, then merged.
        const shard = c.file.slice(0, -SHARD_EXT.length);
        void this.session?.store
          .takeCopy({ path: c.copy, file: c.copy.slice(this.files.dir.length + 1), shard })
          .catch(() => undefined);
      },
    });
    settings.onChange(() => this.session?.idle.reschedule());
  }

  now(): number {
    return this.deps.clock.now();
  }

  nowIso(): string {
    return new Date(this.now()).toISOString();
  }

  /** The vault folder (follows the setting while nothing is open or waiting). */
  dir(): string {
    if (!this.session && !this.files.hasPending()) this.files.dir = this.settings.vaultDir();
    return this.files.dir;
  }

  /** The open session, or a `locked` error. */
  requireSession(): Session {
    if (!this.session) throw new AppError('locked', 'The vault is locked. Unlock it to continue.');
    return this.session;
  }

  /** Records a file problem for the status and returns the error to throw. */
  reportProblem(p: FileProblem): AppError {
    this.problem = { file: p.file, code: p.code, message: describeFileProblem(p) };
    return fileProblemError(p);
  }

  async status(): Promise<VaultStatus> {
    const dir = this.dir();
    let state: VaultStatus['state'] = 'unlocked';
    if (!this.session) state = (await vaultFileNames(this.fs, dir)).length ? 'locked' : 'none';
    return {
      state,
      location: dir,
      retryAfterSeconds: this.throttle.retryAfterSeconds(this.now()),
      problem: this.problem,
      pendingWriteError: this.files.writeError() ?? this.session?.store.heldMessage() ?? null,
      waiting: (this.session?.store.waitingFiles() ?? []).map((w) => ({
        ...w,
        message: waitingMessage(w.file),
      })),
      otherComputers: await otherComputers(this.fs, dir, this.lockEnv).catch(() => []),
      conflicts: this.session?.store.conflictCount() ?? 0,
      settingsProblem: state === 'none' ? this.settings.problem() : null,
      rescue: await this.rescueStatus(dir),
    };
  }

  /** What the status says of the rescue file: while locked only that it is there. */
  private async rescueStatus(dir: string): Promise<VaultRescue | null> {
    const store = this.session?.store;
    if (!store) {
      if (!(await this.fs.stat(join(dir, RESCUE_FILE)))) return null;
      return {
        files: [],
        savedAt: null,
        canApply: false,
        message: `Changes Upward could not save (their file on disk could not be read) are kept in an encrypted rescue file in the vault folder, “${RESCUE_FILE}”. Unlock to apply them or discard them.`,
      };
    }
    const notice = store.rescueNotice();
    if (!notice) return null;
    if (!notice.readable)
      return { files: [], savedAt: null, canApply: false, message: UNREADABLE_RESCUE };
    const names = notice.files.map((f) => `“${f}”`).join(', ');
    return {
      files: notice.files,
      savedAt: notice.savedAt,
      canApply: true,
      message: `Changes to ${names} could not be saved because the file on disk could not be read; they were kept in an encrypted rescue file. Once the file is put right (the right file put back or a backup restored), apply them; or discard them.`,
    };
  }

  /** Reads the key file; a missing or unreadable one is reported and never rewritten. */
  async readKeyFile(): Promise<KeyFile> {
    const dir = this.dir();
    const bytes = await readIfExists(this.fs, join(dir, KEY_FILE));
    if (!bytes) {
      if ((await vaultFileNames(this.fs, dir)).length === 0) {
        throw new AppError(
          'no-vault',
          'There is no vault in this folder yet. Create one, or import an exported vault.',
        );
      }
      throw this.reportProblem(new FileProblem('corrupt', KEY_FILE, 'the key file is missing'));
    }
    try {
      return parseKeyFile(bytes);
    } catch (err) {
      if (err instanceof FileProblem) throw this.reportProblem(err);
      throw err;
    }
  }

  /** Completes (or discards) a key rotation a crash interrupted, before the key file is read. */
  async finishInterruptedRotation(): Promise<void> {
    const dir = this.dir();
    if (!(await this.fs.stat(join(dir, ROTATION_DIR)))) return;
    await this.takeWriter();
    try {
      await this.files.queue.run(() => finishRotation(this.fs, dir));
    } finally {
      await this.releaseWriter();
    }
  }

  /** Takes the writer lock of the current folder (or keeps the one already held there). */
  async takeWriter(): Promise<void> {
    const dir = this.dir();
    if (this.writer?.dir === dir) return;
    await this.releaseWriter();
    this.holdWriter(await acquireWriterLock(this.fs, dir, this.lockEnv));
  }

  async releaseWriter(): Promise<void> {
    const w = this.writer;
    this.writer = null;
    await w?.release();
  }

  /** Replaces the held writer lock by one already taken elsewhere (the vault moved). */
  async swapWriter(next: WriterLock): Promise<void> {
    await this.releaseWriter();
    this.holdWriter(next);
  }

  /**
   * Keeps a writer lock. It is never rewritten while held: a sync client would upload it
   * again and again for nothing, and other computers only read it as a notice.
   */
  private holdWriter(lock: WriterLock): void {
    this.writer = lock;
  }

  /**
   * Opens a session with an unwrapped data key: takes the writer lock, checks every
   * shard file, loads the manifest, then starts auto-lock and the folder watcher.
   * Nothing is written before every file has been checked.
   */
  async openSession(
    keyFile: KeyFile,
    key: Buffer,
    opts: { backupIfDue?: boolean } = {},
  ): Promise<void> {
    try {
      await this.takeWriter();
      const dir = this.dir();
      for (const name of await this.fs.readdir(dir))
        if (TEMP.test(name)) await this.fs.unlink(join(dir, name)).catch(() => undefined);
      this.files.forget();
      const scan = await verifyShards(this.files, key, keyFile.vaultId);
      const store = await DiskStore.open(
        {
          files: this.files,
          key,
          vaultId: keyFile.vaultId,
          timers: this.deps.timers,
          computer: this.deps.computerName ?? this.lockEnv.host,
          now: () => this.now(),
          defs: this.defs,
          onSyncState: () => this.deps.events.emit('dataChanged', { area: 'vault' }),
          onProblem: (p) => void this.reportProblem(p),
          onChanged: (kind) => this.deps.events.emit('dataChanged', { area: kind }),
          onHeld: (message) =>
            this.deps.events.emit('writeStatus', { message: message ?? this.files.writeError() }),
        },
        scan,
      );
      const idle = new IdleTimer(
        this.deps.timers,
        this.deps.clock,
        () => this.settings.get().autoLockMinutes,
        () => {
          void this.ops.run(() => this.closeSession('idle'));
        },
      );
      const settle = new Map<string, unknown>();
      const watcher = this.watchFolder(dir);
      this.session = { key, keyFile, store, idle, watcher, settle };
    } catch (err) {
      key.fill(0);
      if (!this.files.hasPending()) await this.releaseWriter();
      if (err instanceof FileProblem) throw this.reportProblem(err);
      throw err;
    }
    this.problem = null;
    this.session.idle.start();
    for (const fn of this.unlockListeners) safely(fn);
    if (opts.backupIfDue !== false) void this.backupIfDue().catch(() => undefined);
    void this.session.store.takeCopies().catch(() => undefined);
  }

  /** Locks: listeners first, then every change is written and the key and documents dropped. */
  async closeSession(reason: LockReason, emit = true): Promise<void> {
    const s = this.session;
    if (!s) return;
    this.session = null;
    s.idle.stop();
    s.watcher.close();
    for (const h of s.settle.values()) this.deps.timers.clearTimeout(h);
    for (const fn of this.lockListeners) safely(fn);
    try {
      await s.store.close();
    } finally {
      s.key.fill(0);
      if (!this.files.hasPending()) await this.releaseWriter();
      else {
        // Encrypted changes still waiting for the disk keep the vault ours until written.
        void this.files.drained().then(() => (this.session ? undefined : this.releaseWriter()));
      }
      if (emit) this.deps.events.emit('locked', { reason });
    }
  }

  /** Makes a backup now and rotates old ones (inside the file queue, so no write interleaves). */
  backup(): ReturnType<typeof createBackup> {
    return this.files.queue.run(async () => {
      const info = await createBackup(this.fs, this.dir(), this.now());
      await rotateBackups(this.fs, this.dir(), this.settings.get().backupsKept);
      return info;
    });
  }

  private async backupIfDue(): Promise<void> {
    const newest = (await listBackups(this.fs, this.dir()))[0];
    if (newest && this.now() - Date.parse(newest.createdAt) < BACKUP_EVERY_MS) return;
    await this.backup();
  }

  /** Watches a vault folder for files another program changes. */
  watchFolder(dir: string): { close(): void } {
    return this.fs.watch(dir, (name) => this.onDiskEvent(name));
  }

  private onDiskEvent(name: string): void {
    const s = this.session;
    if (!s) return;
    if (isLockFileName(name)) {
      // Another computer opened or closed the vault: the notice in the status changes.
      this.deps.events.emit('dataChanged', { area: 'vault' });
      return;
    }
    if (name.startsWith('.') || !name.toLowerCase().endsWith(SHARD_EXT)) return;
    const prev = s.settle.get(name);
    if (prev !== undefined) this.deps.timers.clearTimeout(prev);
    s.settle.set(
      name,
      this.deps.timers.setTimeout(() => {
        s.settle.delete(name);
        if (this.session === s) void s.store.syncFile(name).catch(() => undefined);
      }, WATCH_SETTLE_MS),
    );
  }
}

function safely(fn: () => void): void {
  try {
    fn();
  } catch {
    // One service failing to react must not stop the vault from locking or unlocking.
  }
}
