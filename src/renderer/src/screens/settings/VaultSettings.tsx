import { useState, type ReactNode } from 'react';
import { api, errorMessage, useApiData } from '../../lib/api';
import { useSettings } from '../../lib/settings';
import { Alert, Button, Card, useToast } from '../../ui';
import { BackupList } from '../vault/BackupList';
import { NumberSetting } from './NumberSetting';
import { ImportArchiveDialog } from '../vault/ImportArchive';
import { ChangePassphraseDialog, RecoveryDialog } from './SecretDialogs';

/** The vault part of Settings: where it lives, passphrase, recovery code, backups, moving and carrying. */
export function VaultSettings(): ReactNode {
  const { data: status, reload } = useApiData(() => api.vault.status(), [], { areas: ['vault'] });
  const settings = useSettings();
  const toast = useToast();
  const [dialog, setDialog] = useState<'passphrase' | 'recovery' | 'import' | null>(null);
  const [version, setVersion] = useState(0);
  const run = async (fn: () => Promise<string | null>): Promise<void> => {
    try {
      const msg = await fn();
      if (msg) toast(msg);
      reload();
      setVersion((v) => v + 1);
    } catch (err) {
      toast(errorMessage(err), 'error');
    }
  };
  return (
    <>
      <Card title="Vault" className="span-all">
        <div className="stack">
          <p>
            <span className="muted">Location: </span>
            <span className="mono" data-testid="vault-location">
              {status?.location ?? '…'}
            </span>
          </p>
          {status?.pendingWriteError && <Alert tone="warning">{status.pendingWriteError}</Alert>}
          <div className="row wrap">
            <Button onClick={() => setDialog('passphrase')}>Change passphrase…</Button>
            <Button onClick={() => setDialog('recovery')}>New recovery code…</Button>
            <Button
              onClick={() =>
                void run(async () => {
                  const r = await api.vault.move();
                  return r.location ? `Vault moved to ${r.location}` : null;
                })
              }
            >
              Move vault…
            </Button>
            <Button
              onClick={() =>
                void run(async () => {
                  const r = await api.vault.exportArchive();
                  return r.path ? `Encrypted copy saved to ${r.path}` : null;
                })
              }
            >
              Export encrypted copy…
            </Button>
            <Button onClick={() => setDialog('import')}>Import encrypted copy…</Button>
            <Button
              onClick={() =>
                void run(async () => {
                  const r = await api.vault.openExisting();
                  return r.location ? `Opened the vault in ${r.location}` : null;
                })
              }
            >
              Open a vault that is already on this computer…
            </Button>
          </div>
          <NumberSetting
            label="Backups to keep"
            value={settings.backupsKept}
            min={1}
            max={100}
            onSave={(v) =>
              void run(async () => (await api.settings.update({ backupsKept: v }), null))
            }
          />
          <div className="row">
            <h3>Backups</h3>
            <span className="spacer" />
            <Button
              size="sm"
              onClick={() => void run(async () => (await api.vault.backupNow(), 'Backup made'))}
            >
              Back up now
            </Button>
          </div>
          <BackupList version={version} />
        </div>
      </Card>
      <ChangePassphraseDialog open={dialog === 'passphrase'} onClose={() => setDialog(null)} />
      <RecoveryDialog open={dialog === 'recovery'} onClose={() => setDialog(null)} />
      <ImportArchiveDialog
        open={dialog === 'import'}
        onClose={() => setDialog(null)}
        onImported={() =>
          toast('Vault imported: Upward now holds the copy you chose, open with its passphrase.')
        }
        replacing
      />
    </>
  );
}
