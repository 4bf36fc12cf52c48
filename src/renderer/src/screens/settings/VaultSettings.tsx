import { useState, type FormEvent, type ReactNode } from 'react';
import { api, errorMessage, useApiData } from '../../lib/api';
import { useSettings } from '../../lib/settings';
import { Alert, Button, Card, Dialog, TextField, useToast } from '../../ui';
import { BackupList } from '../vault/BackupList';
import { NumberSetting } from './NumberSetting';
import { ImportArchiveDialog } from '../vault/ImportArchive';

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
        onImported={() => toast('Vault imported. Unlock it with the passphrase of the copy.')}
        replacing
      />
    </>
  );
}

function ChangePassphraseDialog({
  open,
  onClose,
}: {
  open: boolean;
  onClose: () => void;
}): ReactNode {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (next !== confirm) return setError('The two new passphrases differ.');
    try {
      await api.vault.changePassphrase({ current, next });
      toast('Passphrase changed');
      setCurrent('');
      setNext('');
      setConfirm('');
      setError(null);
      onClose();
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <Dialog open={open} title="Change passphrase" onClose={onClose}>
      <form className="stack" onSubmit={(e) => void submit(e)}>
        <TextField
          label="Current passphrase"
          type="password"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          autoFocus
        />
        <TextField
          label="New passphrase"
          type="password"
          value={next}
          onChange={(e) => setNext(e.target.value)}
          hint="At least 8 characters."
        />
        <TextField
          label="Confirm new passphrase"
          type="password"
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
        />
        {error && <Alert tone="danger">{error}</Alert>}
        <div className="row">
          <span className="spacer" />
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={!current || next.length < 8}>
            Change passphrase
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

function RecoveryDialog({ open, onClose }: { open: boolean; onClose: () => void }): ReactNode {
  const [pass, setPass] = useState('');
  const [code, setCode] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();
  const close = (): void => {
    setPass('');
    setCode(null);
    setError(null);
    onClose();
  };
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    try {
      const r = await api.vault.regenerateRecoveryCode({ passphrase: pass });
      setCode(r.recoveryCode);
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <Dialog open={open} title="New recovery code" onClose={close}>
      {code ? (
        <div className="stack">
          <p>Your old recovery code no longer works. This is the new one — it is shown only now.</p>
          <div className="recovery-code mono" data-testid="new-recovery-code">
            {code}
          </div>
          <div className="row">
            <Button
              onClick={() =>
                void api.vault
                  .saveRecoveryKit({ recoveryCode: code })
                  .then((r) => r.path && toast(`Recovery kit saved to ${r.path}`))
                  .catch((err: unknown) => toast(errorMessage(err), 'error'))
              }
            >
              Save recovery kit (.docx)
            </Button>
            <span className="spacer" />
            <Button variant="primary" onClick={close}>
              Done
            </Button>
          </div>
        </div>
      ) : (
        <form className="stack" onSubmit={(e) => void submit(e)}>
          <p>Making a new recovery code makes the old one stop working.</p>
          <TextField
            label="Passphrase"
            type="password"
            value={pass}
            onChange={(e) => setPass(e.target.value)}
            autoFocus
          />
          {error && <Alert tone="danger">{error}</Alert>}
          <div className="row">
            <span className="spacer" />
            <Button onClick={close}>Cancel</Button>
            <Button type="submit" variant="primary" disabled={!pass}>
              Make a new code
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
