import { join, resolve } from 'node:path';
import { AppError } from '../errors';
import { FileProblem, describeFileProblem } from './fileProblem';
import { KEY_FILE, parseKeyFile } from './keyFile';
import type { VaultRuntime } from './vaultRuntime';
import type { VaultFs } from './vaultFs';

/** How deep below the chosen folder a vault is looked for (e.g. Dropbox › Apps › Upward vault). */
const SEARCH_DEPTH = 2;
/** Folders never looked into: backups, the app's own, and hidden ones. */
const SKIP = /^\.|-backups$|^node_modules$/;

/** Folders at or below `dir` (to `depth` levels) that hold a key file. */
async function findVaults(fs: VaultFs, dir: string, depth: number): Promise<string[]> {
  const names = await fs.readdir(dir);
  if (names.includes(KEY_FILE)) return [dir];
  if (depth === 0) return [];
  const found: string[] = [];
  for (const name of names.sort()) {
    if (SKIP.test(name)) continue;
    const path = join(dir, name);
    if (!(await fs.stat(path))?.isDirectory) continue;
    found.push(...(await findVaults(fs, path, depth - 1)));
  }
  return found;
}

/**
 * Opens a vault that is already on this computer: asks for a folder, finds the vault in
 * it, checks its key file, and makes it the vault Upward opens (locked). The vault open
 * until now is locked first; nothing of either vault is changed or moved.
 */
export async function openExistingVault(rt: VaultRuntime): Promise<{ location: string | null }> {
  const chosen = await rt.deps.shell.chooseFolder({
    title: 'Choose the folder that holds your vault',
  });
  if (!chosen) return { location: null };
  const found = await findVaults(rt.fs, resolve(chosen), SEARCH_DEPTH);
  if (found.length === 0)
    throw new AppError(
      'no-vault',
      `There is no Upward vault in “${chosen}” or the folders inside it. Choose the folder that holds the file “${KEY_FILE}”.`,
    );
  if (found.length > 1)
    throw new AppError(
      'invalid-input',
      `“${chosen}” holds more than one vault: ${found.map((f) => `“${f}”`).join(', ')}. Choose the folder of the one you want.`,
    );
  const [dir] = found;
  try {
    parseKeyFile(await rt.fs.readFile(join(dir, KEY_FILE)));
  } catch (err) {
    if (err instanceof FileProblem)
      throw new AppError(err.code, describeFileProblem(err), { file: err.file });
    throw err;
  }
  if (rt.session) {
    await rt.session.store.flush();
    await rt.closeSession('user');
  }
  if (rt.files.hasPending())
    throw new AppError(
      'io',
      'Some changes to the open vault could not be saved yet (see the message about saving). Once they are on disk, try again.',
    );
  await rt.releaseWriter();
  await rt.settings.setVaultDir(dir);
  rt.files.dir = dir;
  rt.files.forget();
  rt.problem = null;
  rt.deps.events.emit('dataChanged', { area: 'vault' });
  return { location: dir };
}
