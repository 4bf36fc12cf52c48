import { z } from 'zod';
import { AppError } from '../errors';
import {
  type ScryptParams,
  IV_BYTES,
  KEY_BYTES,
  deriveKey,
  randomKey,
  seal,
  unseal,
} from './crypto';
import { FileProblem } from './fileProblem';
import { normaliseRecoveryCode } from './recoveryCode';
import { readUtf8 } from './utf8';

/** Name of the key file inside the vault folder. */
export const KEY_FILE = 'keys.json';
/** Format version of the key file. */
export const KEY_FORMAT = 1;

/** How the data key is unlocked. */
export type UnlockMethod = 'passphrase' | 'recovery';

const B64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);

/** The data key wrapped under one secret, with the scrypt parameters and salt that secret needs. */
const Wrap = z.object({
  logN: z.number().int().min(10).max(24),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  salt: B64,
  iv: B64,
  key: B64,
});
type Wrap = z.infer<typeof Wrap>;

/** The key file: vault id and the data key wrapped twice (passphrase, recovery code). */
export const KeyFile = z.object({
  format: z.literal('upward-vault'),
  version: z.number().int().min(1),
  vaultId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  createdAt: z.string(),
  updatedAt: z.string(),
  passphrase: Wrap,
  recovery: Wrap,
});
export type KeyFile = z.infer<typeof KeyFile>;

/** The secret as scrypt sees it; recovery codes are normalised first. */
function secretFor(method: UnlockMethod, secret: string): string | null {
  return method === 'recovery' ? normaliseRecoveryCode(secret) : secret;
}

function wrapAad(vaultId: string, method: UnlockMethod, w: Pick<Wrap, 'logN' | 'r' | 'p'>): Buffer {
  return Buffer.from(
    `upward/key-wrap/v${KEY_FORMAT}/${vaultId}/${method}/${w.logN}/${w.r}/${w.p}`,
    'utf8',
  );
}

async function wrapKey(
  dataKey: Uint8Array,
  vaultId: string,
  method: UnlockMethod,
  secret: string,
  params: ScryptParams,
): Promise<Wrap> {
  const s = secretFor(method, secret);
  if (s === null) throw new AppError('invalid-input', 'That is not a valid recovery code.');
  const salt = randomKey(16);
  const kek = await deriveKey(s, salt, params);
  const { iv, sealed } = seal(kek, dataKey, wrapAad(vaultId, method, params));
  kek.fill(0);
  return {
    ...params,
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    key: sealed.toString('base64'),
  };
}

/** A new vault's keys: a random data key wrapped under the passphrase and the recovery code. */
export async function createKeyFile(opts: {
  vaultId: string;
  passphrase: string;
  recoveryCode: string;
  params: ScryptParams;
  now: string;
  /** Keeps the vault's creation time (a key rotation makes a new key file for the same vault). */
  createdAt?: string;
}): Promise<{ keyFile: KeyFile; dataKey: Buffer }> {
  const dataKey = randomKey(KEY_BYTES);
  const [passphrase, recovery] = await Promise.all([
    wrapKey(dataKey, opts.vaultId, 'passphrase', opts.passphrase, opts.params),
    wrapKey(dataKey, opts.vaultId, 'recovery', opts.recoveryCode, opts.params),
  ]);
  const keyFile: KeyFile = {
    format: 'upward-vault',
    version: KEY_FORMAT,
    vaultId: opts.vaultId,
    createdAt: opts.createdAt ?? opts.now,
    updatedAt: opts.now,
    passphrase,
    recovery,
  };
  return { keyFile, dataKey };
}

/** Unwraps the data key with a passphrase or recovery code; null when the secret is wrong. */
export async function unwrapDataKey(
  keyFile: KeyFile,
  method: UnlockMethod,
  secret: string,
): Promise<Buffer | null> {
  const s = secretFor(method, secret);
  if (s === null) return null;
  const w = keyFile[method];
  const kek = await deriveKey(s, Buffer.from(w.salt, 'base64'), w);
  const iv = Buffer.from(w.iv, 'base64');
  if (iv.length !== IV_BYTES) return null;
  const key = unseal(kek, iv, Buffer.from(w.key, 'base64'), wrapAad(keyFile.vaultId, method, w));
  kek.fill(0);
  return key && key.length === KEY_BYTES ? key : null;
}

/** The key file with one secret replaced; the data key (and so every shard) is unchanged. */
export async function rewrapKeyFile(
  keyFile: KeyFile,
  dataKey: Uint8Array,
  method: UnlockMethod,
  secret: string,
  params: ScryptParams,
  now: string,
): Promise<KeyFile> {
  const wrap = await wrapKey(dataKey, keyFile.vaultId, method, secret, params);
  return { ...keyFile, [method]: wrap, updatedAt: now };
}

/** Serialises a key file. */
export function serialiseKeyFile(keyFile: KeyFile): string {
  return `${JSON.stringify(keyFile, null, 2)}\n`;
}

/** Parses a key file's bytes; a FileProblem names what is wrong with it. */
export function parseKeyFile(bytes: Uint8Array, file = KEY_FILE): KeyFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readUtf8(bytes));
  } catch {
    throw new FileProblem(
      'corrupt',
      file,
      bytes.length === 0 ? 'the file is empty' : 'it is not readable',
    );
  }
  if (typeof raw === 'object' && raw !== null) {
    const v = (raw as { version?: unknown }).version;
    if (typeof v === 'number' && v > KEY_FORMAT) {
      throw new FileProblem(
        'future-version',
        file,
        `key file format ${v}; this version reads format ${KEY_FORMAT}`,
      );
    }
  }
  const parsed = KeyFile.safeParse(raw);
  if (!parsed.success)
    throw new FileProblem('corrupt', file, 'some of its fields are missing or damaged');
  return parsed.data;
}
