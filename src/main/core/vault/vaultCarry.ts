import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';
import type { VaultStatus } from '../../../shared/ipc/areas/vault';
import { localDate } from '../services/context';
import { AppError } from '../errors';
import { ARCHIVE_EXT, buildArchive, openArchive } from './archive';
import {
  backupsDir,
  createBackup,
  findBackup,
  replaceVaultFiles,
  rotateBackups,
  vaultFileNames,
} from './backups';
import { checkVaultCopy } from './backupCheck';
import { DERIVED_DIR } from './derivedFiles';
import { KEY_FILE, type UnlockMethod } from './keyFile';
import type { VaultRuntime } from './vaultRuntime';
import { isNotFound, readIfExists, writeAtomic } from './vaultFs';
import { acquireWriterLock } from './writerLock';
import { RESCUE_FILE, resealRescue } from './rescue';

const NEW_FOLDER = 'Upward vault';

function unsavedChanges(): AppError {
  return new AppError(
    'io',
    'Some changes could not be saved yet (see the message about saving). Once they are on disk, try again.',
  );
}

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Restores a backup, after checking the whole of it: its key file opens with `secret`
 * (the passphrase or recovery code the vault had when the backup was made) and every
 * file decrypts and validates. A broken backup is refused and the vault left as it was.
 * Then the vault is locked, its current files backed up and replaced, and it is opened
 * again with the backup's keys.
 */
export async function restoreBackup(
  rt: VaultRuntime,
  id: string,
  method: UnlockMethod,
  secret: string,
): Promise<VaultStatus> {
  const dir = rt.dir();
  const backup = await findBackup(rt.fs, dir, id);
  const wait = rt.throttle.retryAfterSeconds(rt.now());
  if (wait > 0)
    throw new AppError(
      'throttled',
      `Too many wrong attempts. Wait ${wait} second${wait === 1 ? '' : 's'} before trying again.`,
      { retryAfterSeconds: wait },
    );
  const source = join(backupsDir(dir), backup.id);
  const checked = await checkVaultCopy(rt.fs, source, method, secret);
  if (checked === 'wrong-secret') {
    rt.throttle.fail(rt.now());
    throw new AppError(
      'wrong-passphrase',
      method === 'recovery'
        ? 'That recovery code does not open this backup. A backup opens with the recovery code the vault had when the backup was made.'
        : 'That passphrase does not open this backup. A backup opens with the passphrase the vault had when the backup was made.',
    );
  }
  rt.throttle.succeed();
  // The open vault's key, so changes kept in the rescue file follow the backup's key.
  const currentKey = rt.session ? Buffer.from(rt.session.key) : null;
  try {
    await rt.closeSession('user');
    if (rt.files.hasPending()) throw unsavedChanges();
    await rt.takeWriter();
    try {
      await rt.files.queue.run(async () => {
        if ((await vaultFileNames(rt.fs, dir)).includes(KEY_FILE))
          await createBackup(rt.fs, dir, rt.now());
        await replaceVaultFiles(rt.fs, dir, source);
        if (currentKey)
          await resealRescueFile(rt, dir, checked.keyFile.vaultId, currentKey, checked.key);
        await rotateBackups(rt.fs, dir, rt.settings.get().backupsKept);
      });
    } catch (err) {
      await rt.releaseWriter();
      throw err;
    }
  } catch (err) {
    checked.key.fill(0);
    throw err;
  } finally {
    currentKey?.fill(0);
  }
  rt.files.forget();
  rt.problem = null;
  await rt.openSession(checked.keyFile, checked.key);
  rt.deps.events.emit('dataChanged', { area: 'vault' });
  return rt.status();
}

/** Re-seals the rescue file under the restored backup's key (left as it is when it cannot be opened). */
async function resealRescueFile(
  rt: VaultRuntime,
  dir: string,
  vaultId: string,
  from: Uint8Array,
  to: Uint8Array,
): Promise<void> {
  const bytes = await readIfExists(rt.fs, join(dir, RESCUE_FILE));
  const resealed = bytes && resealRescue(bytes, vaultId, from, to);
  if (resealed) await writeAtomic(rt.fs, join(dir, RESCUE_FILE), resealed);
}

/** Where a vault moved into `chosen` goes: the folder itself when empty, else a new folder inside it. */
async function moveTarget(rt: VaultRuntime, chosen: string, from: string): Promise<string> {
  const picked = resolve(chosen);
  if (isInside(picked, from))
    throw new AppError('invalid-input', 'Choose a folder outside the vault’s current folder.');
  if ((await rt.fs.readdir(picked)).length === 0) return picked;
  const target = join(picked, NEW_FOLDER);
  if ((await rt.fs.readdir(target)).length > 0) {
    throw new AppError(
      'vault-exists',
      `“${target}” already holds files. Choose an empty folder for the vault.`,
    );
  }
  return target;
}

/**
 * Moves the vault to a folder the user picks: copies the encrypted files, checks each
 * copy byte for byte, switches the setting, then removes the old files.
 */
export async function moveVault(rt: VaultRuntime): Promise<{ location: string | null }> {
  const chosen = await rt.deps.shell.chooseFolder({ title: 'Choose a folder for your vault' });
  if (!chosen) return { location: null };
  const from = resolve(rt.dir());
  const target = await moveTarget(rt, chosen, from);
  await rt.session?.store.flush();
  if (rt.files.hasPending()) throw unsavedChanges();
  if (!(await vaultFileNames(rt.fs, from)).includes(KEY_FILE))
    throw new AppError('no-vault', 'There is no vault to move yet.');
  if (!rt.session) await rt.takeWriter();
  const writer = await acquireWriterLock(rt.fs, target, rt.lockEnv);
  let names: string[] = [];
  try {
    await rt.files.queue.run(async () => {
      // Listed inside the file queue: a shard written just before is included.
      names = await vaultFileNames(rt.fs, from);
      // Changes kept in the rescue file go with the vault.
      if (await rt.fs.stat(join(from, RESCUE_FILE))) names.push(RESCUE_FILE);
      for (const name of names) {
        const bytes = await rt.fs.readFile(join(from, name));
        await writeAtomic(rt.fs, join(target, name), bytes);
        const back = await rt.fs.readFile(join(target, name));
        if (Buffer.compare(Buffer.from(bytes), Buffer.from(back)) !== 0) {
          throw new AppError(
            'io',
            `The copy of “${name}” in the new folder does not match. The vault was not moved.`,
          );
        }
      }
      await rt.settings.setVaultDir(target);
      rt.files.dir = target;
    });
  } catch (err) {
    await writer.release();
    if (!rt.session) await rt.releaseWriter();
    for (const name of names) await rt.fs.unlink(join(target, name)).catch(() => undefined);
    throw err;
  }
  await rt.swapWriter(writer);
  for (const name of names) await rt.fs.unlink(join(from, name)).catch(() => undefined);
  // Derived data (the search index) is not carried over: it is rebuilt in the new folder.
  await rt.fs.rm(join(from, DERIVED_DIR)).catch(() => undefined);
  if ((await rt.fs.readdir(from)).length === 0) await rt.fs.rm(from);
  const s = rt.session;
  if (s) {
    s.watcher.close();
    s.watcher = rt.watchFolder(target);
  } else {
    await rt.releaseWriter();
  }
  rt.deps.events.emit('dataChanged', { area: 'vault' });
  return { location: target };
}

/** Writes the whole vault as one authenticated file the user can carry to another computer. */
export async function exportArchive(rt: VaultRuntime): Promise<{ path: string | null }> {
  const s = rt.requireSession();
  const path = await rt.deps.shell.chooseSavePath({
    title: 'Export the vault',
    defaultName: `Upward vault ${localDate(rt.now())}.${ARCHIVE_EXT}`,
    filters: [{ name: 'Upward vault export', extensions: [ARCHIVE_EXT] }],
  });
  if (!path) return { path: null };
  await s.store.flush();
  if (rt.files.hasPending()) throw unsavedChanges();
  const bytes = await rt.files.queue.run(async () => {
    const dir = rt.dir();
    const files = [];
    for (const name of await vaultFileNames(rt.fs, dir))
      files.push({ name, bytes: await rt.fs.readFile(join(dir, name)) });
    return buildArchive(files, s.keyFile.vaultId, rt.nowIso(), s.key);
  });
  await writeAtomic(rt.fs, path, bytes);
  return { path };
}

/**
 * Imports an exported vault. Every file is checked with the given secret before
 * anything on disk changes; a vault already here is backed up first, then replaced.
 * The imported vault is left unlocked.
 */
export async function importArchive(
  rt: VaultRuntime,
  method: UnlockMethod,
  secret: string,
  /** The file the user opened Upward with; without it, a dialog asks for one. */
  openedPath?: string,
): Promise<VaultStatus> {
  const path =
    openedPath ??
    (await rt.deps.shell.chooseOpenPath({
      title: 'Import a vault',
      filters: [{ name: 'Upward vault export', extensions: [ARCHIVE_EXT] }],
    }));
  if (!path) return rt.status();
  let bytes: Uint8Array;
  try {
    bytes = await rt.fs.readFile(path);
  } catch (err) {
    if (isNotFound(err)) throw new AppError('not-found', `“${basename(path)}” no longer exists.`);
    throw err;
  }
  const opened = await openArchive(bytes, method, secret, basename(path));
  try {
    await rt.closeSession('user');
    if (rt.files.hasPending()) throw unsavedChanges();
    const dir = rt.dir();
    await rt.fs.mkdir(dir);
    await rt.takeWriter();
    const staging = join(dirname(dir), `.${basename(dir)}.importing`);
    await rt.files.queue.run(async () => {
      await rt.fs.rm(staging);
      await rt.fs.mkdir(staging);
      for (const f of opened.files) await rt.fs.writeDurable(join(staging, f.name), f.bytes);
      await rt.fs.fsyncDir(staging);
      const hadVault = (await vaultFileNames(rt.fs, dir)).includes(KEY_FILE);
      if (hadVault) await createBackup(rt.fs, dir, rt.now());
      await replaceVaultFiles(rt.fs, dir, staging);
      await rt.fs.rm(staging);
      if (hadVault) await rotateBackups(rt.fs, dir, rt.settings.get().backupsKept);
    });
  } catch (err) {
    opened.dataKey.fill(0);
    throw err;
  }
  rt.files.forget();
  rt.problem = null;
  await rt.openSession(opened.keyFile, opened.dataKey);
  rt.deps.events.emit('dataChanged', { area: 'vault' });
  return rt.status();
}
