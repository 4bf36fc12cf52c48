import { useState, type ReactNode } from 'react';
import type { LeaderSummary } from '../../../../shared/domain/leader';
import type { JournalFilter } from '../../../../shared/ipc/areas/journal';
import { api, errorMessage } from '../../lib/api';
import { Alert, Checkbox, ExportDocxDialog } from '../../ui';
import { DateField } from '../../ui/DateField';

function monthStart(today: string): string {
  return `${today.slice(0, 7)}-01`;
}

/** Exports the entries of a date range to Word, optionally only those of the current tag or leader filter. */
export function ExportJournalDialog({
  filter,
  leaders,
  today,
  onClose,
}: {
  filter: JournalFilter;
  leaders: LeaderSummary[];
  today: string;
  onClose: () => void;
}): ReactNode {
  const [from, setFrom] = useState(filter.from ?? monthStart(today));
  const [to, setTo] = useState(filter.to ?? today);
  const [narrow, setNarrow] = useState(Boolean(filter.tag || filter.leaderId));
  const leaderName = leaders.find((l) => l.id === filter.leaderId)?.name;
  const narrowing = [
    filter.tag ? `tagged #${filter.tag}` : '',
    leaderName ? `about ${leaderName}` : '',
  ]
    .filter(Boolean)
    .join(' and ');

  const save = async (): Promise<{ path: string; message: string } | null> => {
    const req: JournalFilter = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
    if (narrow && filter.tag) req.tag = filter.tag;
    if (narrow && filter.leaderId) req.leaderId = filter.leaderId;
    const { path, count } = await api.journal.exportRange(req);
    if (!path) return null;
    return { path, message: `${count === 1 ? '1 entry' : `${count} entries`} saved to ${path}` };
  };

  return (
    <ExportDocxDialog
      title="Export journal"
      onClose={onClose}
      describeError={errorMessage}
      validate={() => (from && to && from > to ? 'The start date is after the end date.' : null)}
      save={save}
    >
      <p className="muted">
        Entries of the range, oldest first, one section per month, as a Word document.
      </p>
      <div className="journal-two">
        <DateField label="From" value={from} onChange={setFrom} />
        <DateField label="To" value={to} onChange={setTo} />
      </div>
      {narrowing && (
        <Checkbox label={`Only entries ${narrowing}`} checked={narrow} onChange={setNarrow} />
      )}
      <Alert tone="warning">
        The document is not encrypted. Store it somewhere only you can open.
      </Alert>
    </ExportDocxDialog>
  );
}
