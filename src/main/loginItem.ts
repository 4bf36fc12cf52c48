import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { App } from 'electron';

/** Where the start-at-login entry lives on Linux (the XDG autostart folder). */
export function autostartFile(configDir: string): string {
  return join(configDir, 'autostart', 'upward.desktop');
}

/** Quotes one argument of a desktop entry's Exec line as the Desktop Entry spec asks. */
function execArg(arg: string): string {
  return /[\s"`$\\]/.test(arg) ? `"${arg.replace(/(["`$\\])/g, '\\$1')}"` : arg;
}

/** The autostart entry that starts Upward when the user logs in (Linux). */
export function autostartEntry(command: readonly string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Upward',
    'Comment=Prepare your 1:1s and keep your commitments, privately',
    `Exec=${command.map(execArg).join(' ')}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** What starting at login needs to know about the running app. */
export interface LoginItemEnv {
  platform: string;
  app: Pick<App, 'setLoginItemSettings' | 'isPackaged' | 'getAppPath'>;
  execPath: string;
  /** `$XDG_CONFIG_HOME` or `~/.config` (Linux). */
  configDir: string;
}

/**
 * Starts Upward at login, or stops doing so. macOS and Windows keep the login item themselves;
 * on Linux it is a desktop entry in the autostart folder.
 */
export async function applyLaunchAtLogin(enabled: boolean, env: LoginItemEnv): Promise<void> {
  if (env.platform === 'darwin' || env.platform === 'win32') {
    env.app.setLoginItemSettings({ openAtLogin: enabled });
    return;
  }
  const file = autostartFile(env.configDir);
  if (!enabled) {
    await rm(file, { force: true });
    return;
  }
  // An unpackaged app runs as `electron <app folder>`; a packaged one is its own executable.
  const command = env.app.isPackaged ? [env.execPath] : [env.execPath, env.app.getAppPath()];
  await mkdir(join(env.configDir, 'autostart'), { recursive: true });
  await writeFile(file, autostartEntry(command), { mode: 0o644 });
}
