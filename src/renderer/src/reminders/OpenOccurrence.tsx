import { useEffect, useState, type ReactNode } from 'react';
import { CalendarX2 } from 'lucide-react';
import { api, errorMessage } from '../lib/api';
import { Link, useNavigate } from '../lib/router';
import { EmptyState, PageHeader, Spinner } from '../ui';

/**
 * Opens the meeting a reminder links to: prepares its agenda the first time, then shows it in
 * place of the link (so going back does not open it again).
 */
export function OpenOccurrence({
  seriesId,
  occurrenceKey,
}: {
  seriesId: string;
  occurrenceKey: string;
}): ReactNode {
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    api.meetings.open({ seriesId, key: occurrenceKey }).then(
      (view) => {
        if (cancelled) return;
        const to = `/meetings/${view.meeting.id}`;
        window.location.replace(`#${to}`);
        navigate(to);
      },
      (err: unknown) => {
        if (!cancelled) setError(errorMessage(err));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [seriesId, occurrenceKey, navigate]);

  if (!error) {
    return (
      <div className="page reminders-opening" aria-busy="true">
        <Spinner label="Opening the agenda" />
      </div>
    );
  }
  return (
    <div className="page">
      <PageHeader title="1:1s" />
      <EmptyState
        icon={<CalendarX2 size={26} />}
        title="This 1:1 cannot be opened"
        actions={<Link to="/meetings">See all 1:1s</Link>}
      >
        {error}
      </EmptyState>
    </div>
  );
}
