import { useState, type ReactNode } from 'react';
import { FileDown } from 'lucide-react';
import type { LeaderSummary } from '../../../../shared/domain/leader';
import type { JournalFilter } from '../../../../shared/ipc/areas/journal';
import { api, errorMessage } from '../../lib/api';
import { Alert, Button, Checkbox, Dialog, TextField, useToast } from '../../ui';

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
  const toast = useToast();
  const [from, setFrom] = useState(filter.from ?? monthStart(today));
  const [to, setTo] = useState(filter.to ?? today);
  const [narrow, setNarrow] = useState(Boolean(filter.tag || filter.leaderId));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const leaderName = leaders.find((l) => l.id === filter.leaderId)?.name;
  const narrowing = [
    filter.tag ? `tagged #${filter.tag}` : '',
    leaderName ? `about ${leaderName}` : '',
  ]
    .filter(Boolean)
    .join(' and ');

  const run = async (): Promise<void> => {
    if (from && to && from > to) {
      setError('The start date is after the end date.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const req: JournalFilter = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
      if (narrow && filter.tag) req.tag = filter.tag;
      if (narrow && filter.leaderId) req.leaderId = filter.leaderId;
      const { path, count } = await api.journal.exportRange(req);
      if (path) {
        toast(`${count === 1 ? '1 entry' : `${count} entries`} saved to ${path}`);
        onClose();
      }
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      title="Export journal"
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            variant="primary"
            icon={<FileDown size={15} />}
            disabled={busy}
            onClick={() => void run()}
          >
            Export .docx
          </Button>
        </>
      }
    >
      <div className="stack">
        <p className="muted">
          Entries of the range, oldest first, one section per month, as a Word document.
        </p>
        <div className="journal-two">
          <TextField
            label="From"
            type="date"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
          />
          <TextField label="To" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
        {narrowing && (
          <Checkbox label={`Only entries ${narrowing}`} checked={narrow} onChange={setNarrow} />
        )}
        <Alert tone="warning">
          The document is not encrypted. Store it somewhere only you can open.
        </Alert>
        {error && <Alert tone="danger">{error}</Alert>}
      </div>
    </Dialog>
  );
}
