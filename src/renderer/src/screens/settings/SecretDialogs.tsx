import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { api, errorMessage, onEvent } from '../../lib/api';
import { Alert, Button, Dialog, TextField, useToast } from '../../ui';

/** How far a key rotation got, from the vault's progress events. */
function RotationProgress(): ReactNode {
  const [p, setP] = useState<{ done: number; total: number } | null>(null);
  useEffect(() => onEvent('rekeyProgress', (next) => setP(next)), []);
  const pct = p ? Math.round((100 * p.done) / p.total) : 0;
  return (
    <div className="stack" aria-live="polite">
      <label className="field-label" htmlFor="rekey-progress">
        Re-encrypting your vault… {p ? `${p.done} of ${p.total} files` : ''}
      </label>
      <progress id="rekey-progress" max={100} value={pct} className="rekey-progress">
        {pct}%
      </progress>
      <p className="field-hint">
        Every file is encrypted again under a new key. If Upward is stopped halfway, the vault still
        opens with the old or the new secret.
      </p>
    </div>
  );
}

/**
 * What a key rotation leaves: the new recovery code to store, and the backups made
 * before it (still under the old secrets), with the offer to delete them.
 */
function RotationDone({
  code,
  olderIds,
  intro,
  onClose,
}: {
  code: string;
  olderIds: string[];
  intro: string;
  onClose: () => void;
}): ReactNode {
  const toast = useToast();
  const [older, setOlder] = useState(olderIds.length);
  const deleteOlder = async (): Promise<void> => {
    try {
      const { deleted } = await api.vault.deleteBackups({ ids: olderIds });
      setOlder(0);
      toast(`${deleted} older backup${deleted === 1 ? '' : 's'} deleted`);
    } catch (err) {
      toast(errorMessage(err), 'error');
    }
  };
  return (
    <div className="stack">
      <p>{intro}</p>
      <p>Your new recovery code — it is shown only now:</p>
      <div className="recovery-code mono" data-testid="new-recovery-code">
        {code}
      </div>
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
      {older > 0 && (
        <Alert tone="warning">
          <div className="stack">
            <span>
              {older} backup{older === 1 ? ' was' : 's were'} made before this change. A backup is a
              copy of the vault as it was, under the old passphrase and recovery code: whoever has
              one of them and an old secret can still read what it holds. The change does not reach
              into them.
            </span>
            <span>
              <Button size="sm" onClick={() => void deleteOlder()}>
                Delete {older} older backup{older === 1 ? '' : 's'}
              </Button>
            </span>
          </div>
        </Alert>
      )}
      <div className="row">
        <span className="spacer" />
        <Button variant="primary" onClick={onClose}>
          Done
        </Button>
      </div>
    </div>
  );
}

/** The backups that exist before a rotation: snapshots under the secrets it replaces. */
async function backupsBeforeRotation(): Promise<string[]> {
  return (await api.vault.listBackups().catch(() => [])).map((b) => b.id);
}

/** Changes the passphrase: a new key for every file, a new recovery code. */
export function ChangePassphraseDialog({
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
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ code: string; olderIds: string[] } | null>(null);
  const close = (): void => {
    if (busy) return;
    setCurrent('');
    setNext('');
    setConfirm('');
    setError(null);
    setDone(null);
    onClose();
  };
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (next !== confirm) return setError('The two new passphrases differ.');
    const olderIds = await backupsBeforeRotation();
    setBusy(true);
    setError(null);
    try {
      const r = await api.vault.changePassphrase({ current, next });
      setDone({ code: r.recoveryCode, olderIds });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} title="Change passphrase" onClose={close}>
      {done ? (
        <RotationDone
          code={done.code}
          olderIds={done.olderIds}
          intro="Passphrase changed. Your old passphrase and your old recovery code no longer open the vault."
          onClose={close}
        />
      ) : busy ? (
        <RotationProgress />
      ) : (
        <form className="stack" onSubmit={(e) => void submit(e)}>
          <p>
            Every file of the vault is encrypted again under a new key, so your old passphrase opens
            nothing, not even an old copy of the key file. You also get a new recovery code.
          </p>
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
            <Button onClick={close}>Cancel</Button>
            <Button type="submit" variant="primary" disabled={!current || next.length < 8}>
              Change passphrase
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

/** Makes a new recovery code: a new key for every file, the old code stops working. */
export function RecoveryDialog({
  open,
  onClose,
}: {
  open: boolean;
  onClose: () => void;
}): ReactNode {
  const [pass, setPass] = useState('');
  const [done, setDone] = useState<{ code: string; olderIds: string[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = (): void => {
    if (busy) return;
    setPass('');
    setDone(null);
    setError(null);
    onClose();
  };
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const olderIds = await backupsBeforeRotation();
    setBusy(true);
    try {
      const r = await api.vault.regenerateRecoveryCode({ passphrase: pass });
      setDone({ code: r.recoveryCode, olderIds });
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} title="New recovery code" onClose={close}>
      {done ? (
        <RotationDone
          code={done.code}
          olderIds={done.olderIds}
          intro="Your old recovery code no longer opens the vault."
          onClose={close}
        />
      ) : busy ? (
        <RotationProgress />
      ) : (
        <form className="stack" onSubmit={(e) => void submit(e)}>
          <p>
            Making a new recovery code encrypts every file of the vault again under a new key; the
            old code stops working.
          </p>
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
