import type { ReactNode } from 'react';
import { LayoutDashboard } from 'lucide-react';
import { EmptyState, PageHeader } from '../../ui';

/** Dashboard. */
export function DashboardScreen(): ReactNode {
  return (
    <div className="page">
      <PageHeader title="Dashboard" />
      <EmptyState icon={<LayoutDashboard size={26} />} title="Nothing here yet">
        Your one-page status: projects, wins, open commitments, the next 1:1 and how your 1:1s are going.
      </EmptyState>
    </div>
  );
}
