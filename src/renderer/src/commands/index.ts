import type { Command } from './types';
import { commands as actions } from '../screens/actions/commands';
import { commands as dashboard } from '../screens/dashboard/commands';
import { commands as goodwill } from '../screens/goodwill/commands';
import { commands as journal } from '../screens/journal/commands';
import { commands as leaders } from '../screens/leaders/commands';
import { commands as meetings } from '../screens/meetings/commands';
import { commands as settings } from '../screens/settings/commands';
import { commands as review } from '../screens/review/commands';

const app: Command[] = [
  {
    id: 'app.lock',
    title: 'Lock now',
    group: 'Vault',
    shortcut: 'Ctrl+L',
    keywords: ['lock', 'secure'],
    run: ({ lock }) => lock(),
  },
];

/** Every command of the palette, app-wide first, then per area. */
export const allCommands: Command[] = [
  ...app,
  ...dashboard,
  ...meetings,
  ...actions,
  ...leaders,
  ...journal,
  ...goodwill,
  ...review,
  ...settings,
];
