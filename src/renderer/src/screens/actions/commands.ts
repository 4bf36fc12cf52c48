import type { Command } from '../../commands/types';

/** Command palette entries of the actions area. */
export const commands: Command[] = [
  { id: 'actions.open', title: 'Go to Action items', group: 'Navigate', run: ({ navigate }) => navigate('/actions') },
];
