import { useState, type ReactNode } from 'react';
import type { VaultRescue } from '../../shared/ipc/areas/vault';
import { api, errorMessage } from './lib/api';
import { Alert, Button, Dialog, useToast } from './ui';

/**
 * Changes that could not be saved because their file could not be read, kept in the
 * rescue file: the notice after an unlock, with Apply (once the file is put right) and
 * Discard (after a confirmation).
 */
export function RescueNotice({
  rescue,
  onDone,
}: {
  rescue: VaultRescue;
  onDone: () => void;
}): ReactNode {
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);

  const apply = async (): Promise<void> => {
    setBusy(true);
    setOutcome(null);
    try {
      const r = await api.vault.applyRescue();
      if (r.applied.length)
        toast(`Your kept changes to ${r.applied.map((f) => `“${f}”`).join(', ')} were applied.`);
      if (r.kept.length) setOutcome(r.kept.map((k) => k.message).join(' '));
      onDone();
    } catch (err) {
      setOutcome(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const discard = async (): Promise<void> => {
    setConfirming(false);
    setBusy(true);
    try {
      await api.vault.discardRescue();
      toast('The kept changes were discarded.');
      onDone();
    } catch (err) {
      setOutcome(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Alert tone="warning">
      <div className="stack" data-testid="rescue-notice">
        <p>{rescue.message}</p>
        {rescue.savedAt && (
          <p className="muted">Kept on {new Date(rescue.savedAt).toLocaleString()}.</p>
        )}
        {outcome && <p role="status">{outcome}</p>}
        <div className="row">
          {rescue.canApply && (
            <Button variant="primary" disabled={busy} onClick={() => void apply()}>
              Apply kept changes
            </Button>
          )}
          <Button disabled={busy} onClick={() => setConfirming(true)}>
            Discard kept changes…
          </Button>
        </div>
      </div>
      <Dialog
        open={confirming}
        title="Discard the kept changes?"
        onClose={() => setConfirming(false)}
        footer={
          <div className="row">
            <span className="spacer" />
            <Button onClick={() => setConfirming(false)}>Cancel</Button>
            <Button variant="danger" onClick={() => void discard()}>
              Discard changes
            </Button>
          </div>
        }
      >
        <p>
          The changes kept in the rescue file
          {rescue.files.length ? ` (to ${rescue.files.map((f) => `“${f}”`).join(', ')})` : ''} will
          be deleted for good. What is in your vault now stays as it is.
        </p>
      </Dialog>
    </Alert>
  );
}
