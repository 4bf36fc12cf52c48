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

  {
    id: 'data.exportOpen',
    title: 'Export everything as Markdown and JSON (not encrypted)…',
    group: 'Your data',
    keywords: ['open export', 'markdown', 'json', 'zip', 'backup', 'take out'],
    run: ({ navigate }) => navigate('/settings?data=export'),
  },
  {
    id: 'data.importOpen',
    title: 'Import an open export…',
    group: 'Your data',
    keywords: ['markdown', 'json', 'zip', 'restore'],
    run: ({ navigate }) => navigate('/settings?data=import-open'),
  },
  {
    id: 'data.importDayOne',
    title: 'Import a journal from Day One…',
    group: 'Your data',
    keywords: ['day one', 'dayone', 'journal'],
    run: ({ navigate }) => navigate('/settings?data=import-dayone'),
  },
  {
    id: 'data.importMarkdown',
    title: 'Import a folder of Markdown notes…',
    group: 'Your data',
    keywords: ['markdown', 'obsidian', 'notes', 'folder'],
    run: ({ navigate }) => navigate('/settings?data=import-markdown'),
  },
];
