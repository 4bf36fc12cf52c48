import { useState, type ReactNode } from 'react';
import { FileDown, Lock } from 'lucide-react';
import { api, errorMessage } from '../../lib/api';
import { Alert, Button, Checkbox, Dialog } from '../../ui';
import { useToast } from '../../ui';

/** Exports a leader's one-page profile to Word; private fields only when ticked. */
export function ExportProfileDialog({
  leaderId,
  leaderName,
  onClose,
}: {
  leaderId: string;
  leaderName: string;
  onClose: () => void;
}): ReactNode {
  const [includePrivate, setIncludePrivate] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();
  const run = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const { path } = await api.leaders.exportProfile({ id: leaderId, includePrivate });
      if (path) {
        toast(`Profile saved to ${path}`);
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
      title={`Export ${leaderName}’s profile`}
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
        <p className="muted">A one-page Word document with the profile’s facts, lists and notes.</p>
        <Checkbox
          label={
            <span className="row">
              <Lock size={13} aria-hidden="true" /> Include private fields
            </span>
          }
          hint="weaknesses and how you support them"
          checked={includePrivate}
          onChange={setIncludePrivate}
        />
        {includePrivate && (
          <Alert tone="warning">
            The document will contain what you marked private. Keep it to yourself.
          </Alert>
        )}
        {error && <Alert tone="danger">{error}</Alert>}
      </div>
    </Dialog>
  );
}
