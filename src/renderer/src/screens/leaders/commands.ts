import type { Command } from '../../commands/types';

/** Command palette entries of the leaders area. */
export const commands: Command[] = [
  { id: 'leaders.open', title: 'Go to Leaders', group: 'Navigate', run: ({ navigate }) => navigate('/leaders') },
];
