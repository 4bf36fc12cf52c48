import type { Command } from '../../commands/types';

/** Command palette entries of the meetings area. */
export const commands: Command[] = [
  { id: 'meetings.open', title: 'Go to 1:1s', group: 'Navigate', run: ({ navigate }) => navigate('/meetings') },
];
