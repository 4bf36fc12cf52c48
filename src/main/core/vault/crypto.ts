import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  scrypt,
  timingSafeEqual,
} from 'node:crypto';

/** Scrypt cost parameters; stored beside each wrapped key so they can be raised later. */
export interface ScryptParams {
  /** N = 2^logN. */
  logN: number;
  r: number;
  p: number;
}

/** The parameters new vaults use unless a test lowers the cost. */
export function defaultScryptParams(logN = 17): ScryptParams {
  return { logN, r: 8, p: 1 };
}

/** Length of AES-GCM's IV and tag. */
export const IV_BYTES = 12;
export const TAG_BYTES = 16;
export const KEY_BYTES = 32;

/** Derives a 256-bit key from a passphrase or recovery code (scrypt, off the main thread). */
export function deriveKey(secret: string, salt: Uint8Array, params: ScryptParams): Promise<Buffer> {
  const N = 2 ** params.logN;
  // scrypt needs 128·N·r bytes; leave headroom so high settings do not fail.
  const maxmem = 256 * N * params.r + 32 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(
      secret.normalize('NFC'),
      salt,
      KEY_BYTES,
      { N, r: params.r, p: params.p, maxmem },
      (err, key) => (err ? reject(err) : resolve(key)),
    );
  });
}

/** A fresh random key (the data key) or salt. */
export function randomKey(bytes = KEY_BYTES): Buffer {
  return randomBytes(bytes);
}

/**
 * Encrypts with AES-256-GCM; `sealed` is ciphertext followed by the tag. The IV is
 * fresh and random unless the caller already drew one (to put it in a header).
 */
export function seal(
  key: Uint8Array,
  plaintext: Uint8Array,
  aad: Uint8Array,
  iv: Buffer = randomBytes(IV_BYTES),
): { iv: Buffer; sealed: Buffer } {
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad);
  const body = cipher.update(plaintext);
  cipher.final();
  return { iv, sealed: Buffer.concat([body, cipher.getAuthTag()]) };
}

/** Decrypts and authenticates; null when the key, IV, AAD or bytes do not match. */
export function unseal(
  key: Uint8Array,
  iv: Uint8Array,
  sealed: Uint8Array,
  aad: Uint8Array,
): Buffer | null {
  if (sealed.length < TAG_BYTES || iv.length !== IV_BYTES) return null;
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(aad);
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  const body = decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES));
  try {
    decipher.final();
  } catch {
    return null;
  }
  return body;
}

/** A sub-key for one purpose (e.g. authenticating an export), derived from the data key. */
export function subKey(dataKey: Uint8Array, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, new Uint8Array(0), purpose, KEY_BYTES));
}

/** HMAC-SHA256 of the given parts. */
export function mac(key: Uint8Array, ...parts: Uint8Array[]): Buffer {
  const h = createHmac('sha256', key);
  for (const p of parts) h.update(p);
  return h.digest();
}

/** Constant-time comparison of two MACs. */
export function sameMac(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
