import { autoUpdater } from 'electron-updater';

/**
 * electron-updater's `autoUpdater`, behind a module the shell imports only for a check the user
 * allowed: the library (and the fs patching its dependencies do on load) stays out of every
 * start with update checks off. Built into its own chunk.
 */
export function electronAutoUpdater(): unknown {
  return autoUpdater;
}
