import type { ApiError, ErrorCode } from '../../shared/ipc/result';

/** An error meant for the user: its message is shown as written. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ApiError['details'],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

const FS_CODES: Record<string, { code: ErrorCode; message: string }> = {
  ENOSPC: {
    code: 'disk-full',
    message: 'The disk is full. Free some space; your change is kept and will be saved.',
  },
  EDQUOT: {
    code: 'disk-full',
    message: 'Your disk quota is used up. Free some space; your change is kept and will be saved.',
  },
  EACCES: {
    code: 'no-permission',
    message: 'Upward is not allowed to write to the vault folder. Check its permissions.',
  },
  EPERM: {
    code: 'no-permission',
    message: 'Upward is not allowed to write to the vault folder. Check its permissions.',
  },
  EROFS: { code: 'no-permission', message: 'The vault folder is on a read-only disk.' },
  EIO: {
    code: 'io',
    message: 'The disk reported a read or write error. Your change is kept and will be retried.',
  },
};

/** Maps anything thrown to the typed error the UI receives. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof AppError)
    return { code: err.code, message: err.message, details: err.details };
  const errno =
    typeof err === 'object' && err !== null && 'code' in err
      ? String((err as { code: unknown }).code)
      : '';
  const mapped = FS_CODES[errno];
  if (mapped) return { code: mapped.code, message: mapped.message };
  return {
    code: 'internal',
    message: 'Something went wrong inside Upward. Nothing was lost; please try again.',
  };
}
