import type { Handlers } from '../ipc/dispatch';
import type { RecordConflict } from './recordMerge';
import type { ShardDef, VaultStore } from './store';

export type LockReason = 'user' | 'idle' | 'suspend' | 'screen-lock' | 'shutdown';

/** The vault as the rest of core sees it. */
export interface VaultService {
  /** The `vault:*` channels. */
  handlers: Handlers['vault'];
  /** The unlocked store; throws a `locked` AppError while locked. */
  store(): VaultStore;
  isUnlocked(): boolean;
  /** Writes pending changes, then drops the data key and all decrypted data. */
  lock(reason: LockReason): Promise<void>;
  onLock(fn: () => void): void;
  onUnlock(fn: () => void): void;
  /** The kinds of shard the app has, so kept changes and copies of any kind can be read before it is opened. */
  knowShards(defs: ShardDef<unknown>[]): void;
  /** The user opened Upward with an encrypted copy (double-click): the import offers that file. */
  openArchiveFile(path: string): void;
  /** Has every service drop what it read and read again, as after an unlock (records were brought in). */
  reloadServices(): void;
  /** The user did something: pushes back auto-lock. */
  activity(): void;
  /** Writes pending changes and stops timers and watchers (app quit). */
  dispose(): Promise<void>;
  /** Records changed on two computers at once, by shard, waiting for the user. */
  conflicts(): Promise<{ shard: string; kind: string; conflicts: RecordConflict[] }[]>;
  /** Keeps the chosen version (by its digest) of a conflicted record; false when no longer open. */
  resolveConflict(shard: string, key: string, version: string): Promise<boolean>;
}
