import type { Command } from '../../commands/types';

/** Command palette entries of the review. */
export const commands: Command[] = [
  {
    id: 'review.open',
    title: 'Prepare a review: gather the evidence of a period',
    group: 'Navigate',
    keywords: ['review', 'promotion', 'performance', 'evidence', 'brag document', 'wins'],
    run: ({ navigate }) => navigate('/review'),
  },
];
