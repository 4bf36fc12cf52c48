import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { api, errorMessage } from '../../lib/api';
import { useDocumentTitle, useScreenFocus } from '../../lib/focus';
import { Alert, Button, Checkbox, TextField, useToast } from '../../ui';
import { Brand } from './Brand';
import { NameStep } from './NameStep';
import { ImportArchiveDialog } from './ImportArchive';
import { loadStrength, type Strength } from './strength';
import './vault.css';

/**
 * First run: choose a passphrase, keep the recovery code shown once, then say who you are
 * (or skip). A vault that is already on this computer (synced from another one, or in a
 * folder the lost settings file pointed to) can be opened instead.
 */
export function FirstRun({
  onDone,
  settingsProblem = null,
}: {
  onDone: () => void;
  settingsProblem?: string | null;
}): ReactNode {
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);
  const [codeKept, setCodeKept] = useState(false);
  const [importing, setImporting] = useState(false);
  const [openError, setOpenError] = useState<string | null>(null);
  const openExisting = async (): Promise<void> => {
    setOpenError(null);
    try {
      const { location } = await api.vault.openExisting();
      if (location) onDone();
    } catch (err) {
      setOpenError(errorMessage(err));
    }
  };
  useDocumentTitle(
    codeKept ? 'Your name' : recoveryCode ? 'Your recovery code' : 'Create your vault',
  );
  // The recovery code replaces the form: focus moves to its heading, so it is read next; the
  // name step puts it in its first field itself, where typing is next.
  useScreenFocus(codeKept ? 'name' : recoveryCode ? 'recovery' : 'passphrase');
  return (
    <main className="vault-screen">
      {codeKept ? (
        <NameStep onDone={onDone} />
      ) : recoveryCode ? (
        <RecoveryCodeStep code={recoveryCode} onDone={() => setCodeKept(true)} />
      ) : (
        <div className="stack vault-column">
          {settingsProblem && (
            <section className="vault-card" aria-labelledby="settings-lost-title">
              <h2 id="settings-lost-title">Looking for your vault?</h2>
              <Alert tone="warning">{settingsProblem}</Alert>
              <Button variant="primary" onClick={() => void openExisting()}>
                Open a vault that is already on this computer…
              </Button>
              {openError && <Alert tone="danger">{openError}</Alert>}
            </section>
          )}
          <PassphraseStep onCreated={setRecoveryCode} />
          {!settingsProblem && (
            <>
              <button type="button" className="link-btn" onClick={() => void openExisting()}>
                Already have a vault on this computer (or synced from another)? Open it…
              </button>
              {openError && <Alert tone="danger">{openError}</Alert>}
            </>
          )}
          <button type="button" className="link-btn" onClick={() => setImporting(true)}>
            Moving from another computer? Import an encrypted copy…
          </button>
        </div>
      )}
      <ImportArchiveDialog
        open={importing}
        onClose={() => setImporting(false)}
        onImported={onDone}
        replacing={false}
      />
    </main>
  );
}

function PassphraseStep({ onCreated }: { onCreated: (code: string) => void }): ReactNode {
  const [pass, setPass] = useState('');
  const [confirm, setConfirm] = useState('');
  const [strength, setStrength] = useState<Strength | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    if (!pass) {
      setStrength(null);
      return;
    }
    void loadStrength().then((measure) => live && setStrength(measure(pass)));
    return () => {
      live = false;
    };
  }, [pass]);

  const mismatch = confirm.length > 0 && confirm !== pass;
  const tooShort = pass.length > 0 && pass.length < 8;
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (pass.length < 8) return setError('Use at least 8 characters.');
    if (pass !== confirm) return setError('The two passphrases differ.');
    setBusy(true);
    setError(null);
    try {
      const { recoveryCode } = await api.vault.create({ passphrase: pass });
      onCreated(recoveryCode);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="vault-card" onSubmit={(e) => void submit(e)} aria-labelledby="first-run-title">
      <Brand />
      <h1 id="first-run-title">Create your private vault</h1>
      <p className="lead">
        Everything you write in Upward is encrypted on this computer with a passphrase only you
        know. Nothing ever leaves your machine.
      </p>
      <TextField
        label="Passphrase"
        type="password"
        autoComplete="new-password"
        autoFocus
        value={pass}
        onChange={(e) => setPass(e.target.value)}
        hint="A few unrelated words are easy to remember and hard to guess."
        error={tooShort ? 'Use at least 8 characters.' : null}
      />
      <div className="strength" aria-live="polite">
        <div className="strength-bar" data-score={strength?.score ?? -1} aria-hidden="true">
          <span />
          <span />
          <span />
          <span />
        </div>
        <span className="field-hint">
          {strength ? (
            <>
              <strong>{strength.label}.</strong> {strength.advice}
            </>
          ) : (
            'Strength: type a passphrase to see how strong it is.'
          )}
        </span>
      </div>
      <TextField
        label="Confirm passphrase"
        type="password"
        autoComplete="new-password"
        value={confirm}
        onChange={(e) => setConfirm(e.target.value)}
        error={mismatch ? 'The two passphrases differ.' : null}
      />
      {error && <Alert tone="danger">{error}</Alert>}
      <div className="vault-actions">
        <Button type="submit" variant="primary" size="lg" disabled={busy || !pass || !confirm}>
          {busy ? 'Creating vault…' : 'Create vault'}
        </Button>
      </div>
    </form>
  );
}

function RecoveryCodeStep({ code, onDone }: { code: string; onDone: () => void }): ReactNode {
  const [stored, setStored] = useState(false);
  const toast = useToast();
  const saveKit = async (): Promise<void> => {
    try {
      const { path } = await api.vault.saveRecoveryKit({ recoveryCode: code });
      if (path) toast(`Recovery kit saved to ${path}`);
    } catch (err) {
      toast(errorMessage(err), 'error');
    }
  };
  return (
    <section className="vault-card wide" aria-labelledby="recovery-title">
      <Brand />
      <h1 id="recovery-title">Your recovery code</h1>
      <p className="lead">
        If you forget your passphrase, this code is the only other way in. It is shown{' '}
        <strong>only now</strong>. Save the recovery kit or write the code down, and keep it
        somewhere safe and offline.
      </p>
      <div className="recovery-code" data-testid="recovery-code" aria-label="Recovery code">
        {code}
      </div>
      <div className="row wrap">
        <Button onClick={() => void saveKit()}>Save recovery kit (.docx)</Button>
        <Button
          variant="ghost"
          onClick={() =>
            void api.app.copyText({ text: code }).then(() => toast('Recovery code copied'))
          }
        >
          Copy code
        </Button>
      </div>
      <Checkbox
        label="I have stored my recovery code safely"
        checked={stored}
        onChange={setStored}
      />
      <div className="vault-actions">
        <Button variant="primary" size="lg" disabled={!stored} onClick={onDone}>
          Open Upward
        </Button>
      </div>
    </section>
  );
}
