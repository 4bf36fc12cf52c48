import { join } from 'node:path';
import { toApiError } from '../errors';
import type { Clock, Timers } from '../platform/types';
import { HEAD_BYTES, readShardHeader } from './shardFormat';
import { Serial } from './serial';
import { type VaultFs, isNotFound, readIfExists, writeAtomic } from './vaultFs';

/** The extension of shard files. */
export const SHARD_EXT = '.upw';
/** Folder (inside the vault) where versions changed by another program are kept aside. */
export const CONFLICTS_DIR = 'conflicts';
const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 30_000;

/** A version of a shard that another program wrote, kept aside instead of being overwritten. */
export interface ConflictCopy {
  file: string;
  copy: string;
  at: string;
}

/** The sentence shown while a change cannot be written. */
export function writeFailureMessage(err: unknown): string {
  const api = toApiError(err);
  switch (api.code) {
    case 'disk-full':
      return api.message;
    case 'no-permission':
      return `${api.message} Your change is kept and will be saved as soon as writing is allowed.`;
    case 'io':
      return api.message;
    default:
      return 'Upward could not save your latest change. It is kept and will be retried.';
  }
}

/** Stamp used in file names: an ISO time without characters some systems reject. */
export function fileStamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');
}

/** Versions of a file are told apart by the IV in its header (fresh for every write). */
const ABSENT = '';
const UNREADABLE = '?';

function ivOf(bytes: Uint8Array, file: string): string {
  try {
    return readShardHeader(bytes, file).header.iv;
  } catch {
    return UNREADABLE;
  }
}

/**
 * The encrypted files of one vault folder. Every disk operation runs through one queue,
 * so writes, backups and moves never interleave. A write that fails keeps its encrypted
 * bytes in memory (never the plaintext) and is retried with backoff, even after the
 * vault locks. Before overwriting a shard it checks the file is the version it last saw;
 * a version written by another program (a sync client) is kept aside as a conflict copy.
 */
export class VaultFiles {
  readonly queue = new Serial();
  private readonly pending = new Map<string, { bytes: Uint8Array; iv: string }>();
  private readonly known = new Map<string, string>();
  private error: string | null = null;
  private retryTimer: unknown = null;
  private retryDelay = RETRY_FIRST_MS;
  private drainedWaiters: (() => void)[] = [];

  constructor(
    readonly fs: VaultFs,
    public dir: string,
    private readonly env: {
      timers: Timers;
      clock: Clock;
      onWriteStatus(message: string | null): void;
      onConflict(c: ConflictCopy): void;
    },
  ) {}

  /** Full path of a file of the vault. */
  path(file: string): string {
    return join(this.dir, file);
  }

  /** The message of the last failed write while changes are still waiting; null when all is on disk. */
  writeError(): string | null {
    return this.error;
  }

  /** True while some encrypted change is not on disk yet. */
  hasPending(): boolean {
    return this.pending.size > 0;
  }

  /** Resolves once nothing is waiting to be written. */
  drained(): Promise<void> {
    if (!this.pending.size) return Promise.resolve();
    return new Promise((resolve) => this.drainedWaiters.push(resolve));
  }

  /** A shard's current bytes: the change waiting to be written, else the file; null when absent. */
  async read(name: string): Promise<Uint8Array | null> {
    const waiting = this.pending.get(name);
    if (waiting) return waiting.bytes;
    const bytes = await readIfExists(this.fs, this.path(name + SHARD_EXT));
    this.known.set(name, bytes ? ivOf(bytes, name + SHARD_EXT) : ABSENT);
    return bytes;
  }

  /** A shard's bytes on disk (never the change waiting), remembered as the version seen. */
  async readDisk(name: string): Promise<Uint8Array | null> {
    const bytes = await readIfExists(this.fs, this.path(name + SHARD_EXT));
    this.known.set(name, bytes ? ivOf(bytes, name + SHARD_EXT) : ABSENT);
    return bytes;
  }

  /** True when a write of this shard is waiting (or being retried). */
  isPending(name: string): boolean {
    return this.pending.has(name);
  }

  /** The version of a shard last read or written here (its IV), or undefined when not seen. */
  versionOf(name: string): string | undefined {
    const v = this.pending.get(name)?.iv ?? this.known.get(name);
    return v === ABSENT || v === UNREADABLE ? undefined : v;
  }

  /** Forgets versions seen (the vault locked or moved). */
  forget(): void {
    this.known.clear();
  }

  /** True when the shard file on disk is not the version last read or written here. */
  async changedOnDisk(name: string): Promise<boolean> {
    if (this.pending.has(name) || !this.known.has(name)) return false;
    // A file that disappeared is not a newer version: ours is written back on the next change.
    const disk = await this.diskIv(name);
    return disk !== ABSENT && disk !== this.known.get(name);
  }

  /** Queues encrypted bytes for a shard and writes them; false when the write failed (it will be retried). */
  write(name: string, bytes: Uint8Array, iv: string): Promise<boolean> {
    this.pending.set(name, { bytes, iv });
    return this.queue.run(() => this.writeOne(name));
  }

  /** Tries every waiting write now. */
  flushPending(): Promise<void> {
    return this.queue.run(async () => {
      for (const name of [...this.pending.keys()]) await this.writeOne(name);
    });
  }

  /** Stops the retry timer (app quit). */
  stop(): void {
    if (this.retryTimer !== null) this.env.timers.clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  /** The version of the shard on disk: its IV, or ABSENT / UNREADABLE. */
  private async diskIv(name: string): Promise<string> {
    const file = name + SHARD_EXT;
    try {
      return ivOf(await this.fs.readHead(this.path(file), HEAD_BYTES), file);
    } catch (err) {
      if (isNotFound(err)) return ABSENT;
      throw err;
    }
  }

  private async writeOne(name: string): Promise<boolean> {
    const item = this.pending.get(name);
    if (!item) return true;
    const file = name + SHARD_EXT;
    try {
      // The file about to be replaced is looked at while the new one is written (before the
      // rename): a version this instance did not read or write is kept aside first.
      const known = this.known.get(name);
      const keepOthers =
        known === undefined
          ? undefined
          : async (): Promise<void> => {
              const disk = await this.diskIv(name);
              if (disk !== ABSENT && disk !== known) await this.keepAside(file);
            };
      await writeAtomic(this.fs, this.path(file), item.bytes, keepOthers);
      this.known.set(name, item.iv);
      if (this.pending.get(name) === item) this.pending.delete(name);
      this.succeeded();
      return true;
    } catch (err) {
      this.failed(err);
      return false;
    }
  }

  private async keepAside(file: string): Promise<void> {
    const bytes = await readIfExists(this.fs, this.path(file));
    if (!bytes) return;
    const dir = this.path(CONFLICTS_DIR);
    await this.fs.mkdir(dir);
    const copy = join(
      dir,
      `${file.slice(0, -SHARD_EXT.length)}-${fileStamp(this.env.clock.now())}${SHARD_EXT}`,
    );
    await writeAtomic(this.fs, copy, bytes);
    this.env.onConflict({ file, copy, at: new Date(this.env.clock.now()).toISOString() });
  }

  private succeeded(): void {
    if (this.pending.size) return;
    this.retryDelay = RETRY_FIRST_MS;
    this.stop();
    if (this.error !== null) {
      this.error = null;
      this.env.onWriteStatus(null);
    }
    const waiters = this.drainedWaiters;
    this.drainedWaiters = [];
    waiters.forEach((w) => w());
  }

  private failed(err: unknown): void {
    const message = writeFailureMessage(err);
    if (message !== this.error) {
      this.error = message;
      this.env.onWriteStatus(message);
    }
    if (this.retryTimer !== null) return;
    const delay = this.retryDelay;
    this.retryDelay = Math.min(this.retryDelay * 2, RETRY_MAX_MS);
    this.retryTimer = this.env.timers.setTimeout(() => {
      this.retryTimer = null;
      void this.flushPending();
    }, delay);
  }
}
