import { z } from 'zod';
import { AppError } from '../errors';
import { mac, sameMac, subKey } from './crypto';
import { FileProblem } from './fileProblem';
import { KEY_FILE, type KeyFile, type UnlockMethod, parseKeyFile, unwrapDataKey } from './keyFile';
import { decodeShard } from './shardFormat';
import { isShardFile } from './verify';
import { SHARD_EXT } from './vaultFiles';
import { readUtf8 } from './utf8';

/**
 * A whole vault in one file, for carrying it to another machine:
 *
 *   "UPWARCHV" | u32 version | u32 header length | header (JSON) | files… | HMAC-SHA256
 *
 * The files are the vault's own encrypted files, unchanged. The trailing MAC, keyed
 * from the data key, covers everything before it, so a file dropped, swapped or cut
 * is noticed before anything is imported.
 */
export const ARCHIVE_EXT = 'upward';
const MAGIC = Buffer.from('UPWARCHV', 'ascii');
const VERSION = 1;
const MAC_BYTES = 32;
const PURPOSE = 'upward/archive/v1';

const ArchiveHeader = z.object({
  vaultId: z.string(),
  createdAt: z.string(),
  files: z.array(z.object({ name: z.string(), size: z.number().int().min(0) })).max(100_000),
});

/** One file of a vault, by name. */
export interface NamedFile {
  name: string;
  bytes: Uint8Array;
}

/** Packs the vault's encrypted files into one authenticated file. */
export function buildArchive(
  files: NamedFile[],
  vaultId: string,
  createdAt: string,
  dataKey: Uint8Array,
): Buffer {
  const header = Buffer.from(
    JSON.stringify({
      vaultId,
      createdAt,
      files: files.map((f) => ({ name: f.name, size: f.bytes.length })),
    }),
    'utf8',
  );
  const prefix = Buffer.alloc(16);
  MAGIC.copy(prefix, 0);
  prefix.writeUInt32BE(VERSION, 8);
  prefix.writeUInt32BE(header.length, 12);
  const body = Buffer.concat([prefix, header, ...files.map((f) => f.bytes)]);
  return Buffer.concat([body, mac(subKey(dataKey, PURPOSE), body)]);
}

function badFile(label: string): AppError {
  return new AppError(
    'bad-file',
    `“${label}” is not an Upward vault export, or it is damaged. Nothing was imported.`,
  );
}

/** An export opened with its secret and checked file by file. */
export interface OpenedArchive {
  keyFile: KeyFile;
  dataKey: Buffer;
  files: NamedFile[];
}

/**
 * Opens an export: unpacks it, unwraps the data key with the secret, checks the MAC
 * and decrypts every shard. Only when all of that succeeds does it return; nothing is
 * written here, so a wrong secret or a damaged file leaves everything as it was.
 */
export async function openArchive(
  bytes: Uint8Array,
  method: UnlockMethod,
  secret: string,
  label: string,
): Promise<OpenedArchive> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 16 + MAC_BYTES || !buf.subarray(0, 8).equals(MAGIC)) throw badFile(label);
  const version = buf.readUInt32BE(8);
  if (version > VERSION) {
    throw new AppError(
      'future-version',
      `“${label}” was exported by a newer version of Upward. Update Upward to import it.`,
    );
  }
  const headerLen = buf.readUInt32BE(12);
  if (16 + headerLen > buf.length - MAC_BYTES) throw badFile(label);
  let header: z.infer<typeof ArchiveHeader>;
  try {
    header = ArchiveHeader.parse(JSON.parse(readUtf8(buf.subarray(16, 16 + headerLen))));
  } catch {
    throw badFile(label);
  }
  const files: NamedFile[] = [];
  let offset = 16 + headerLen;
  const seen = new Set<string>();
  for (const f of header.files) {
    if ((f.name !== KEY_FILE && !isShardFile(f.name)) || seen.has(f.name)) throw badFile(label);
    if (offset + f.size > buf.length - MAC_BYTES) throw badFile(label);
    seen.add(f.name);
    files.push({ name: f.name, bytes: buf.subarray(offset, offset + f.size) });
    offset += f.size;
  }
  if (offset !== buf.length - MAC_BYTES) throw badFile(label);
  const keyBytes = files.find((f) => f.name === KEY_FILE);
  if (!keyBytes) throw badFile(label);
  let keyFile: KeyFile;
  try {
    keyFile = parseKeyFile(keyBytes.bytes);
  } catch {
    throw badFile(label);
  }
  if (keyFile.vaultId !== header.vaultId) throw badFile(label);
  const dataKey = await unwrapDataKey(keyFile, method, secret);
  if (!dataKey) {
    throw new AppError(
      'wrong-passphrase',
      method === 'recovery'
        ? 'That recovery code does not open this export. Use the code the vault had when it was exported.'
        : 'That passphrase does not open this export. Use the passphrase the vault had when it was exported.',
    );
  }
  const body = buf.subarray(0, buf.length - MAC_BYTES);
  if (!sameMac(mac(subKey(dataKey, PURPOSE), body), buf.subarray(buf.length - MAC_BYTES))) {
    dataKey.fill(0);
    throw new AppError(
      'tampered',
      `“${label}” was changed or damaged after it was exported. Nothing was imported.`,
    );
  }
  for (const f of files) {
    if (f.name === KEY_FILE) continue;
    try {
      decodeShard(
        dataKey,
        f.bytes,
        { vaultId: keyFile.vaultId, name: f.name.slice(0, -SHARD_EXT.length) },
        f.name,
      ).plaintext.fill(0);
    } catch (err) {
      dataKey.fill(0);
      if (err instanceof FileProblem) throw badFile(label);
      throw err;
    }
  }
  return { keyFile, dataKey, files };
}
