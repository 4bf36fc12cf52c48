import { extname } from 'node:path';
import { ARCHIVE_EXT } from './core/vault/archive';

/**
 * The encrypted copy named on a command line, if any: Windows and Linux start the app (or pass
 * to the running one) with the double-clicked file as an argument; macOS sends `open-file`.
 */
export function archiveFromArgv(argv: readonly string[]): string | null {
  return (
    argv
      .slice(1)
      .find((a) => !a.startsWith('-') && extname(a).toLowerCase() === `.${ARCHIVE_EXT}`) ?? null
  );
}
