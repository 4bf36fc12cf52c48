import { closeSync, watch as fsWatch, openSync, readSync } from 'node:fs';
import { link, mkdir, open, readdir, readFile, rename, rm, stat, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/**
 * The file operations the vault performs, as a small interface so tests can
 * inject disk-full, permission and I/O errors at any step.
 */
export interface VaultFs {
  readFile(path: string): Promise<Uint8Array>;
  /** Reads at most `bytes` from the start of a file (header checks). */
  readHead(path: string, bytes: number): Promise<Uint8Array>;
  /** Reads at most `length` bytes from `offset` (fewer at the end of the file). */
  readRange(path: string, offset: number, length: number): Promise<Uint8Array>;
  /**
   * The same, blocking: only for a few kilobytes of a derived file that a search needs at
   * once (see `derivedFiles.ts`), never for the vault's own data.
   */
  readRangeSync(path: string, offset: number, length: number): Uint8Array;
  /** Creates or truncates `path`, writes `data` and fsyncs the file. */
  writeDurable(path: string, data: Uint8Array | string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Creates a hard link; fails with EEXIST when `to` exists (an atomic create-if-absent). */
  link(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Creates a folder and its parents. */
  mkdir(path: string): Promise<void>;
  /** Names in a folder; an empty list when the folder does not exist. */
  readdir(path: string): Promise<string[]>;
  /** Size and type, or null when the path does not exist. */
  stat(path: string): Promise<{ size: number; isDirectory: boolean } | null>;
  /** Removes a file or folder tree; nothing when missing. */
  rm(path: string): Promise<void>;
  /** Flushes a folder's entries to disk. */
  fsyncDir(path: string): Promise<void>;
  /** Calls `onChange(name)` when an entry of `dir` changes; best effort. */
  watch(dir: string, onChange: (name: string) => void): { close(): void };
}

function isMissing(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'ENOENT';
}

/** The real file system (node:fs/promises). */
export const nodeVaultFs: VaultFs = {
  readFile: (path) => readFile(path),
  readHead: (path, bytes) => nodeVaultFs.readRange(path, 0, bytes),
  async readRange(path, offset, length) {
    const fh = await open(path, 'r');
    try {
      const buf = Buffer.alloc(length);
      let at = 0;
      while (at < length) {
        const { bytesRead } = await fh.read(buf, at, length - at, offset + at);
        if (bytesRead === 0) break;
        at += bytesRead;
      }
      return buf.subarray(0, at);
    } finally {
      await fh.close();
    }
  },
  readRangeSync(path, offset, length) {
    const fd = openSync(path, 'r');
    try {
      const buf = Buffer.alloc(length);
      let at = 0;
      while (at < length) {
        const read = readSync(fd, buf, at, length - at, offset + at);
        if (read === 0) break;
        at += read;
      }
      return buf.subarray(0, at);
    } finally {
      closeSync(fd);
    }
  },
  async writeDurable(path, data) {
    const fh = await open(path, 'w', 0o600);
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
  },
  rename: (from, to) => rename(from, to),
  link: (from, to) => link(from, to),
  unlink: (path) => unlink(path),
  mkdir: async (path) => {
    await mkdir(path, { recursive: true, mode: 0o700 });
  },
  async readdir(path) {
    try {
      return await readdir(path);
    } catch (err) {
      if (isMissing(err)) return [];
      throw err;
    }
  },
  async stat(path) {
    try {
      const s = await stat(path);
      return { size: s.size, isDirectory: s.isDirectory() };
    } catch (err) {
      if (isMissing(err)) return null;
      throw err;
    }
  },
  rm: (path) => rm(path, { recursive: true, force: true }),
  async fsyncDir(path) {
    try {
      const dh = await open(path, 'r');
      try {
        await dh.sync();
      } finally {
        await dh.close();
      }
    } catch {
      // Windows cannot open a folder for fsync; its rename is durable enough there.
    }
  },
  watch(dir, onChange) {
    try {
      const w = fsWatch(dir, { persistent: false }, (_event, name) => {
        if (name) onChange(String(name));
      });
      w.on('error', () => undefined);
      return { close: () => w.close() };
    } catch {
      return { close: () => undefined };
    }
  },
};

/** True when an error is "no such file". */
export function isNotFound(err: unknown): boolean {
  return isMissing(err);
}

/** Reads a file, or null when it does not exist. */
export async function readIfExists(fs: VaultFs, path: string): Promise<Uint8Array | null> {
  try {
    return await fs.readFile(path);
  } catch (err) {
    if (isMissing(err)) return null;
    throw err;
  }
}

/**
 * Writes a file so that a crash at any moment leaves the old or the new content:
 * temp file, fsync, rename over the target, fsync the folder. `beforeRename` (a look at
 * the file being replaced) runs while the temp file is written and has finished before
 * the rename; when it fails, nothing is replaced.
 */
export async function writeAtomic(
  fs: VaultFs,
  file: string,
  data: Uint8Array | string,
  beforeRename?: () => Promise<void>,
): Promise<void> {
  const dir = dirname(file);
  const tmp = join(dir, `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const [look, temp] = await Promise.allSettled([beforeRename?.(), fs.writeDurable(tmp, data)]);
    if (look.status === 'rejected') throw look.reason;
    if (temp.status === 'rejected') throw temp.reason;
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.unlink(tmp).catch(() => undefined);
    throw err;
  }
  await fs.fsyncDir(dir);
}

/** True for the temp files `writeAtomic` leaves behind when killed mid-write. */
export function isTempName(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp');
}
