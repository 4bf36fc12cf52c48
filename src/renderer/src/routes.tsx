import type { ReactNode } from 'react';
import { ActionsScreen } from './screens/actions/ActionsScreen';
import { DashboardScreen } from './screens/dashboard/DashboardScreen';
import { GoodwillScreen } from './screens/goodwill/GoodwillScreen';
import { JournalScreen } from './screens/journal/JournalScreen';
import { LeadersScreen } from './screens/leaders/LeadersScreen';
import { MeetingsScreen } from './screens/meetings/MeetingsScreen';
import { SettingsScreen } from './screens/settings/SettingsScreen';
import { ReviewScreen } from './screens/review/ReviewScreen';

/** A top-level area of the app: its route prefix, its screen and its place in the sidebar. */
export interface AreaRoute {
  prefix: string;
  label: string;
  screen: () => ReactNode;
}

/** One line per area; a screen reads the rest of the path with `useRoute()`. */
export const routes: AreaRoute[] = [
  { prefix: 'dashboard', label: 'Dashboard', screen: DashboardScreen },
  { prefix: 'meetings', label: '1:1s', screen: MeetingsScreen },
  { prefix: 'actions', label: 'Action items', screen: ActionsScreen },
  { prefix: 'leaders', label: 'Leaders', screen: LeadersScreen },
  { prefix: 'journal', label: 'Journal', screen: JournalScreen },
  { prefix: 'goodwill', label: 'Goodwill', screen: GoodwillScreen },
  { prefix: 'review', label: 'Review', screen: ReviewScreen },
  { prefix: 'settings', label: 'Settings', screen: SettingsScreen },
];
