import type { Command } from '../../commands/types';

/** Command palette entries of the goodwill area. */
export const commands: Command[] = [
  { id: 'goodwill.open', title: 'Go to Goodwill', group: 'Navigate', run: ({ navigate }) => navigate('/goodwill') },
];
