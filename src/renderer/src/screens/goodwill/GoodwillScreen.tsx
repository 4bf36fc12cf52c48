import type { ReactNode } from 'react';
import { PiggyBank } from 'lucide-react';
import { EmptyState, PageHeader } from '../../ui';

/** Goodwill. */
export function GoodwillScreen(): ReactNode {
  return (
    <div className="page">
      <PageHeader title="Goodwill" />
      <EmptyState icon={<PiggyBank size={26} />} title="Nothing here yet">
        A ledger of trust with each leader: deposits when you deliver, withdrawals when you ask or slip. The balance over time will show here.
      </EmptyState>
    </div>
  );
}
