import { useState, type ReactNode } from 'react';
import { FileDown, ShieldCheck } from 'lucide-react';
import { api, errorMessage } from '../../lib/api';
import { Alert, Button, Dialog, Select, useToast } from '../../ui';

const WINDOWS = [
  { value: '14', label: 'Last 2 weeks' },
  { value: '30', label: 'Last 30 days' },
  { value: '90', label: 'Last quarter' },
];

/** Saves the one-pager as a Word status update; says plainly what goes in and what never does. */
export function ExportDialog({
  leaderId,
  leaderName,
  onClose,
}: {
  leaderId: string | null;
  leaderName: string | null;
  onClose: () => void;
}): ReactNode {
  const [days, setDays] = useState('30');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();
  const run = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const { path } = await api.dashboard.export({ leaderId, winsDays: Number(days) });
      if (path) {
        toast(`Status update saved to ${path}`);
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
      title={leaderName ? `Status update for ${leaderName}` : 'Status update'}
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
          A one-page Word document to share upward: projects and their status, key metrics, recent
          wins, open commitments and the next 1:1.
        </p>
        <Select
          label="Wins to include"
          value={days}
          options={WINDOWS}
          onChange={(e) => setDays(e.target.value)}
        />
        <div className="dash-private-note">
          <ShieldCheck size={16} aria-hidden="true" />
          <span>
            Never included: journal text (wins appear by title only), your goodwill ledger, 1:1
            health, prep notes and anything on a leader’s profile.
          </span>
        </div>
        {error && <Alert tone="danger">{error}</Alert>}
      </div>
    </Dialog>
  );
}
