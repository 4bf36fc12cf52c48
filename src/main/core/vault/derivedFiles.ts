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
   * each piece is decrypted only when asked for. Only the file's layout and its first `eager`
   * pieces are read now; any other piece is read from the file when first opened, until
   * `loadAll` has read the rest. Null when it is absent or not such a file.
   */
  readPieces(name: string, eager?: number): Promise<SealedPieces | null>;
  /** Writes pieces each sealed on its own, in one file, atomically; false when it could not be written. */
  writePieces(name: string, pieces: readonly Uint8Array[]): Promise<boolean>;
}

/** The pieces of a derived file as read from disk, each still sealed. */
export interface SealedPieces {
  readonly count: number;
  /**
   * Decrypts piece `i`; null when it does not open (damaged, of another file, or no longer on
   * disk when it had not been read yet). A piece not read yet is read at once (a few kilobytes).
   */
  open(i: number): Buffer | null;
  /** Reads every piece not read yet in one go; false when the file could not be read whole. */
  loadAll(): Promise<boolean>;
  /** A copy holding only pieces `from`..`count - 1` (the file's other bytes can then be let go). */
  keepFrom(from: number): SealedPieces;
}

/** Marks a file of pieces: "UPWP". */
const PIECES_MAGIC = 0x55505750;
/** Each file of pieces has its own random id, bound to every piece's seal with the piece's place. */
const FILE_ID_BYTES = 16;

/** Bytes before the lengths of a file of pieces: magic, file id, count. */
const PIECES_HEAD = 4 + FILE_ID_BYTES + 4;
/** What is read first of a file of pieces: its layout, for files of up to ~16,000 pieces. */
const LAYOUT_READ_BYTES = 64 * 1024;

/** Where a file of pieces keeps each piece: its id, and piece `i` at `starts[i]..starts[i + 1]`. */
interface Layout {
  fileId: Buffer;
  count: number;
  starts: number[];
}

/** A file of pieces' layout from its first bytes: magic | file id | u32 count | u32 length of each piece. */
function layoutOf(head: Buffer): Layout | 'short' | null {
  if (head.length < PIECES_HEAD || head.readUInt32BE(0) !== PIECES_MAGIC) return null;
  const count = head.readUInt32BE(4 + FILE_ID_BYTES);
  if (head.length < PIECES_HEAD + 4 * count) return 'short';
  const starts: number[] = [];
  let at = PIECES_HEAD + 4 * count;
  for (let i = 0; i < count; i++) {
    starts.push(at);
    at += head.readUInt32BE(PIECES_HEAD + 4 * i);
  }
  starts.push(at);
  return { fileId: Buffer.from(head.subarray(4, 4 + FILE_ID_BYTES)), count, starts };
}

/** How the pieces' bytes are read: what is in memory, and the file for the rest. */
interface PieceBytes {
  /** Bytes `[offset, offset + bytes.length)` of the file, in memory. */
  bytes: Buffer;
  offset: number;
  /** Bytes `[from, to)` of the file, read from it now (short when the file changed or is gone). */
  readNow(from: number, to: number): Buffer | null;
  /** The same, without blocking. */
  read(from: number, to: number): Promise<Buffer | null>;
}

/**
 * The pieces of a file of pieces, each `IV | AES-256-GCM(content) | tag`, opened from `source`:
 * from memory when its bytes are there, else from the file.
 */
function piecesOf(
  layout: Layout,
  source: PieceBytes,
  aadOf: (fileId: Buffer, i: number, count: number) => Buffer,
  key: Uint8Array,
): SealedPieces {
  const { count, starts, fileId } = layout;
  const total = starts[count];
  const view = (src: PieceBytes, first: number): SealedPieces => {
    const inMemory = (from: number, to: number): boolean =>
      from >= src.offset && to <= src.offset + src.bytes.length;
    return {
      count,
      open(i) {
        if (!Number.isInteger(i) || i < first || i >= count) return null;
        const start = starts[i];
        const end = starts[i + 1];
        if (end - start <= IV_BYTES) return null;
        const sealed = inMemory(start, end)
          ? src.bytes.subarray(start - src.offset, end - src.offset)
          : src.readNow(start, end);
        if (!sealed || sealed.length !== end - start) return null;
        return unseal(
          key,
          sealed.subarray(0, IV_BYTES),
          sealed.subarray(IV_BYTES),
          aadOf(fileId, i, count),
        );
      },
      async loadAll() {
        const from = starts[first];
        if (inMemory(from, total)) return true;
        const bytes = await src.read(from, total);
        if (!bytes || bytes.length !== total - from) return false;
        // A file written meanwhile holds another file id: its pieces simply do not open.
        src.bytes = bytes;
        src.offset = from;
        return true;
      },
      keepFrom(from) {
        const at = from < count ? starts[from] : total;
        const kept = inMemory(at, total)
          ? Buffer.from(src.bytes.subarray(at - src.offset, total - src.offset))
          : Buffer.alloc(0);
        return view({ ...src, bytes: kept, offset: kept.length ? at : total }, from);
      },
    };
  };
  return view(source, 0);
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
    async readPieces(name, eager = 0) {
      // The folder is asked for at each read: the vault may have moved meanwhile.
      const file = (): string => join(folder(), name + SHARD_EXT);
      const { fs, queue } = env.files;
      const range = async (from: number, to: number): Promise<Buffer | null> => {
        try {
          const bytes = await queue.run(() => fs.readRange(file(), from, to - from));
          return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        } catch {
          return null;
        }
      };
      try {
        const size = (await queue.run(() => fs.stat(file())))?.size;
        if (size === undefined) return null;
        let head = await range(0, Math.min(size, LAYOUT_READ_BYTES));
        let layout = head ? layoutOf(head) : null;
        if (layout === 'short' && head) {
          const layoutEnd = PIECES_HEAD + 4 * head.readUInt32BE(4 + FILE_ID_BYTES);
          // A count of pieces the file cannot hold: not such a file (nothing that large is read).
          if (layoutEnd > size) return null;
          head = await range(0, layoutEnd);
          layout = head ? layoutOf(head) : null;
        }
        if (!head || layout === null || layout === 'short') return null;
        if (layout.starts[layout.count] !== size) return null;
        // The first pieces now, with the layout when they are within what was read.
        const end = layout.starts[Math.min(eager, layout.count)];
        const bytes = end <= head.length ? head : await range(0, end);
        if (!bytes || bytes.length < end) return null;
        return piecesOf(
          layout,
          {
            bytes,
            offset: 0,
            readNow(from, to) {
              try {
                const b = fs.readRangeSync(file(), from, to - from);
                return Buffer.from(b.buffer, b.byteOffset, b.byteLength);
              } catch {
                return null;
              }
            },
            read: range,
          },
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
