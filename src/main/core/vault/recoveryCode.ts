import { randomBytes } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so the code is easy to read aloud and type. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 6;
const GROUP_LEN = 5;
const LENGTH = GROUPS * GROUP_LEN;

/** A new recovery code: 6 groups of 5 characters (150 random bits), e.g. `7K2QD-…`. */
export function generateRecoveryCode(): string {
  const bytes = randomBytes(LENGTH);
  let out = '';
  // 256 is a multiple of 32, so taking each byte mod 32 is unbiased.
  for (const b of bytes) out += ALPHABET[b % 32];
  return formatRecoveryCode(out);
}

/** Groups a normalised code as `XXXXX-XXXXX-…` for display. */
export function formatRecoveryCode(code: string): string {
  const groups: string[] = [];
  for (let i = 0; i < code.length; i += GROUP_LEN) groups.push(code.slice(i, i + GROUP_LEN));
  return groups.join('-');
}

/**
 * The canonical form of a typed recovery code: case, spaces and dashes ignored, and
 * the letters people confuse with digits read as those digits (O→0, I/L→1).
 * Returns null when what is left cannot be a recovery code.
 */
export function normaliseRecoveryCode(input: string): string | null {
  const cleaned = input
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (cleaned.length !== LENGTH) return null;
  for (const ch of cleaned) if (!ALPHABET.includes(ch)) return null;
  return cleaned;
}
