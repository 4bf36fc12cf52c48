import { lazy, type ComponentType, type ReactNode } from 'react';

/** A top-level area of the app: its route prefix, its screen and its place in the sidebar. */
export interface AreaRoute {
  prefix: string;
  label: string;
  /** Loaded on first use (or ahead, see `preloadScreens`); render it inside a Suspense boundary. */
  screen: ComponentType;
  /** Fetches the screen's code without showing it. */
  preload: () => Promise<unknown>;
  /** Not in the sidebar: reached from a notice (e.g. conflicts between two computers). */
  hidden?: boolean;
}

/** A screen whose code (editor, charts, drag and drop…) is split from the first screen's. */
export function area<K extends string>(
  prefix: string,
  label: string,
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): AreaRoute {
  let loading: Promise<Record<K, ComponentType>> | null = null;
  let loaded: ComponentType | null = null;
  const preload = (): Promise<Record<K, ComponentType>> =>
    (loading ??= load().then((m) => {
      loaded = m[name];
      return m;
    }));
  const Lazy = lazy(() =>
    preload().then((m): { default: ComponentType } => ({ default: m[name] })),
  );
  // Once its code is here the screen is drawn at once. A lazy component suspends at its first
  // render even when its code has arrived, and React holds a revealed Suspense boundary back
  // for up to 300 ms: every first visit to a screen waited that long for nothing.
  function Screen(): ReactNode {
    const Loaded = loaded;
    return Loaded ? <Loaded /> : <Lazy />;
  }
  Screen.displayName = `${name}Route`;
  return { prefix, label, screen: Screen, preload };
}

/** One line per area; a screen reads the rest of the path with `useRoute()`. */
export const routes: AreaRoute[] = [
  area(
    'dashboard',
    'Dashboard',
    () => import('./screens/dashboard/DashboardScreen'),
    'DashboardScreen',
  ),
  area('meetings', '1:1s', () => import('./screens/meetings/MeetingsScreen'), 'MeetingsScreen'),
  area('actions', 'Action items', () => import('./screens/actions/ActionsScreen'), 'ActionsScreen'),
  area('leaders', 'Leaders', () => import('./screens/leaders/LeadersScreen'), 'LeadersScreen'),
  area('journal', 'Journal', () => import('./screens/journal/JournalScreen'), 'JournalScreen'),
  area('goodwill', 'Goodwill', () => import('./screens/goodwill/GoodwillScreen'), 'GoodwillScreen'),
  area('review', 'Review', () => import('./screens/review/ReviewScreen'), 'ReviewScreen'),
  area('settings', 'Settings', () => import('./screens/settings/SettingsScreen'), 'SettingsScreen'),
  {
    ...area(
      'conflicts',
      'Conflicts',
      () => import('./screens/conflicts/ConflictsScreen'),
      'ConflictsScreen',
    ),
    hidden: true,
  },
];

/** Fetches every screen's code, one after another, so the first visit to each is instant. */
export async function preloadScreens(): Promise<void> {
  for (const r of routes) await r.preload().catch(() => undefined);
}
