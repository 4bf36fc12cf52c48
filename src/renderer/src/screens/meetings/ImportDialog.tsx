import { useState, type ReactNode } from 'react';
import { FileUp } from 'lucide-react';
import type { LeaderSummary } from '../../../../shared/domain/leader';
import { api, errorMessage } from '../../lib/api';
import { Alert, Button, Dialog, Select, useToast } from '../../ui';

/** Imports a 1:1 series from a calendar file (as Google Calendar or Outlook export it) for a chosen leader. */
export function ImportDialog({
  leaders,
  onClose,
  onImported,
}: {
  leaders: LeaderSummary[];
  onClose: () => void;
  onImported: () => void;
}): ReactNode {
  const toast = useToast();
  const [leaderId, setLeaderId] = useState(leaders[0]?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const result = await api.meetings.importIcs({ leaderId });
      if (!result) return;
      onImported();
      toast(`Imported: ${result.series.summary}.`);
      if (result.warnings.length) setWarnings(result.warnings);
      else onClose();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      title="Import a 1:1 series"
      onClose={onClose}
      footer={
        warnings ? (
          <Button variant="primary" onClick={onClose}>
            Done
          </Button>
        ) : (
          <>
            <Button variant="ghost" onClick={onClose}>
              Cancel
            </Button>
            <Button
              variant="primary"
              icon={<FileUp size={15} />}
              onClick={() => void choose()}
              disabled={!leaderId || busy}
            >
              Choose a calendar file…
            </Button>
          </>
        )
      }
    >
      <div className="stack">
        {warnings ? (
          <>
            <Alert>The series was imported. A few things to know about the file:</Alert>
            <ul className="meetings-warnings">
              {warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </>
        ) : (
          <>
            <p className="muted">
              Export the recurring 1:1 from your calendar as an .ics file, then pick it here. Its
              schedule, time zone, skipped and moved meetings come along; nothing else is read.
            </p>
            <Select
              label="Leader"
              value={leaderId}
              onChange={(e) => setLeaderId(e.target.value)}
              options={leaders.map((l) => ({ value: l.id, label: l.name }))}
            />
            {error && <Alert tone="danger">{error}</Alert>}
          </>
        )}
      </div>
    </Dialog>
  );
}
