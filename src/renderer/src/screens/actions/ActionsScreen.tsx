import type { ReactNode } from 'react';
import { ListChecks } from 'lucide-react';
import { EmptyState, PageHeader } from '../../ui';

/** Action items. */
export function ActionsScreen(): ReactNode {
  return (
    <div className="page">
      <PageHeader title="Action items" />
      <EmptyState icon={<ListChecks size={26} />} title="Nothing here yet">
        Every commitment from your 1:1s — yours and theirs — with owners and due dates. Overdue ones are highlighted here.
      </EmptyState>
    </div>
  );
}
