import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { nodeVaultFs, writeAtomic } from '../../src/main/core/vault/vaultFs';

/**
 * A lowdb adapter storing plain JSON as durably as the vault does: temp file, fsync, rename,
 * fsync the folder. The fair baseline for the encrypted autosave (lowdb's own JSONFile
 * renames a temp file but never fsyncs).
 */
export class JSONFileFsync<T> implements Adapter<T> {
  constructor(private readonly file: string) {}

  async read(): Promise<T | null> {
    try {
      return JSON.parse(await readFile(this.file, 'utf8')) as T;
    } catch {
      return null;
    }
  }

  async write(data: T): Promise<void> {
    await writeAtomic(nodeVaultFs, this.file, JSON.stringify(data, null, 2));
  }
}
