import type { Command } from '../../commands/types';

/** Command palette entries of the journal area. */
export const commands: Command[] = [
  { id: 'journal.open', title: 'Go to Journal', group: 'Navigate', run: ({ navigate }) => navigate('/journal') },
];
