import { useState, type ReactNode } from 'react';
import type { VaultStatus } from '../../../../shared/ipc/areas/vault';
import { api, errorMessage, useApiData } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useSettings } from '../../lib/settings';
import { Alert, Button, Dialog, Spinner, useToast } from '../../ui';

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
  const [busy, setBusy] = useState(false);
  const toast = useToast();
  const { dateFormat } = useSettings();

  const restore = async (id: string): Promise<void> => {
    setBusy(true);
    try {
      const status = await api.vault.restoreBackup({ id });
      toast('Backup restored. Unlock to continue.');
      setConfirm(null);
      reload();
      onRestored?.(status);
    } catch (err) {
      toast(errorMessage(err), 'error');
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
        onClose={() => setConfirm(null)}
        footer={
          <>
            <Button onClick={() => setConfirm(null)}>Cancel</Button>
            <Button
              variant="primary"
              disabled={busy}
              onClick={() => confirm && void restore(confirm)}
            >
              Restore backup
            </Button>
          </>
        }
      >
        <p>
          The vault will be replaced by this backup. Your current files are backed up first, so
          nothing is lost. You will unlock again afterwards.
        </p>
      </Dialog>
    </>
  );
}
