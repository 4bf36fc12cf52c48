import { useState, type FormEvent, type ReactNode } from 'react';
import type { VaultStatus } from '../../../../shared/ipc/areas/vault';
import { api, errorMessage } from '../../lib/api';
import { Alert, Button, Dialog } from '../../ui';
import { SecretField, SecretMethodSwitch, useSecretEntry } from './SecretField';

/** Imports an encrypted copy of a vault (made with "Export encrypted copy" on another computer). */
export function ImportArchiveDialog({
  open,
  onClose,
  onImported,
  replacing,
  file,
}: {
  open: boolean;
  onClose: () => void;
  onImported: (s: VaultStatus) => void;
  /** True when a vault exists already: it is backed up, then replaced. */
  replacing: boolean;
  /** The name of the file Upward was opened with (double-click); without it, a dialog asks. */
  file?: string;
}): ReactNode {
  const { method, secret, setSecret, switchMethod } = useSecretEntry();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const status = await api.vault.importArchive({ method, secret, opened: !!file });
      setSecret('');
      if (status.state !== 'none') {
        onImported(status);
        onClose();
      }
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} title="Import an encrypted copy" onClose={onClose}>
      <form className="stack" onSubmit={(e) => void submit(e)}>
        {file ? (
          <p>
            You opened <span className="mono">{file}</span>, an encrypted copy of an Upward vault.
            To import it, enter the passphrase or recovery code it was made with. Every file in it
            is checked before anything changes here.
          </p>
        ) : (
          <p>
            Choose a <span className="mono">.upward</span> file exported from Upward, and enter the
            passphrase or recovery code it was made with. Every file in it is checked before
            anything changes here.
          </p>
        )}
        {replacing && (
          <Alert tone="warning">
            The vault on this computer is backed up first, then replaced by the imported one.
          </Alert>
        )}
        <SecretField
          method={method}
          label={{ passphrase: 'Passphrase of the copy', recovery: 'Recovery code of the copy' }}
          value={secret}
          onChange={setSecret}
        />
        <SecretMethodSwitch
          method={method}
          words={{
            passphrase: 'Use its recovery code instead',
            recovery: 'Use its passphrase instead',
          }}
          onSwitch={() => {
            switchMethod();
            setError(null);
          }}
        />
        {error && <Alert tone="danger">{error}</Alert>}
        <div className="row">
          <span className="spacer" />
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={!secret || busy}>
            {busy ? 'Importing…' : file ? 'Import' : 'Choose file and import…'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
