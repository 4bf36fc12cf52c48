import type { Command } from '../../commands/types';

/** The goodwill route with a query added, keeping the leader whose account is open. */
function here(query: string): string {
  const m = /^#\/goodwill\/([^/?]+)/.exec(window.location.hash);
  return `${m ? `/goodwill/${m[1]}` : '/goodwill'}?${query}`;
}

/** Command palette entries of the goodwill area. */
export const commands: Command[] = [
  {
    id: 'goodwill.open',
    title: 'Go to Goodwill',
    group: 'Navigate',
    keywords: ['bank', 'trust', 'ledger', 'balance'],
    run: ({ navigate }) => navigate('/goodwill'),
  },
  {
    id: 'goodwill.deposit',
    title: 'Record a goodwill deposit',
    group: 'Goodwill',
    keywords: ['add', 'trust', 'credit', 'delivered', 'helped'],
    run: ({ navigate }) => navigate(here('add=deposit')),
  },
  {
    id: 'goodwill.withdrawal',
    title: 'Record a goodwill withdrawal',
    group: 'Goodwill',
    keywords: ['ask', 'missed', 'escalated', 'debit'],
    run: ({ navigate }) => navigate(here('add=withdrawal')),
  },
  {
    id: 'goodwill.categories',
    title: 'Edit goodwill categories',
    group: 'Goodwill',
    keywords: ['rename', 'archive', 'category'],
    run: ({ navigate }) => navigate(here('categories')),
  },
  {
    id: 'goodwill.table',
    title: 'Show the goodwill balance as a table',
    group: 'Goodwill',
    keywords: ['accessible', 'chart', 'data', 'screen reader'],
    run: ({ navigate }) => navigate(here('table')),
  },
  {
    id: 'goodwill.all-time',
    title: 'Show the goodwill balance over all time',
    group: 'Goodwill',
    keywords: ['chart', 'history', 'years'],
    run: ({ navigate }) => navigate(here('span=all')),
  },
  {
    id: 'goodwill.proposals',
    title: 'Review missed commitments (proposed withdrawals)',
    group: 'Goodwill',
    keywords: ['overdue', 'action items', 'proposals', 'accept', 'dismiss'],
    run: ({ navigate }) => navigate(here('proposals')),
  },
];
