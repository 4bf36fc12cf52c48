import type { Command } from '../../commands/types';

/** The leader whose profile is open, if any (read from the address). */
function openLeaderId(): string | null {
  const m = /^#\/leaders\/([^/?]+)/.exec(window.location.hash);
  return m ? m[1] : null;
}

/** Command palette entries of the leaders area. */
export const commands: Command[] = [
  {
    id: 'leaders.open',
    title: 'Go to Leaders',
    group: 'Navigate',
    run: ({ navigate }) => navigate('/leaders'),
  },
  {
    id: 'leaders.new',
    title: 'New leader',
    group: 'Leaders',
    keywords: ['add', 'boss', 'manager', 'profile', 'create'],
    run: ({ navigate }) => navigate('/leaders?new'),
  },
  {
    id: 'leaders.archived',
    title: 'Show archived leaders',
    group: 'Leaders',
    keywords: ['archive', 'former', 'past'],
    run: ({ navigate }) => navigate('/leaders?archived'),
  },
  {
    id: 'leaders.archive',
    title: 'Archive or unarchive this leader',
    group: 'Leaders',
    keywords: ['archive', 'restore', 'former', 'hide'],
    run: ({ navigate }) => {
      const id = openLeaderId();
      navigate(id ? `/leaders/${id}?archive` : '/leaders?archived');
    },
  },
  {
    id: 'leaders.export',
    title: 'Export this leader’s profile (.docx)',
    group: 'Leaders',
    keywords: ['word', 'docx', 'profile', 'one-page', 'print'],
    run: ({ navigate }) => {
      const id = openLeaderId();
      navigate(id ? `/leaders/${id}?export` : '/leaders');
    },
  },
];
