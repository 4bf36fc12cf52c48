import type { ReactNode } from 'react';
import { CalendarClock } from 'lucide-react';
import { EmptyState, PageHeader } from '../../ui';

/** 1:1s. */
export function MeetingsScreen(): ReactNode {
  return (
    <div className="page">
      <PageHeader title="1:1s" />
      <EmptyState icon={<CalendarClock size={26} />} title="Nothing here yet">
        Your recurring 1:1s and their agendas. Set up a series with a leader and the next meeting will be ready to prepare.
      </EmptyState>
    </div>
  );
}
