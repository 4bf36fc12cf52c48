import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { IV_BYTES, TAG_BYTES, unseal } from './crypto';
import { FileProblem } from './fileProblem';
import { Clock } from './recordClock';
import { readUtf8 } from './utf8';

/**
 * One shard file (`<name>.upw`):
 *
 *   "UPWS" | u32 header length | header (JSON) | sealed body | SHA-256 of the sealed body
 *
 * The first three parts are the additional authenticated data of the AES-GCM seal, so
 * the header (vault, shard name, schema version, IV) cannot be changed unnoticed. The
 * trailing checksum is not a security measure: it tells disk damage apart from a
 * deliberate change, so the user gets the right explanation.
 */
export const SHARD_FORMAT = 2;
const MAGIC = Buffer.from('UPWS', 'ascii');
const PREFIX = 8;
const SUM_BYTES = 32;
const MAX_HEADER = 16 * 1024;
/** Bytes to read to be sure to have the whole header. */
export const HEAD_BYTES = PREFIX + MAX_HEADER;

/** Why a file that is still being copied (by a sync client) cannot be read yet. */
export const CUT_SHORT = 'the file was cut short';
export const EMPTY = 'the file is empty';

/** True for a problem that waiting for the sync client to finish copying will fix. */
export function isIncomplete(p: FileProblem): boolean {
  return p.code === 'corrupt' && (p.reason === CUT_SHORT || p.reason === EMPTY);
}

/** The plain header of a shard file. */
export const ShardHeader = z.object({
  v: z.number().int().min(1),
  vault: z.string().min(1).max(64),
  shard: z.string().min(1).max(120),
  kind: z.string().min(1).max(60),
  part: z.string().max(60).nullable(),
  schema: z.number().int().min(0),
  iv: z.string().length(16),
  len: z.number().int().min(TAG_BYTES),
  /** Format 2: how many writes each computer made to this shard (plain, so unlock can compare without decrypting). */
  clock: Clock.optional(),
});
export type ShardHeader = z.infer<typeof ShardHeader>;

/** What a shard file must match to be accepted: its vault and its own name. */
export interface ShardExpect {
  vaultId: string;
  name: string;
}

/** Encrypts a shard's JSON under the data key with a fresh IV. */
export function encodeShard(
  key: Uint8Array,
  meta: {
    vaultId: string;
    name: string;
    kind: string;
    part: string | null;
    schema: number;
    clock?: Clock;
    /** The file format to write; a key rotation keeps each file's own. */
    v?: number;
  },
  plaintext: Uint8Array,
): { bytes: Buffer; iv: string } {
  const iv = randomBytes(IV_BYTES);
  const header: ShardHeader = {
    v: meta.v ?? SHARD_FORMAT,
    vault: meta.vaultId,
    shard: meta.name,
    kind: meta.kind,
    part: meta.part,
    schema: meta.schema,
    iv: iv.toString('base64'),
    len: plaintext.length + TAG_BYTES,
    ...(meta.clock ? { clock: meta.clock } : {}),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const headerEnd = PREFIX + headerBytes.length;
  // One buffer for the whole file: large shards are not copied again and again.
  const out = Buffer.allocUnsafe(headerEnd + header.len + SUM_BYTES);
  MAGIC.copy(out, 0);
  out.writeUInt32BE(headerBytes.length, 4);
  headerBytes.copy(out, PREFIX);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(out.subarray(0, headerEnd));
  let at = headerEnd;
  at += cipher.update(plaintext).copy(out, at);
  at += cipher.final().copy(out, at);
  at += cipher.getAuthTag().copy(out, at);
  createHash('sha256').update(out.subarray(headerEnd, at)).digest().copy(out, at);
  return { bytes: out, iv: header.iv };
}

/** Reads and checks the plain header; throws a FileProblem naming `file` when it is not acceptable. */
export function readShardHeader(
  bytes: Uint8Array,
  file: string,
): { header: ShardHeader; headerEnd: number } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length === 0) throw new FileProblem('corrupt', file, EMPTY);
  if (buf.length < PREFIX) throw new FileProblem('corrupt', file, CUT_SHORT);
  if (!buf.subarray(0, 4).equals(MAGIC))
    throw new FileProblem('corrupt', file, 'it is not an Upward vault file');
  const headerLen = buf.readUInt32BE(4);
  if (headerLen > MAX_HEADER) throw new FileProblem('corrupt', file, 'its header is unreadable');
  if (PREFIX + headerLen > buf.length) throw new FileProblem('corrupt', file, CUT_SHORT);
  let raw: unknown;
  try {
    raw = JSON.parse(readUtf8(buf.subarray(PREFIX, PREFIX + headerLen)));
  } catch {
    throw new FileProblem('corrupt', file, 'its header is unreadable');
  }
  const v = typeof raw === 'object' && raw !== null ? (raw as { v?: unknown }).v : undefined;
  if (typeof v === 'number' && v > SHARD_FORMAT) {
    throw new FileProblem(
      'future-version',
      file,
      `file format ${v}; this version reads format ${SHARD_FORMAT}`,
    );
  }
  const parsed = ShardHeader.safeParse(raw);
  if (!parsed.success) throw new FileProblem('corrupt', file, 'its header is unreadable');
  return { header: parsed.data, headerEnd: PREFIX + headerLen };
}

/** Checks that a header belongs to this vault and to this file name. */
export function checkShardIdentity(header: ShardHeader, expect: ShardExpect, file: string): void {
  if (header.vault !== expect.vaultId)
    throw new FileProblem('wrong-vault', file, 'it belongs to another vault');
  if (header.shard !== expect.name) {
    throw new FileProblem(
      'wrong-vault',
      file,
      `it holds “${header.shard}”: it was renamed or swapped`,
    );
  }
}

/**
 * Checks and decrypts a shard file. Each way it can fail gives its own FileProblem:
 * damaged or cut short (corrupt), changed (tampered), newer format (future-version),
 * from another vault or renamed (wrong-vault).
 */
export function decodeShard(
  key: Uint8Array,
  bytes: Uint8Array,
  expect: ShardExpect,
  file: string,
): { header: ShardHeader; plaintext: Buffer } {
  const { header, headerEnd } = readShardHeader(bytes, file);
  checkShardIdentity(header, expect, file);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const rest = buf.length - headerEnd;
  const expected = header.len + SUM_BYTES;
  if (rest < expected) throw new FileProblem('corrupt', file, CUT_SHORT);
  if (rest > expected) throw new FileProblem('corrupt', file, 'it has unexpected bytes at its end');
  const sealed = buf.subarray(headerEnd, headerEnd + header.len);
  const sum = buf.subarray(headerEnd + header.len);
  if (!createHash('sha256').update(sealed).digest().equals(sum)) {
    throw new FileProblem('corrupt', file, 'its contents are damaged');
  }
  const iv = Buffer.from(header.iv, 'base64');
  const plaintext = unseal(key, iv, sealed, buf.subarray(0, headerEnd));
  if (!plaintext) throw new FileProblem('tampered', file, 'it no longer matches its seal');
  return { header, plaintext };
}
