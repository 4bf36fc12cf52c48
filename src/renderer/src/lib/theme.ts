import type { Theme } from '../../../shared/domain/theme';

/** The system's dark appearance, which the `system` theme follows. */
export const DARK_QUERY = '(prefers-color-scheme: dark)';

/** Draws the page in `theme` (`system`: as the system is now). */
export function applyTheme(theme: Theme): void {
  const dark = theme === 'dark' || (theme === 'system' && window.matchMedia(DARK_QUERY).matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}
