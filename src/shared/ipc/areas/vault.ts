import { z } from 'zod';
import { channel } from '../channel';
import { IsoDateTime } from '../../domain/common';

export const VaultState = z.enum(['none', 'locked', 'unlocked']);
export type VaultState = z.infer<typeof VaultState>;

/** A problem with one of the vault's files, reported instead of overwriting it. */
export const VaultProblem = z.object({
  file: z.string(),
  code: z.string(),
  message: z.string(),
});
export type VaultProblem = z.infer<typeof VaultProblem>;

/** A vault file a sync client has not finished copying here: that part is read-only until it arrives. */
export const VaultWaiting = z.object({
  file: z.string(),
  reason: z.enum(['missing', 'incomplete', 'older']),
  message: z.string(),
});
export type VaultWaiting = z.infer<typeof VaultWaiting>;

/** Another computer with the vault open (from its lock file): a notice, never a block. */
export const OtherComputer = z.object({ computer: z.string(), since: IsoDateTime });
export type OtherComputer = z.infer<typeof OtherComputer>;

/** One version of a record changed on two computers at once. */
export const ConflictVersion = z.object({
  /** Identifies the version when choosing it. */
  version: z.string().max(64),
  /** When and on which computer it was made (null for a record older than revisions). */
  at: IsoDateTime.nullable(),
  computer: z.string(),
  deleted: z.boolean(),
  /** The record as that computer saved it (null when deleted). */
  value: z.unknown(),
});
export type ConflictVersion = z.infer<typeof ConflictVersion>;

/** A record changed on two computers at once, waiting for the user to choose. */
export const RecordConflict = z.object({
  shard: z.string(),
  /** What kind of record (journal, meetings, leaders, …). */
  kind: z.string(),
  key: z.string(),
  /** The version shown now first, then the others. */
  versions: z.array(ConflictVersion).min(2),
});
export type RecordConflict = z.infer<typeof RecordConflict>;

/**
 * Changes Upward could not save because their file on disk cannot be read, kept in an
 * encrypted rescue file in the vault folder until the user applies or discards them.
 */
export const VaultRescue = z.object({
  /** The files whose changes are kept (empty while locked: the names are inside the seal). */
  files: z.array(z.string()),
  /** When the newest of them was kept; null when unknown. */
  savedAt: IsoDateTime.nullable(),
  /** True when they can be applied now (unlocked, and the rescue file opens with the vault's key). */
  canApply: z.boolean(),
  /** What happened and what the user can do, in words. */
  message: z.string(),
});
export type VaultRescue = z.infer<typeof VaultRescue>;

export const VaultStatus = z.object({
  state: VaultState,
  /** Folder holding the vault. */
  location: z.string(),
  /** Seconds the user must wait before the next unlock attempt (after repeated failures). */
  retryAfterSeconds: z.number().int().min(0),
  /** Set when a file could not be read: the vault stays locked and nothing is overwritten. */
  problem: VaultProblem.nullable(),
  /** A change could not be written yet (disk full, …); it is kept in memory and retried. */
  pendingWriteError: z.string().nullable(),
  /** Files a sync client is still copying here (read-only until they arrive). */
  waiting: z.array(VaultWaiting).default([]),
  /** Other computers that have this vault open too; their changes merge with ours. */
  otherComputers: z.array(OtherComputer).default([]),
  /** Records changed on two computers at once, waiting for the user in the Conflicts screen. */
  conflicts: z.number().int().min(0).default(0),
  /** Set when the settings file (which records where the vault is) could not be read. */
  settingsProblem: z.string().nullable().default(null),
  /** Changes kept in the rescue file (their file could not be written), or null. */
  rescue: VaultRescue.nullable().default(null),
});
export type VaultStatus = z.infer<typeof VaultStatus>;

export const Passphrase = z.string().min(8, 'Use at least 8 characters').max(1024);
export const Secret = z.string().min(1).max(1024);

export const BackupInfo = z.object({
  id: z.string(),
  createdAt: IsoDateTime,
  files: z.number().int(),
  bytes: z.number().int(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

const Saved = z.object({ path: z.string().nullable() });

/** The vault: create, unlock, lock, keys, backups, moving. */
export const vaultContract = {
  status: channel(z.undefined(), VaultStatus),
  create: channel(z.object({ passphrase: Passphrase }), z.object({ recoveryCode: z.string() })),
  unlock: channel(
    z.object({ method: z.enum(['passphrase', 'recovery']), secret: Secret }),
    VaultStatus,
  ),
  lock: channel(z.undefined(), VaultStatus),
  /**
   * Resolves once every change made so far is durably on disk (written, synced, renamed):
   * `saved` is true then. Writes stay coalesced; this waits for them. `saved` is false,
   * with the reason, when a change is kept in memory because it cannot be written.
   */
  whenSaved: channel(
    z.undefined(),
    z.object({ saved: z.boolean(), message: z.string().nullable() }),
  ),
  /**
   * Re-encrypts every file under a fresh data key wrapped under the new passphrase and a
   * new recovery code (returned): neither old secret opens the vault afterwards. Progress
   * arrives as `rekeyProgress` events.
   */
  changePassphrase: channel(
    z.object({ current: Secret, next: Passphrase }),
    z.object({ recoveryCode: z.string() }),
  ),
  /** Like a passphrase change: a fresh data key under the passphrase and a new recovery code. */
  regenerateRecoveryCode: channel(
    z.object({ passphrase: Secret }),
    z.object({ recoveryCode: z.string() }),
  ),
  /** Saves the one-page recovery kit (.docx); the path is null when the user cancelled. */
  saveRecoveryKit: channel(z.object({ recoveryCode: z.string().max(200) }), Saved),
  listBackups: channel(z.undefined(), z.array(BackupInfo)),
  /** Deletes the listed backups by id (e.g. those made before the secrets changed). */
  deleteBackups: channel(
    z.object({ ids: z.array(z.string().max(200)).max(1000) }),
    z.object({ deleted: z.number().int().min(0) }),
  ),
  backupNow: channel(z.undefined(), BackupInfo),
  /**
   * Checks the whole backup with the secret the vault had when it was made, then replaces
   * the vault with it and opens it. A damaged backup is refused and nothing changes.
   */
  restoreBackup: channel(
    z.object({
      id: z.string().max(200),
      method: z.enum(['passphrase', 'recovery']),
      secret: Secret,
    }),
    VaultStatus,
  ),
  /**
   * Asks for a folder and opens the vault found in it (or in a folder inside it, two
   * levels deep): the way a second computer joins, or a vault is found again after the
   * settings file was lost. The vault is left locked; null when cancelled.
   */
  openExisting: channel(z.undefined(), z.object({ location: z.string().nullable() })),
  /** Asks for a folder and moves the vault there; null when cancelled. */
  move: channel(z.undefined(), z.object({ location: z.string().nullable() })),
  /**
   * Applies the changes kept in the rescue file to their (repaired or restored) files,
   * record by record. Changes to a file that still cannot be read stay kept (`kept`, why).
   */
  applyRescue: channel(
    z.undefined(),
    z.object({
      applied: z.array(z.string()),
      kept: z.array(z.object({ file: z.string(), message: z.string() })),
    }),
  ),
  /** Deletes the changes kept in the rescue file (the UI asks first). */
  discardRescue: channel(z.undefined(), z.object({ discarded: z.boolean() })),
  /** Records changed on two computers at once, each with every version kept. */
  conflicts: channel(z.undefined(), z.array(RecordConflict)),
  /** Keeps the chosen version of a conflicted record; false when it was settled meanwhile. */
  resolveConflict: channel(
    z.object({ shard: z.string().max(200), key: z.string().max(400), version: z.string().max(64) }),
    z.object({ resolved: z.boolean() }),
  ),
  /** Writes the whole vault as one encrypted file; path null when cancelled. */
  exportArchive: channel(z.undefined(), Saved),
  /**
   * Replaces an empty vault (or none) with an archive's content, unlocking it with `secret`.
   * `opened`: the file the user opened Upward with (double-click), instead of asking for one.
   */
  importArchive: channel(
    z.object({
      method: z.enum(['passphrase', 'recovery']),
      secret: Secret,
      opened: z.boolean().optional(),
    }),
    VaultStatus,
  ),
  /** The encrypted copy the user opened Upward with and has not imported yet, if any. */
  openedArchive: channel(z.undefined(), z.object({ name: z.string() }).nullable()),
};
