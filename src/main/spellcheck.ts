import { sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Session } from 'electron';

/**
 * Whether the page's spellchecker runs on a platform. Only macOS: there Electron asks the
 * system's spellchecker. On Windows and Linux Chromium would download Hunspell dictionaries
 * from a CDN, and Upward never goes on the network, so spellchecking is off there.
 */
export function spellcheckOn(platform: string): boolean {
  return platform === 'darwin';
}

/** The parts of a session the spellchecker setup touches. */
export type SpellcheckSession = Pick<
  Session,
  'setSpellCheckerEnabled' | 'setSpellCheckerDictionaryDownloadURL'
>;

/**
 * Keeps the spellchecker off the network: on where the system provides it, off elsewhere, and any
 * dictionary Chromium would still fetch comes from a folder inside the app, never from a server.
 */
export function configureSpellcheck(
  session: SpellcheckSession,
  platform: string,
  localDictionaryDir: string,
): void {
  const dir = localDictionaryDir.endsWith(sep) ? localDictionaryDir : localDictionaryDir + sep;
  session.setSpellCheckerDictionaryDownloadURL(pathToFileURL(dir).toString());
  session.setSpellCheckerEnabled(spellcheckOn(platform));
}
