import type { Command } from '../../commands/types';
import { api } from '../../lib/api';

/** Command palette entries of the settings area. */
export const commands: Command[] = [
  {
    id: 'settings.open',
    title: 'Open settings',
    group: 'Navigate',
    shortcut: 'Ctrl+,',
    run: ({ navigate }) => navigate('/settings'),
  },
  {
    id: 'settings.theme.light',
    title: 'Use the light theme',
    group: 'Appearance',
    run: () => void api.settings.update({ theme: 'light' }),
  },
  {
    id: 'settings.theme.dark',
    title: 'Use the dark theme',
    group: 'Appearance',
    run: () => void api.settings.update({ theme: 'dark' }),
  },
  {
    id: 'settings.theme.system',
    title: 'Follow the system theme',
    group: 'Appearance',
    run: () => void api.settings.update({ theme: 'system' }),
  },
];
