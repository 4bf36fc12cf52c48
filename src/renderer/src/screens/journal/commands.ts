import type { Command } from '../../commands/types';

/** The entry open in the journal, if any (read from the address). */
function openEntryId(): string | null {
  const m = /^#\/journal\/([^/?]+)/.exec(window.location.hash);
  return m && m[1] !== 'new' ? m[1] : null;
}

/** Command palette entries of the journal area. */
export const commands: Command[] = [
  {
    id: 'journal.open',
    title: 'Go to Journal',
    group: 'Navigate',
    run: ({ navigate }) => navigate('/journal'),
  },
  {
    id: 'journal.new',
    title: 'New journal entry',
    group: 'Journal',
    keywords: ['write', 'diary', 'note', 'reflect', 'prompt'],
    run: ({ navigate }) => navigate('/journal/new'),
  },
  {
    id: 'journal.search',
    title: 'Search the journal',
    group: 'Journal',
    keywords: ['find', 'full-text', 'look up'],
    run: ({ navigate }) => navigate('/journal?search'),
  },
  {
    id: 'journal.filter',
    title: 'Filter journal entries by tag, leader or date',
    group: 'Journal',
    keywords: ['tag', 'leader', 'date', 'range'],
    run: ({ navigate }) => navigate('/journal?filters'),
  },
  {
    id: 'journal.onThisDay',
    title: 'On this day in the journal',
    group: 'Journal',
    keywords: ['anniversary', 'memories', 'years ago'],
    run: ({ navigate }) => navigate('/journal'),
  },
  {
    id: 'journal.delete',
    title: 'Delete this journal entry',
    group: 'Journal',
    keywords: ['remove', 'erase'],
    run: ({ navigate }) => {
      const id = openEntryId();
      navigate(id ? `/journal/${id}?delete` : '/journal');
    },
  },
  {
    id: 'journal.export',
    title: 'Export journal entries (.docx)',
    group: 'Journal',
    keywords: ['word', 'docx', 'range', 'print'],
    run: ({ navigate }) => {
      const id = openEntryId();
      navigate(id ? `/journal/${id}?export` : '/journal?export');
    },
  },
];
