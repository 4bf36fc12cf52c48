import { AppError } from '../errors';

/** The ways a vault file can fail to open, each with its own error code. */
export type FileProblemCode =
  'corrupt' | 'tampered' | 'future-version' | 'wrong-vault' | 'rolled-back';

/** A vault file that could not be read, and why (in a few words). */
export class FileProblem extends Error {
  constructor(
    readonly code: FileProblemCode,
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'FileProblem';
  }
}

const NOT_CHANGED = 'Upward has not changed it.';
const RESTORE =
  'Restore a recent backup from the list below (Settings › Vault › Backups), or put the original file back.';

/** The sentence the user reads for a file problem: which file, what is wrong, what to do. */
export function describeFileProblem(p: FileProblem): string {
  const f = `“${p.file}”`;
  switch (p.code) {
    case 'corrupt':
      return `The vault file ${f} is damaged (${p.reason}). ${NOT_CHANGED} ${RESTORE}`;
    case 'tampered':
      return `The vault file ${f} was changed outside Upward (${p.reason}), so it cannot be trusted. ${NOT_CHANGED} ${RESTORE}`;
    case 'future-version':
      return `The vault file ${f} was saved by a newer version of Upward (${p.reason}). Update Upward to open this vault; nothing was changed.`;
    case 'rolled-back':
      return `The vault file ${f} is an older copy than the one Upward last saved on this computer (${p.reason}). ${NOT_CHANGED} ${RESTORE}`;
    case 'wrong-vault':
      return `The vault file ${f} does not belong here (${p.reason}). ${NOT_CHANGED} Put the right file back or restore a recent backup.`;
  }
}

/** Turns a file problem into the error the UI receives (details name the file). */
export function fileProblemError(p: FileProblem): AppError {
  return new AppError(p.code, describeFileProblem(p), { file: p.file, reason: p.reason });
}
