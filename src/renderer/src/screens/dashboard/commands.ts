import type { Command } from '../../commands/types';

/** The dashboard route with a query, keeping the leader it shows. */
function here(query: string): string {
  const m = /^#\/dashboard\/([^/?]+)/.exec(window.location.hash);
  return `${m ? `/dashboard/${m[1]}` : '/dashboard'}${query ? `?${query}` : ''}`;
}

/** Command palette entries of the dashboard area. */
export const commands: Command[] = [
  {
    id: 'dashboard.open',
    title: 'Go to Dashboard',
    group: 'Navigate',
    keywords: ['home', 'one-pager', 'status'],
    run: ({ navigate }) => navigate('/dashboard'),
  },
  {
    id: 'dashboard.export',
    title: 'Export the status update (.docx)',
    group: 'Dashboard',
    keywords: ['word', 'docx', 'share', 'upward', 'report', 'one-pager'],
    run: ({ navigate }) => navigate(here('export')),
  },
  {
    id: 'dashboard.new-project',
    title: 'Add a project to the dashboard',
    group: 'Dashboard',
    keywords: ['status', 'on track', 'at risk', 'blocked'],
    run: ({ navigate }) => navigate(here('new-project')),
  },
  {
    id: 'dashboard.new-metric',
    title: 'Add a key metric to the dashboard',
    group: 'Dashboard',
    keywords: ['number', 'kpi', 'target'],
    run: ({ navigate }) => navigate(here('new-metric')),
  },
  {
    id: 'dashboard.overall',
    title: 'Show the dashboard for all leaders',
    group: 'Dashboard',
    keywords: ['overall', 'everyone'],
    run: ({ navigate }) => navigate('/dashboard'),
  },
  {
    id: 'dashboard.scope',
    title: 'Show the dashboard for one leader…',
    group: 'Dashboard',
    keywords: ['leader', 'boss', 'filter', 'per leader'],
    run: ({ navigate }) => {
      navigate(here(''));
      // The leader picker is in the header; put the keyboard there.
      requestAnimationFrame(() =>
        document.querySelector<HTMLButtonElement>('.dash-scope .select')?.focus(),
      );
    },
  },
];
