import type { Settings } from '../../../shared/domain/settings';
import type { VaultStatus } from '../../../shared/ipc/areas/vault';
import { api } from './api';

/** What the first screen needs from main before it can be drawn. */
export interface FirstData {
  /** Locked, new or open: which screen comes first. `null` when asking failed (asked again later). */
  status: VaultStatus | null;
  /** The theme and date style the first screen is drawn in. `null` when asking failed. */
  settings: Settings | null;
}

/**
 * Asked for when this module is evaluated, the first thing the page's script does, so the
 * answers travel while the rest of the script (React and the first screen) is evaluated
 * rather than after React's first render. Both questions go out at once.
 */
export const firstData: Promise<FirstData> = Promise.all([
  api.vault.status().catch(() => null),
  api.settings.get().catch(() => null),
]).then(([status, settings]) => ({ status, settings }));
