import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useDocumentTitle } from '../../lib/focus';
import type { VaultStatus } from '../../../../shared/ipc/areas/vault';
import { api, ApiCallError, errorMessage } from '../../lib/api';
import { Alert, Button } from '../../ui';
import { BackupList } from './BackupList';
import type { Carried } from '../../lib/prerendered';
import { Brand } from './Brand';
import { SecretField, SecretMethodSwitch, useSecretEntry } from './SecretField';
import './vault.css';

/**
 * The unlock screen: passphrase or recovery code, with a countdown after repeated failures.
 * When it takes over the prerendered screen (`carried`), it keeps what was typed there, the
 * caret, and an Enter already pressed. The app's build renders it for that screen too
 * (`prerender.tsx`), locked with nothing to report: drawn the same, so nothing moves.
 */
export function Unlock({
  status,
  onUnlocked,
  carried = null,
}: {
  status: VaultStatus;
  onUnlocked: (s: VaultStatus) => void;
  carried?: Carried | null;
}): ReactNode {
  const { method, secret, setSecret, switchMethod } = useSecretEntry(carried?.secret);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [wait, setWait] = useState(status.retryAfterSeconds);
  const [showBackups, setShowBackups] = useState(Boolean(status.problem));
  const input = useRef<HTMLInputElement>(null);
  useDocumentTitle('Unlock');

  useEffect(() => {
    if (wait <= 0) return;
    const t = setTimeout(() => setWait((w) => w - 1), 1000);
    return () => clearTimeout(t);
  }, [wait]);

  const unlock = async (): Promise<void> => {
    if (!secret || wait > 0) return;
    setBusy(true);
    setError(null);
    try {
      const next = await api.vault.unlock({ method, secret });
      setSecret('');
      onUnlocked(next);
    } catch (err) {
      setError(errorMessage(err));
      if (err instanceof ApiCallError) {
        const retry = Number(err.details?.retryAfterSeconds ?? 0);
        if (retry > 0) setWait(retry);
        if (
          err.code === 'corrupt' ||
          err.code === 'tampered' ||
          err.code === 'wrong-vault' ||
          err.code === 'rolled-back' ||
          err.code === 'future-version'
        ) {
          setShowBackups(true);
        }
      }
      setSecret('');
      input.current?.focus();
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    void unlock();
  };

  // What was done on the prerendered screen, once (not again when StrictMode mounts twice).
  const took = useRef(false);
  useEffect(() => {
    if (!carried || took.current) return;
    took.current = true;
    if (carried.selection) input.current?.setSelectionRange(...carried.selection);
    if (carried.submitted) void unlock();
    // Only the first render's `carried` and `unlock` are meant.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <main className="vault-screen">
      <div className="stack vault-column">
        <form className="vault-card" onSubmit={submit} aria-labelledby="unlock-title">
          <Brand />
          <h1 id="unlock-title">Unlock your vault</h1>
          <p className="lead">
            {method === 'passphrase'
              ? 'Enter your passphrase to open your journal, leaders and 1:1s.'
              : 'Enter the recovery code you saved when you created the vault.'}
          </p>
          {status.problem && (
            <Alert tone="danger">
              <span>
                <strong>{status.problem.file}:</strong> {status.problem.message}
              </span>
            </Alert>
          )}
          {status.rescue && (
            <Alert tone="warning">
              <span data-testid="rescue-locked">{status.rescue.message}</span>
            </Alert>
          )}
          <SecretField
            ref={input}
            method={method}
            label={{ passphrase: 'Passphrase', recovery: 'Recovery code' }}
            passphraseAutoComplete="current-password"
            autoFocus
            value={secret}
            onChange={setSecret}
            error={error}
          />
          {wait > 0 && (
            <p className="field-hint" role="timer" aria-live="polite">
              Too many attempts. You can try again in {wait} second{wait === 1 ? '' : 's'}.
            </p>
          )}
          <div className="vault-actions">
            <SecretMethodSwitch
              method={method}
              words={{ passphrase: 'Use recovery code', recovery: 'Use passphrase' }}
              onSwitch={() => {
                switchMethod();
                setError(null);
              }}
            />
            <div className="spacer" />
            <Button
              type="submit"
              variant="primary"
              size="lg"
              disabled={busy || !secret || wait > 0}
            >
              {busy ? 'Unlocking…' : 'Unlock'}
            </Button>
          </div>
          {!showBackups && (
            <button type="button" className="link-btn" onClick={() => setShowBackups(true)}>
              Restore from a backup…
            </button>
          )}
        </form>
        {showBackups && (
          <section className="vault-card wide" aria-label="Backups">
            <h2>Restore from a backup</h2>
            <BackupList
              onRestored={(s) => {
                setError(null);
                setShowBackups(false);
                input.current?.focus();
                onUnlocked(s);
              }}
            />
          </section>
        )}
      </div>
    </main>
  );
}
