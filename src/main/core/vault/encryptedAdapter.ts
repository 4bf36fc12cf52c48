import type { Adapter } from 'lowdb';
import { FileProblem } from './fileProblem';
import { MigrationError, runMigrations } from './migrate';
import { decodeShard, encodeShard } from './shardFormat';
import type { ShardDef } from './store';
import { SHARD_EXT, type VaultFiles } from './vaultFiles';

/** What an encrypted shard adapter needs: where its bytes live and the key to seal them. */
export interface ShardTarget {
  files: VaultFiles;
  key: Uint8Array;
  vaultId: string;
  name: string;
  kind: string;
  part: string | null;
}

/**
 * A lowdb adapter for one shard: decrypt, migrate and validate on read; serialise,
 * encrypt under a fresh IV and hand to the atomic writer on write.
 */
export class EncryptedAdapter<T> implements Adapter<T> {
  /** Schema version of the bytes last read (null when the shard did not exist). */
  readVersion: number | null = null;
  /** False when the last write could not reach the disk yet (it is retried). */
  lastWriteOk = true;

  constructor(
    private readonly target: ShardTarget,
    private readonly def: ShardDef<T>,
  ) {}

  get file(): string {
    return this.target.name + SHARD_EXT;
  }

  /** Decrypts, migrates and validates; null when the shard has no file yet. */
  async read(): Promise<T | null> {
    const t = this.target;
    const bytes = await t.files.read(t.name);
    if (!bytes) {
      this.readVersion = null;
      return null;
    }
    const { header, plaintext } = decodeShard(
      t.key,
      bytes,
      { vaultId: t.vaultId, name: t.name },
      this.file,
    );
    if (header.schema > this.def.version) {
      throw new FileProblem(
        'future-version',
        this.file,
        `schema version ${header.schema}; this version reads up to ${this.def.version}`,
      );
    }
    let raw: unknown;
    try {
      raw = JSON.parse(plaintext.toString('utf8'));
    } catch {
      throw new FileProblem('corrupt', this.file, 'its contents are not readable');
    } finally {
      plaintext.fill(0);
    }
    let migrated: unknown;
    try {
      migrated = runMigrations(this.def, header.schema, raw);
    } catch (err) {
      const why =
        err instanceof MigrationError
          ? err.reason
          : 'its data could not be updated to this version';
      throw new FileProblem('corrupt', this.file, why);
    }
    const parsed = this.def.schema.safeParse(migrated);
    if (!parsed.success)
      throw new FileProblem('corrupt', this.file, 'its data does not have the expected shape');
    this.readVersion = header.schema;
    return parsed.data;
  }

  /** Encrypts and writes; a failed write is kept and retried by the file layer. */
  async write(data: T): Promise<void> {
    const t = this.target;
    const plaintext = Buffer.from(JSON.stringify(data), 'utf8');
    const { bytes, iv } = encodeShard(
      t.key,
      { vaultId: t.vaultId, name: t.name, kind: t.kind, part: t.part, schema: this.def.version },
      plaintext,
    );
    plaintext.fill(0);
    this.lastWriteOk = await t.files.write(t.name, bytes, iv);
  }
}
