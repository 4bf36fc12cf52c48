import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { IV_BYTES, seal, unseal } from './crypto';
import { SHARD_EXT, type VaultFiles } from './vaultFiles';
import { readIfExists, writeAtomic } from './vaultFs';

/** Folder (inside the vault) holding data each computer derives from the shards for itself. */
export const DERIVED_DIR = 'derived';

/** Folder name used when the shell gives no computer name. */
const FALLBACK_COMPUTER = 'this-computer';

/**
 * A file-name-safe folder name for a computer (from its host name): letters, digits, `-`
 * and `_` only, at most 40 characters, never empty.
 */
export function computerFolderName(hostName: string | undefined): string {
  const safe = (hostName ?? '')
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return safe || FALLBACK_COMPUTER;
}

/**
 * Data this computer derives from the vault's shards (the journal's search index), kept
 * encrypted under `derived/<computer>/` so it never has to be rebuilt at unlock. It is
 * never merged nor synchronised on purpose: each computer reads only its own folder, and
 * anything missing, unreadable or out of date is rebuilt from the shards.
 */
export interface DerivedFiles {
  /** The decrypted content of a derived file; null when it is absent or cannot be read. */
  read(name: string): Promise<Buffer | null>;
  /** Encrypts and writes a derived file atomically; false when it could not be written. */
  write(name: string, plaintext: Uint8Array): Promise<boolean>;
  /**
   * A derived file made of pieces sealed one by one (see `writePieces`), not decrypted yet:
   * each piece is decrypted only when asked for. Null when it is absent or not such a file.
   */
  readPieces(name: string): Promise<SealedPieces | null>;
  /** Writes pieces each sealed on its own, in one file, atomically; false when it could not be written. */
  writePieces(name: string, pieces: readonly Uint8Array[]): Promise<boolean>;
}

/** The pieces of a derived file as read from disk, each still sealed. */
export interface SealedPieces {
  readonly count: number;
  /** Decrypts piece `i`; null when it does not open (damaged, or of another file). */
  open(i: number): Buffer | null;
  /** A copy holding only pieces `from`..`count - 1` (the file's other bytes can then be let go). */
  keepFrom(from: number): SealedPieces;
}

/** Marks a file of pieces: "UPWP". */
const PIECES_MAGIC = 0x55505750;
/** Each file of pieces has its own random id, bound to every piece's seal with the piece's place. */
const FILE_ID_BYTES = 16;

/**
 * Reads a file of pieces' layout: magic | file id | u32 count | u32 length of each piece |
 * each piece as `IV | AES-256-GCM(content) | tag`. Null when the bytes are not one.
 */
function piecesOf(
  bytes: Buffer,
  aadOf: (fileId: Buffer, i: number, count: number) => Buffer,
  key: Uint8Array,
): SealedPieces | null {
  const head = 4 + FILE_ID_BYTES + 4;
  if (bytes.length < head || bytes.readUInt32BE(0) !== PIECES_MAGIC) return null;
  const fileId = bytes.subarray(4, 4 + FILE_ID_BYTES);
  const count = bytes.readUInt32BE(4 + FILE_ID_BYTES);
  if (bytes.length < head + 4 * count) return null;
  const starts: number[] = [];
  let at = head + 4 * count;
  for (let i = 0; i < count; i++) {
    starts.push(at);
    at += bytes.readUInt32BE(head + 4 * i);
  }
  if (at !== bytes.length) return null;
  const view = (base: Buffer, offset: number, first: number): SealedPieces => ({
    count,
    open(i) {
      if (!Number.isInteger(i) || i < first || i >= count) return null;
      const start = starts[i] - offset;
      const end = (i + 1 < count ? starts[i + 1] : bytes.length) - offset;
      if (end - start <= IV_BYTES) return null;
      return unseal(
        key,
        base.subarray(start, start + IV_BYTES),
        base.subarray(start + IV_BYTES, end),
        aadOf(fileId, i, count),
      );
    },
    keepFrom(from) {
      const offset = from < count ? starts[from] : bytes.length;
      const kept = Buffer.allocUnsafe(bytes.length - offset);
      bytes.copy(kept, 0, offset);
      return view(kept, offset, from);
    },
  });
  return view(bytes, 0, 0);
}

/** Bytes bound to a derived file's seal: it opens only in this vault, under its own name. */
const aad = (vaultId: string, name: string): Buffer =>
  Buffer.from(`upward/derived/v1/${vaultId}/${name}`, 'utf8');

/** Bytes bound to one piece's seal: it opens only in this vault, this file and this place. */
const pieceAad = (vaultId: string, name: string, fileId: Buffer, i: number, count: number) =>
  Buffer.from(
    `upward/derived-pieces/v1/${vaultId}/${name}/${fileId.toString('hex')}/${i}/${count}`,
    'utf8',
  );

/**
 * Derived files of one computer in the vault folder: `IV | AES-256-GCM(content) | tag` under
 * the vault's data key. Unlike shards they carry no checksum: a damaged one is simply rebuilt.
 */
export function createDerivedFiles(env: {
  files: VaultFiles;
  key: Uint8Array;
  vaultId: string;
  computer: string;
}): DerivedFiles {
  const folder = (): string => env.files.path(join(DERIVED_DIR, computerFolderName(env.computer)));
  const save = async (name: string, bytes: Buffer): Promise<boolean> => {
    try {
      await env.files.queue.run(async () => {
        const dir = folder();
        await env.files.fs.mkdir(dir);
        await writeAtomic(env.files.fs, join(dir, name + SHARD_EXT), bytes);
      });
      return true;
    } catch {
      return false;
    }
  };
  return {
    async read(name) {
      try {
        const file = join(folder(), name + SHARD_EXT);
        const bytes = await env.files.queue.run(() => readIfExists(env.files.fs, file));
        if (!bytes || bytes.length <= IV_BYTES) return null;
        return unseal(
          env.key,
          bytes.subarray(0, IV_BYTES),
          bytes.subarray(IV_BYTES),
          aad(env.vaultId, name),
        );
      } catch {
        // Derived data is rebuilt from the shards whatever went wrong with it.
        return null;
      }
    },
    async write(name, plaintext) {
      const { iv, sealed } = seal(env.key, plaintext, aad(env.vaultId, name));
      return save(name, Buffer.concat([iv, sealed]));
    },
    async readPieces(name) {
      try {
        const file = join(folder(), name + SHARD_EXT);
        const bytes = await env.files.queue.run(() => readIfExists(env.files.fs, file));
        if (!bytes) return null;
        return piecesOf(
          Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
          (fileId, i, count) => pieceAad(env.vaultId, name, fileId, i, count),
          env.key,
        );
      } catch {
        return null;
      }
    },
    async writePieces(name, pieces) {
      const fileId = randomBytes(FILE_ID_BYTES);
      const head = Buffer.alloc(4 + FILE_ID_BYTES + 4 + 4 * pieces.length);
      head.writeUInt32BE(PIECES_MAGIC, 0);
      fileId.copy(head, 4);
      head.writeUInt32BE(pieces.length, 4 + FILE_ID_BYTES);
      const sealed = pieces.map((p, i) => {
        const { iv, sealed: body } = seal(
          env.key,
          p,
          pieceAad(env.vaultId, name, fileId, i, pieces.length),
        );
        head.writeUInt32BE(iv.length + body.length, 4 + FILE_ID_BYTES + 4 + 4 * i);
        return [iv, body];
      });
      return save(name, Buffer.concat([head, ...sealed.flat()]));
    },
  };
}
