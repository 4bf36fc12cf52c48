import { useState, type FormEvent, type ReactNode } from 'react';
import type { VaultStatus } from '../../../../shared/ipc/areas/vault';
import { api, errorMessage, useApiData } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useSettings } from '../../lib/settings';
import { Alert, Button, Dialog, Spinner, useToast } from '../../ui';
import { SecretField, SecretMethodSwitch, useSecretEntry } from './SecretField';

/** The vault's backups, newest first, each restorable after a confirmation. */
export function BackupList({
  onRestored,
  version = 0,
}: {
  onRestored?: (s: VaultStatus) => void;
  version?: number;
}): ReactNode {
  const { data, error, loading, reload } = useApiData(() => api.vault.listBackups(), [version], {
    areas: ['vault'],
  });
  const [confirm, setConfirm] = useState<string | null>(null);
  const { method, secret, setSecret, switchMethod } = useSecretEntry();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const toast = useToast();
  const { dateFormat } = useSettings();

  const close = (): void => {
    setConfirm(null);
    setSecret('');
    setProblem(null);
  };

  const restore = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!confirm || !secret) return;
    setBusy(true);
    setProblem(null);
    try {
      const status = await api.vault.restoreBackup({ id: confirm, method, secret });
      toast('Backup restored. The vault is open at the state of the backup.');
      close();
      reload();
      onRestored?.(status);
    } catch (err) {
      // Shown in the dialog: a backup that cannot be restored changed nothing.
      setProblem(errorMessage(err));
      setSecret('');
    } finally {
      setBusy(false);
    }
  };

  if (loading && !data) return <Spinner label="Loading backups" />;
  if (error) return <Alert tone="danger">{error}</Alert>;
  if (!data?.length)
    return <p className="muted">No backups yet. Upward makes one each time you unlock.</p>;
  return (
    <>
      <ul className="list stack" aria-label="Backups">
        {data.map((b) => (
          <li key={b.id} className="row">
            <span>
              {formatDateTime(b.createdAt, dateFormat)}
              <span className="faint">
                {' '}
                · {b.files} files · {(b.bytes / 1024).toFixed(0)} KB
              </span>
            </span>
            <span className="spacer" />
            <Button
              size="sm"
              onClick={() => setConfirm(b.id)}
              aria-label={`Restore backup of ${formatDateTime(b.createdAt, dateFormat)}`}
            >
              Restore
            </Button>
          </li>
        ))}
      </ul>
      <Dialog
        open={confirm !== null}
        title="Restore this backup?"
        onClose={close}
        footer={
          <>
            <Button onClick={close}>Cancel</Button>
            <Button
              variant="primary"
              type="submit"
              form="restore-backup-form"
              disabled={busy || !secret}
            >
              {busy ? 'Checking the backup…' : 'Restore backup'}
            </Button>
          </>
        }
      >
        <form id="restore-backup-form" className="stack" onSubmit={(e) => void restore(e)}>
          <p>
            Upward first checks every file of the backup; a damaged one is refused and your vault
            stays as it is. Then the vault is replaced by this backup. Your current files are backed
            up first, so nothing is lost.
          </p>
          <SecretField
            method={method}
            label={{
              passphrase: 'Passphrase the vault had when this backup was made',
              recovery: 'Recovery code the vault had when this backup was made',
            }}
            autoFocus
            value={secret}
            onChange={setSecret}
          />
          <SecretMethodSwitch
            method={method}
            words={{
              passphrase: 'Use the recovery code instead',
              recovery: 'Use the passphrase instead',
            }}
            onSwitch={switchMethod}
          />
          {problem && <Alert tone="danger">{problem}</Alert>}
        </form>
      </Dialog>
    </>
  );
}
