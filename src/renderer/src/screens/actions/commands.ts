import type { Command } from '../../commands/types';

/** Command palette entries of the actions area. */
export const commands: Command[] = [
  {
    id: 'actions.open',
    title: 'Go to Action items',
    group: 'Navigate',
    run: ({ navigate }) => navigate('/actions'),
  },
  {
    id: 'actions.new',
    title: 'New action item',
    group: 'Action items',
    keywords: ['commitment', 'todo', 'owner'],
    run: ({ navigate }) => navigate('/actions?new'),
  },
  {
    id: 'actions.overdue',
    title: 'Show overdue action items',
    group: 'Action items',
    keywords: ['late', 'missed'],
    run: ({ navigate }) => navigate('/actions?overdue'),
  },
];
