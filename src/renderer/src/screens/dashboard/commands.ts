import type { Command } from '../../commands/types';

/** Command palette entries of the dashboard area. */
export const commands: Command[] = [
  { id: 'dashboard.open', title: 'Go to Dashboard', group: 'Navigate', run: ({ navigate }) => navigate('/dashboard') },
];
