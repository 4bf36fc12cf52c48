import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_SETTINGS, Settings } from '../../../shared/domain/settings';
import { writeFileAtomic } from '../vault/atomicWrite';

/** Settings plus where the vault lives; stored unencrypted in the data folder. */
const ConfigFile = z.object({
  settings: Settings.default(DEFAULT_SETTINGS),
  vaultDir: z.string().nullable().default(null),
});
type ConfigFile = z.infer<typeof ConfigFile>;

/** Loads and saves the app's settings file (`settings.json` in the data folder). */
export interface SettingsService {
  get(): Settings;
  update(patch: Partial<Settings>): Promise<Settings>;
  vaultDir(): string;
  setVaultDir(dir: string): Promise<void>;
  onChange(fn: (s: Settings) => void): void;
  /** Set when the settings file exists but could not be read: where the vault lives may be lost. */
  problem(): string | null;
}

/** Reads the settings file once; a missing or damaged file falls back to defaults without being overwritten until the user changes something. */
export async function createSettingsService(dataDir: string): Promise<SettingsService> {
  const file = join(dataDir, 'settings.json');
  let config: ConfigFile = ConfigFile.parse({});
  let problem: string | null = null;
  const damaged =
    'Upward could not read its settings file, which records where your vault is. If your vault is in another folder, open it: nothing in it was changed.';
  try {
    const parsed = ConfigFile.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (parsed.success) config = parsed.data;
    else problem = damaged;
  } catch (err) {
    // Missing (a first run) means defaults; anything else is a damaged file.
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') problem = damaged;
  }
  const listeners: ((s: Settings) => void)[] = [];
  const save = (): Promise<void> => writeFileAtomic(file, JSON.stringify(config, null, 2));
  return {
    get: () => config.settings,
    async update(patch) {
      config = { ...config, settings: Settings.parse({ ...config.settings, ...patch }) };
      await save();
      listeners.forEach((fn) => fn(config.settings));
      return config.settings;
    },
    vaultDir: () => config.vaultDir ?? join(dataDir, 'vault'),
    async setVaultDir(dir) {
      config = { ...config, vaultDir: dir };
      await save();
      problem = null;
    },
    onChange: (fn) => listeners.push(fn),
    problem: () => problem,
  };
}
