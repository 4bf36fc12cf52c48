import type { ReactNode } from 'react';
import { NotebookPen } from 'lucide-react';
import { EmptyState, PageHeader } from '../../ui';

/** Journal. */
export function JournalScreen(): ReactNode {
  return (
    <div className="page">
      <PageHeader title="Journal" />
      <EmptyState icon={<NotebookPen size={26} />} title="Nothing here yet">
        A private, encrypted journal about your working relationships. Entries you write will be listed here, searchable and filterable.
      </EmptyState>
    </div>
  );
}
