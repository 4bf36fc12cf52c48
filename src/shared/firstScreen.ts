import type { z } from 'zod';
import type { Settings } from './domain/settings';
import { THEMES, type Theme } from './domain/theme';
import type { VaultStatus } from './ipc/areas/vault';

/**
 * What main tells the page, in the address it opens, about the screen the page starts on: read
 * before any of the app's code has loaded, so that the page can draw that screen at once (see
 * the renderer's `lib/prerendered`). `screen` is `unlock` only when the plain unlock screen is
 * what comes first (a locked vault, with nothing to report and no wait).
 */
export interface FirstScreenHint {
  screen: 'unlock' | null;
  theme: Theme;
}

/**
 * The vault as the prerendered unlock screen shows it: locked, with nothing to report and no
 * wait (what `first=unlock` stands for).
 */
export const PLAINLY_LOCKED: VaultStatus = {
  state: 'locked',
  location: '',
  retryAfterSeconds: 0,
  problem: null,
  pendingWriteError: null,
  waiting: [],
  otherComputers: [],
  conflicts: 0,
  settingsProblem: null,
  rescue: null,
};

/** What of the vault's state the hint depends on (as main's handler answers it). */
type StatusSeen = Pick<
  z.input<typeof VaultStatus>,
  'state' | 'problem' | 'rescue' | 'settingsProblem' | 'retryAfterSeconds'
>;

/** The hint for a page opening now, from the vault's state and the settings. */
export function firstScreenHint(status: StatusSeen, settings: Settings): FirstScreenHint {
  const plainUnlock =
    status.state === 'locked' &&
    status.problem === null &&
    (status.rescue ?? null) === null &&
    (status.settingsProblem ?? null) === null &&
    status.retryAfterSeconds === 0;
  return { screen: plainUnlock ? 'unlock' : null, theme: settings.theme };
}

/** The hint as the query of the page's address (`?first=unlock&theme=dark`). */
export function firstScreenQuery(hint: FirstScreenHint): string {
  const query = new URLSearchParams();
  if (hint.screen) query.set('first', hint.screen);
  query.set('theme', hint.theme);
  return `?${query.toString()}`;
}

const isTheme = (value: string | null): value is Theme => THEMES.some((theme) => theme === value);

/**
 * The hint in a page's query, or `null` when it holds none (or one that does not fit). Checked
 * by hand against the two closed lists, not with a schema: this runs before the page's first
 * frame, which should not wait for the validation library (decision 082).
 */
export function readFirstScreenQuery(search: string): FirstScreenHint | null {
  const query = new URLSearchParams(search);
  const theme = query.get('theme');
  const screen = query.get('first');
  if (!isTheme(theme) || (screen !== null && screen !== 'unlock')) return null;
  return { screen, theme };
}
