import { useState, type FormEvent, type ReactNode } from 'react';
import { api, errorMessage } from '../../lib/api';
import { useSettings } from '../../lib/settings';
import { Alert, Button, Checkbox, TextField } from '../../ui';
import { UpdateCheckExplained } from '../settings/UpdateCheckExplained';
import { Brand } from './Brand';

/**
 * The last step of first run: the user's name (and role), used instead of “Me” on their action
 * items, as the author of exports and to sign follow-ups. Skippable; editable in Settings. It
 * also offers update checks, once, explained (off unless ticked; the choice is kept either way).
 */
export function NameStep({ onDone }: { onDone: () => void }): ReactNode {
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Offered once, here; off unless the user ticks it.
  const offerUpdates = !useSettings().updatesOffered;
  const [updates, setUpdates] = useState(false);
  const finish = async (patch: { userName?: string; userRole?: string }): Promise<void> => {
    setBusy(true);
    try {
      await api.settings.update({
        ...patch,
        nameAsked: true,
        ...(offerUpdates ? { updatesOffered: true, checkForUpdates: updates } : {}),
      });
      onDone();
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };
  const save = (e: FormEvent): void => {
    e.preventDefault();
    void finish({ userName: name.trim(), userRole: role.trim() });
  };
  return (
    <section className="vault-card" aria-labelledby="name-title">
      <Brand />
      <h1 id="name-title">What should Upward call you?</h1>
      <form className="stack" onSubmit={save}>
        <p className="muted">
          Your name goes on your action items instead of “Me”, on the documents you export and under
          the follow-ups you send. It stays on this computer; change it any time in Settings.
        </p>
        <TextField
          label="Your name"
          autoFocus
          value={name}
          maxLength={100}
          autoComplete="name"
          onChange={(e) => setName(e.target.value)}
        />
        <TextField
          label="Your role (optional)"
          value={role}
          maxLength={100}
          autoComplete="organization-title"
          placeholder="e.g. Engineering Manager"
          onChange={(e) => setRole(e.target.value)}
        />
        {offerUpdates && (
          <fieldset className="update-offer" aria-describedby="update-offer-explained">
            <legend>Updates</legend>
            <Checkbox
              label="Check for updates"
              checked={updates}
              onChange={setUpdates}
              hint="off unless you tick it; you can change it in Settings"
            />
            <div id="update-offer-explained" className="field-hint">
              <UpdateCheckExplained />
            </div>
          </fieldset>
        )}
        {error && <Alert tone="danger">{error}</Alert>}
        <div className="vault-actions">
          <Button disabled={busy} onClick={() => void finish({})}>
            Skip
          </Button>
          <Button type="submit" variant="primary" size="lg" disabled={busy || !name.trim()}>
            Continue
          </Button>
        </div>
      </form>
    </section>
  );
}
