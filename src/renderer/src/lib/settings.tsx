import { createContext, useContext, useLayoutEffect, type ReactNode } from 'react';
import type { Settings } from '../../../shared/domain/settings';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settingsDefaults';
import { api, useApiData } from './api';
import { setDisplayStyle } from './format';
import { applyTheme, DARK_QUERY } from './theme';

const SettingsContext = createContext<Settings>(DEFAULT_SETTINGS);

/**
 * Applies the chosen theme to the document, following the system when asked. Before the
 * browser paints, so the first screen never shows in the other theme first.
 */
function useTheme(theme: Settings['theme']): void {
  useLayoutEffect(() => {
    const media = window.matchMedia(DARK_QUERY);
    const apply = (): void => applyTheme(theme);
    apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme]);
}

/**
 * Loads the app settings (available while locked) and keeps them fresh. With `initial` (asked
 * for before React started) they are not asked for again until they change.
 */
export function SettingsProvider({
  initial = null,
  children,
}: {
  initial?: Settings | null;
  children: ReactNode;
}): ReactNode {
  const { data } = useApiData(() => api.settings.get(), [], {
    areas: ['settings'],
    initial: initial ?? undefined,
  });
  const settings = data ?? DEFAULT_SETTINGS;
  // Set before the children render, so they write dates the way the settings now say.
  setDisplayStyle(settings);
  useTheme(settings.theme);
  return <SettingsContext.Provider value={settings}>{children}</SettingsContext.Provider>;
}

/** The current app settings. */
export function useSettings(): Settings {
  return useContext(SettingsContext);
}
