import { basename, dirname, join } from 'node:path';
import type { BackupInfo } from '../../../shared/ipc/areas/vault';
import { AppError } from '../errors';
import { KEY_FILE } from './keyFile';
import { isShardFile } from './verify';
import { fileStamp } from './vaultFiles';
import type { VaultFs } from './vaultFs';
import { writeAtomic } from './vaultFs';

const ID = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z(?:-(\d+))?$/;
const PARTIAL = '.partial';

/** The folder beside the vault that holds its backups: `<parent>/<vault name>-backups`. */
export function backupsDir(vaultDir: string): string {
  return join(dirname(vaultDir), `${basename(vaultDir)}-backups`);
}

/** The files that make up a vault: the key file and every shard file. */
export async function vaultFileNames(fs: VaultFs, dir: string): Promise<string[]> {
  return (await fs.readdir(dir)).filter((n) => n === KEY_FILE || isShardFile(n)).sort();
}

function createdAtOf(id: string): string | null {
  const m = ID.exec(id);
  return m ? `${m[1]}T${m[2]}:${m[3]}:${m[4]}.000Z` : null;
}

async function describe(fs: VaultFs, dir: string, id: string): Promise<BackupInfo | null> {
  const createdAt = createdAtOf(id);
  if (!createdAt) return null;
  let files = 0;
  let bytes = 0;
  for (const name of await vaultFileNames(fs, join(dir, id))) {
    const s = await fs.stat(join(dir, id, name));
    if (!s || s.isDirectory) continue;
    files++;
    bytes += s.size;
  }
  return { id, createdAt, files, bytes };
}

/** The backups of a vault, newest first; unfinished ones are not listed. */
export async function listBackups(fs: VaultFs, vaultDir: string): Promise<BackupInfo[]> {
  const dir = backupsDir(vaultDir);
  const out: BackupInfo[] = [];
  for (const id of await fs.readdir(dir)) {
    const info = await describe(fs, dir, id);
    if (info && info.files > 0) out.push(info);
  }
  return out.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/**
 * Copies the vault's encrypted files into a new timestamped folder. The copy is made
 * under a `.partial` name and renamed when complete, so a crash never leaves a backup
 * that looks whole but is not.
 */
export async function createBackup(
  fs: VaultFs,
  vaultDir: string,
  now: number,
): Promise<BackupInfo> {
  const names = await vaultFileNames(fs, vaultDir);
  if (!names.includes(KEY_FILE))
    throw new AppError('no-vault', 'There is no vault to back up yet.');
  const dir = backupsDir(vaultDir);
  await fs.mkdir(dir);
  const existing = new Set(await fs.readdir(dir));
  let id = fileStamp(now);
  for (let n = 2; existing.has(id); n++) id = `${fileStamp(now)}-${n}`;
  const partial = join(dir, id + PARTIAL);
  await fs.rm(partial);
  await fs.mkdir(partial);
  for (const name of names)
    await fs.writeDurable(join(partial, name), await fs.readFile(join(vaultDir, name)));
  await fs.fsyncDir(partial);
  await fs.rename(partial, join(dir, id));
  await fs.fsyncDir(dir);
  const info = await describe(fs, dir, id);
  if (!info) throw new AppError('internal', 'The backup could not be listed after it was made.');
  return info;
}

/** Deletes the oldest backups beyond `keep`, and unfinished ones left by a crash. */
export async function rotateBackups(fs: VaultFs, vaultDir: string, keep: number): Promise<void> {
  const dir = backupsDir(vaultDir);
  for (const name of await fs.readdir(dir))
    if (name.endsWith(PARTIAL)) await fs.rm(join(dir, name));
  const all = await listBackups(fs, vaultDir);
  for (const old of all.slice(Math.max(1, keep))) await fs.rm(join(dir, old.id));
}

/** Finds a listed backup by id (never a path the caller made up). */
export async function findBackup(fs: VaultFs, vaultDir: string, id: string): Promise<BackupInfo> {
  const found = (await listBackups(fs, vaultDir)).find((b) => b.id === id);
  if (!found)
    throw new AppError(
      'not-found',
      'That backup no longer exists. Choose another one from the list.',
    );
  return found;
}

/**
 * Replaces the vault's files with those of `sourceDir`: each file lands atomically
 * (shards first, the key file last), then vault files the source does not have are
 * removed. Only the vault's own files are touched.
 */
export async function replaceVaultFiles(
  fs: VaultFs,
  vaultDir: string,
  sourceDir: string,
): Promise<void> {
  const incoming = await vaultFileNames(fs, sourceDir);
  await fs.mkdir(vaultDir);
  const ordered = [
    ...incoming.filter((n) => n !== KEY_FILE),
    ...incoming.filter((n) => n === KEY_FILE),
  ];
  for (const name of ordered)
    await writeAtomic(fs, join(vaultDir, name), await fs.readFile(join(sourceDir, name)));
  const keep = new Set(incoming);
  for (const name of await vaultFileNames(fs, vaultDir)) {
    if (!keep.has(name)) await fs.unlink(join(vaultDir, name));
  }
  await fs.fsyncDir(vaultDir);
}

/** Deletes the listed backups with these ids (never a path the caller made up); returns how many. */
export async function deleteBackupsById(
  fs: VaultFs,
  vaultDir: string,
  ids: string[],
): Promise<number> {
  const dir = backupsDir(vaultDir);
  const wanted = new Set(ids);
  let n = 0;
  for (const b of await listBackups(fs, vaultDir)) {
    if (!wanted.has(b.id)) continue;
    await fs.rm(join(dir, b.id));
    n++;
  }
  if (n) await fs.fsyncDir(dir);
  return n;
}
