import { z } from 'zod';

/** Every error code a channel can answer with; the UI turns each into words. */
export const ErrorCode = z.enum([
  'invalid-input',
  'forbidden',
  'locked',
  'no-vault',
  'vault-exists',
  'wrong-passphrase',
  'throttled',
  'corrupt',
  'tampered',
  'future-version',
  'wrong-vault',
  'rolled-back',
  'waiting-for-sync',
  'disk-full',
  'no-permission',
  'io',
  'busy',
  'not-found',
  'conflict',
  'bad-file',
  'cancelled',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** The typed error every channel answers with instead of throwing across processes. */
export const ApiError = z.object({
  code: ErrorCode,
  message: z.string(),
  /** Optional details the UI may show (file name, seconds to wait, …). */
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});
export type ApiError = z.infer<typeof ApiError>;

/** The envelope every channel answers with. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };
