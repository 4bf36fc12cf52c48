import { useState, type ReactNode } from 'react';
import { FileDown } from 'lucide-react';
import { api, errorMessage } from '../../lib/api';
import { Alert, Button, Checkbox, Dialog, useToast } from '../../ui';

/** Saves the agenda as .docx; the private prep notes go in only when ticked. */
export function ExportAgendaDialog({
  meetingId,
  onClose,
}: {
  meetingId: string;
  onClose: () => void;
}): ReactNode {
  const toast = useToast();
  const [includePrivate, setIncludePrivate] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async (): Promise<void> => {
    try {
      const { path } = await api.meetings.exportAgenda({ meetingId, includePrivate });
      if (!path) return;
      toast(`Saved ${path}`);
      onClose();
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <Dialog
      open
      title="Export the agenda"
      onClose={onClose}
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" icon={<FileDown size={15} />} onClick={() => void save()}>
            Export .docx
          </Button>
        </>
      }
    >
      <div className="stack">
        <p className="muted">
          A Word document with the sections, items, decisions, follow-ups, action items and meeting
          notes.
        </p>
        <Checkbox
          label="Include my private prep notes"
          hint="keep the file to yourself if you do"
          checked={includePrivate}
          onChange={setIncludePrivate}
        />
        {error && <Alert tone="danger">{error}</Alert>}
      </div>
    </Dialog>
  );
}
