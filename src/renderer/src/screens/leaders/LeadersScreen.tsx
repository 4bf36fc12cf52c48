import type { ReactNode } from 'react';
import { Users } from 'lucide-react';
import { EmptyState, PageHeader } from '../../ui';

/** Leaders. */
export function LeadersScreen(): ReactNode {
  return (
    <div className="page">
      <PageHeader title="Leaders" />
      <EmptyState icon={<Users size={26} />} title="Nothing here yet">
        The people you lead up to — your manager, a skip-level, a mentor, a client. Their goals, style and preferences will live here, so every 1:1 starts from what they care about.
      </EmptyState>
    </div>
  );
}
