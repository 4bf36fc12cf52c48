import { randomBytes } from 'node:crypto';
import { basename, join } from 'node:path';
import type { BackupInfo } from '../../../shared/ipc/areas/vault';
import { AppError, toApiError } from '../errors';
import type { CoreDeps } from '../platform/types';
import type { SettingsService } from '../services/settingsService';
import { deleteBackupsById, listBackups, vaultFileNames } from './backups';
import {
  KEY_FILE,
  type KeyFile,
  type UnlockMethod,
  createKeyFile,
  rewrapKeyFile,
  serialiseKeyFile,
  unwrapDataKey,
} from './keyFile';
import { formatRecoveryCode, generateRecoveryCode, normaliseRecoveryCode } from './recoveryCode';
import { openExistingVault } from './openExisting';
import { RotationCommitted, rotateDataKey } from './keyRotation';
import { writeFailureMessage } from './vaultFiles';
import { exportArchive, importArchive, moveVault, restoreBackup } from './vaultCarry';
import { VaultRuntime, type VaultServiceOptions } from './vaultRuntime';
import { writeAtomic } from './vaultFs';
import type { VaultService } from './vaultService.types';

export type { VaultServiceOptions } from './vaultRuntime';

/** The vault service plus what tests and diagnostics look at. */
export interface VaultServiceImpl extends VaultService {
  /** Checks loaded shards against the disk now (the folder watcher does this on its own). */
  syncWithDisk(): Promise<void>;
  /** Names of the shards decrypted and parsed so far in this session. */
  loadedShards(): string[];
}

function throttled(seconds: number): AppError {
  return new AppError(
    'throttled',
    `Too many wrong attempts. Wait ${seconds} second${seconds === 1 ? '' : 's'} before trying again.`,
    { retryAfterSeconds: seconds },
  );
}

function wrongSecret(method: UnlockMethod, waitSeconds: number): AppError {
  const base =
    method === 'recovery'
      ? 'That recovery code does not match this vault. Check it against your recovery kit.'
      : 'That passphrase is not right. Check Caps Lock and try again, or use your recovery code.';
  const wait = waitSeconds > 0 ? ` Wait ${waitSeconds} seconds before the next try.` : '';
  return new AppError(
    'wrong-passphrase',
    base + wait,
    waitSeconds > 0 ? { retryAfterSeconds: waitSeconds } : undefined,
  );
}

/**
 * The vault: creating and unlocking it, locking (by the user, when idle, on sleep),
 * passphrase and recovery code, backups, moving and carrying it. The data key and the
 * decrypted documents live here only while unlocked.
 */
export function createVaultService(
  deps: CoreDeps,
  settings: SettingsService,
  opts: VaultServiceOptions = {},
): VaultServiceImpl {
  const rt = new VaultRuntime(deps, settings, opts);

  /** Checks a secret of the open vault, counting wrong ones against the throttle. */
  async function checkSecret(method: UnlockMethod, secret: string): Promise<void> {
    const wait = rt.throttle.retryAfterSeconds(rt.now());
    if (wait > 0) throw throttled(wait);
    const key = await unwrapDataKey(rt.requireSession().keyFile, method, secret);
    if (!key) {
      rt.throttle.fail(rt.now());
      throw wrongSecret(method, rt.throttle.retryAfterSeconds(rt.now()));
    }
    key.fill(0);
    rt.throttle.succeed();
  }

  /** Replaces one wrapped copy of the data key, after a backup of the old key file. */
  async function rewrap(method: UnlockMethod, secret: string): Promise<void> {
    const s = rt.requireSession();
    await rt.backup();
    const next = await rewrapKeyFile(s.keyFile, s.key, method, secret, rt.params, rt.nowIso());
    await rt.files.queue.run(() =>
      writeAtomic(rt.fs, join(rt.dir(), KEY_FILE), serialiseKeyFile(next)),
    );
    s.keyFile = next;
  }

  // The encrypted copy the user opened Upward with, until it is imported.
  let openedArchive: string | null = null;

  /**
   * Re-encrypts every file under a fresh data key wrapped under `passphrase` and
   * `recoveryCode` (see keyRotation.ts). The session is closed around it (every change
   * written first) and opened again with the new key; on failure, with the old one.
   */
  async function rotate(passphrase: string, recoveryCode: string): Promise<void> {
    const s = rt.requireSession();
    const oldKeyFile = s.keyFile;
    const oldKey = Buffer.from(s.key);
    await rt.closeSession('user', false);
    let next: { keyFile: KeyFile; key: Buffer };
    try {
      if (rt.files.hasPending())
        throw new AppError(
          'io',
          'Some changes could not be saved yet (see the message about saving). Once they are on disk, try again.',
        );
      await rt.takeWriter();
      next = await rt.files.queue.run(() =>
        rotateDataKey({
          fs: rt.fs,
          dir: rt.dir(),
          keyFile: oldKeyFile,
          key: oldKey,
          passphrase,
          recoveryCode,
          params: rt.params,
          now: rt.nowIso(),
          onProgress: (done, total) => deps.events.emit('rekeyProgress', { done, total }),
        }),
      );
    } catch (err) {
      if (err instanceof RotationCommitted) {
        // The new key is the vault's key now; the files left to move are moved at unlock.
        oldKey.fill(0);
        err.key.fill(0);
        await rt.releaseWriter();
        throw new AppError(
          'io',
          `Your new secrets are in place, but not every file could be finished: ${writeFailureMessage(err.failure)} Unlock with the new passphrase to complete it.`,
        );
      }
      await rt.openSession(oldKeyFile, oldKey);
      if (err instanceof AppError) throw err;
      throw new AppError(
        toApiError(err).code,
        `Nothing was changed: ${writeFailureMessage(err)} Your vault still opens with your current passphrase and recovery code.`,
      );
    }
    oldKey.fill(0);
    await rt.openSession(next.keyFile, next.key, { backupIfDue: false });
    // A first backup under the new key; older ones stay under the old secrets.
    await rt.backup().catch(() => undefined);
    deps.events.emit('dataChanged', { area: 'vault' });
  }

  const handlers: VaultService['handlers'] = {
    status: () => rt.status(),

    create: ({ passphrase }) =>
      rt.ops.run(async () => {
        const exists = new AppError(
          'vault-exists',
          `A vault already exists in “${rt.dir()}”. Unlock it instead.`,
        );
        if (rt.session || (await vaultFileNames(rt.fs, rt.dir())).length) throw exists;
        await rt.fs.mkdir(rt.dir());
        await rt.takeWriter();
        if ((await vaultFileNames(rt.fs, rt.dir())).length) {
          await rt.releaseWriter();
          throw exists;
        }
        const recoveryCode = generateRecoveryCode();
        const { keyFile, dataKey } = await createKeyFile({
          vaultId: randomBytes(12).toString('base64url'),
          passphrase,
          recoveryCode,
          params: rt.params,
          now: rt.nowIso(),
        });
        await writeAtomic(rt.fs, join(rt.dir(), KEY_FILE), serialiseKeyFile(keyFile));
        await rt.openSession(keyFile, dataKey);
        await rt.requireSession().store.writeManifest();
        return { recoveryCode };
      }),

    unlock: ({ method, secret }) =>
      rt.ops.run(async () => {
        if (rt.session) return rt.status();
        await rt.finishInterruptedRotation();
        const wait = rt.throttle.retryAfterSeconds(rt.now());
        if (wait > 0) throw throttled(wait);
        const keyFile = await rt.readKeyFile();
        const key = await unwrapDataKey(keyFile, method, secret);
        if (!key) {
          rt.throttle.fail(rt.now());
          throw wrongSecret(method, rt.throttle.retryAfterSeconds(rt.now()));
        }
        rt.throttle.succeed();
        await rt.openSession(keyFile, key);
        if (keyFile[method].logN < rt.params.logN) {
          // Stored with a lower key-derivation cost than this version uses: raise it, in the
          // background, for the secret just typed (the other one is raised when it is used).
          void rt.ops.run(() => rewrap(method, secret)).catch(() => undefined);
        }
        return rt.status();
      }),

    lock: async () => {
      await rt.ops.run(() => rt.closeSession('user'));
      return rt.status();
    },

    whenSaved: async () => {
      const s = rt.session;
      // Locking writes everything first; what is left waiting is reported below.
      if (s) await s.store.whenWritten();
      const message = rt.files.writeError() ?? s?.store.heldMessage() ?? null;
      return { saved: message === null && !rt.files.hasPending(), message };
    },

    changePassphrase: ({ current, next }) =>
      rt.ops.run(async () => {
        await checkSecret('passphrase', current);
        // The recovery code is wrapped around the new key too, and only its words can do
        // that; a fresh code is made and shown, so both old secrets stop working.
        const recoveryCode = generateRecoveryCode();
        await rotate(next, recoveryCode);
        return { recoveryCode };
      }),

    regenerateRecoveryCode: ({ passphrase }) =>
      rt.ops.run(async () => {
        await checkSecret('passphrase', passphrase);
        const recoveryCode = generateRecoveryCode();
        await rotate(passphrase, recoveryCode);
        return { recoveryCode };
      }),

    saveRecoveryKit: async ({ recoveryCode }) => {
      const code = normaliseRecoveryCode(recoveryCode);
      if (!code) throw new AppError('invalid-input', 'That is not a valid recovery code.');
      const path = await deps.shell.chooseSavePath({
        title: 'Save your recovery kit',
        defaultName: 'Upward recovery kit.docx',
        filters: [{ name: 'Word document', extensions: ['docx'] }],
      });
      if (!path) return { path: null };
      // Loaded on first use: the .docx builder is large and rarely needed.
      const { buildRecoveryKitDocx } = await import('../export/recoveryKit');
      const bytes = await buildRecoveryKitDocx({
        recoveryCode: formatRecoveryCode(code),
        createdAt: rt.nowIso(),
        vaultLocation: rt.dir(),
      });
      await writeAtomic(rt.fs, path, bytes);
      return { path };
    },

    listBackups: () => listBackups(rt.fs, rt.dir()),

    deleteBackups: ({ ids }) =>
      rt.ops.run(async () => {
        const deleted = await rt.files.queue.run(() => deleteBackupsById(rt.fs, rt.dir(), ids));
        deps.events.emit('dataChanged', { area: 'vault' });
        return { deleted };
      }),

    backupNow: () =>
      rt.ops.run(async (): Promise<BackupInfo> => {
        await rt.session?.store.flush();
        return rt.backup();
      }),

    conflicts: async () => {
      const groups = await rt.requireSession().store.conflicts();
      return groups.flatMap((g) =>
        g.conflicts.map((c) => ({
          shard: g.shard,
          kind: g.kind,
          key: c.key,
          versions: c.versions.map((v) => ({
            version: v.h,
            at: v.at > 0 ? new Date(v.at).toISOString() : null,
            computer: v.by,
            deleted: v.deleted,
            value: v.deleted ? null : v.value,
          })),
        })),
      );
    },

    applyRescue: () =>
      rt.ops.run(async () => {
        const result = await rt.requireSession().store.applyRescue();
        // Services read again what the applied changes brought.
        if (result.applied.length)
          for (const fn of [...rt.lockListeners, ...rt.unlockListeners]) fn();
        deps.events.emit('dataChanged', { area: 'vault' });
        return result;
      }),

    discardRescue: () =>
      rt.ops.run(async () => {
        await rt.requireSession().store.discardRescue();
        deps.events.emit('dataChanged', { area: 'vault' });
        return { discarded: true };
      }),

    resolveConflict: async ({ shard, key, version }) => ({
      resolved: await rt.requireSession().store.resolve(shard, key, version),
    }),

    restoreBackup: ({ id, method, secret }) =>
      rt.ops.run(() => restoreBackup(rt, id, method, secret)),
    openExisting: () => rt.ops.run(() => openExistingVault(rt)),
    move: () => rt.ops.run(() => moveVault(rt)),
    exportArchive: () => rt.ops.run(() => exportArchive(rt)),
    importArchive: ({ method, secret, opened }) =>
      rt.ops.run(async () => {
        if (!opened) return importArchive(rt, method, secret);
        if (!openedArchive)
          throw new AppError('not-found', 'There is no opened file to import any more.');
        const status = await importArchive(rt, method, secret, openedArchive);
        openedArchive = null;
        return status;
      }),
    openedArchive: async () => (openedArchive ? { name: basename(openedArchive) } : null),
  };

  return {
    handlers,
    knowShards: (defs) => {
      for (const def of defs) rt.defs.set(def.kind, def);
    },
    openArchiveFile: (path) => {
      openedArchive = path;
    },
    store: () => rt.requireSession().store,
    isUnlocked: () => rt.session !== null,
    lock: (reason) => rt.ops.run(() => rt.closeSession(reason)),
    onLock: (fn) => rt.lockListeners.push(fn),
    onUnlock: (fn) => rt.unlockListeners.push(fn),
    reloadServices: () => {
      if (!rt.session) return;
      for (const fn of [...rt.lockListeners, ...rt.unlockListeners]) fn();
    },
    activity: () => rt.session?.idle.activity(),
    async dispose() {
      await rt.ops.run(() => rt.closeSession('shutdown', false));
      await rt.files.flushPending();
      rt.files.stop();
      await rt.releaseWriter();
    },
    async syncWithDisk() {
      const s = rt.session;
      if (s) await s.store.syncAll();
    },
    loadedShards: () => rt.session?.store.loaded() ?? [],
    conflicts: () => rt.requireSession().store.conflicts(),
    resolveConflict: (shard, key, version) =>
      rt.requireSession().store.resolve(shard, key, version),
  };
}
