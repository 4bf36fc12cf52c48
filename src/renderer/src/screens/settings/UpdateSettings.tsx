import { useEffect, useState, type ReactNode } from 'react';
import type { UpdateStatus } from '../../../../shared/ipc/areas/updates';
import { api, errorMessage, onEvent } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useSettings } from '../../lib/settings';
import { Alert, Button, Card, Checkbox, useToast } from '../../ui';
import './settings.css';
import { UpdateCheckExplained } from './UpdateCheckExplained';

/** The line saying where the check stands; announced to screen readers as it changes. */
function stateLine(s: UpdateStatus): ReactNode {
  const last = s.lastCheckedAt ? ` Last checked ${formatDateTime(s.lastCheckedAt)}.` : '';
  switch (s.state.phase) {
    case 'idle':
      return s.enabled ? `Not checked since Upward started.${last}` : 'Update checks are off.';
    case 'checking':
      return 'Checking for updates…';
    case 'up-to-date':
      return `Upward ${s.current} is up to date.${last}`;
    case 'available':
      return `Update available: Upward ${s.state.version} (you have ${s.current}). Download it?`;
    case 'downloading':
      return `Downloading Upward ${s.state.version}… ${Math.round(s.state.percent)}%`;
    case 'ready':
      return `Upward ${s.state.version} is downloaded and verified. Restart to update.`;
    case 'error':
      return null;
  }
}

/** Settings → Updates: the setting (off by default), check now, download and restart when asked. */
export function UpdateSettings(): ReactNode {
  const settings = useSettings();
  const toast = useToast();
  const [status, setStatus] = useState<UpdateStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // Shown at once; the saved setting follows (and wins, should saving fail).
  const [on, setOn] = useState(settings.checkForUpdates);
  useEffect(() => setOn(settings.checkForUpdates), [settings.checkForUpdates]);

  useEffect(() => {
    let live = true;
    void api.updates.status().then((s) => live && setStatus(s));
    const off = onEvent('updateStatus', (s) => setStatus(s));
    return () => {
      live = false;
      off();
    };
  }, []);

  const act = async (fn: () => Promise<UpdateStatus | null>): Promise<void> => {
    setBusy(true);
    setProblem(null);
    try {
      const s = await fn();
      if (s) setStatus(s);
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  const toggle = (next: boolean): void => {
    setOn(next);
    api.settings
      .update({ checkForUpdates: next, updatesOffered: true })
      .then(() => api.updates.status())
      .then(setStatus)
      .catch((err: unknown) => {
        setOn(settings.checkForUpdates);
        toast(errorMessage(err), 'error');
      });
  };

  const s = status;
  const phase = s?.state.phase;
  return (
    <Card title="Updates">
      <div className="stack">
        <Checkbox
          label="Check for updates"
          checked={on}
          onChange={toggle}
          aria-describedby="update-explained"
        />
        <div id="update-explained" className="field-hint">
          <UpdateCheckExplained />
        </div>
        {s?.unavailable && on && <Alert tone="info">{s.unavailable}</Alert>}
        {s && !s.unavailable && (
          <>
            <p className="update-state" role="status" aria-live="polite" data-testid="update-state">
              {stateLine(s)}
            </p>
            {s.state.phase === 'error' && <Alert tone="danger">{s.state.message}</Alert>}
            {s.state.phase === 'downloading' && (
              <progress
                className="update-progress"
                max={100}
                value={s.state.percent}
                aria-label={`Downloading Upward ${s.state.version}`}
              />
            )}
            <div className="row wrap">
              {s.enabled && phase !== 'ready' && phase !== 'downloading' && (
                <Button
                  disabled={busy || phase === 'checking'}
                  onClick={() => void act(() => api.updates.checkNow())}
                >
                  Check now
                </Button>
              )}
              {phase === 'available' && (
                <Button
                  variant="primary"
                  disabled={busy}
                  onClick={() => void act(() => api.updates.download())}
                >
                  Download update
                </Button>
              )}
              {phase === 'ready' && (
                <Button
                  variant="primary"
                  disabled={busy}
                  onClick={() => void act(async () => (await api.updates.restartToUpdate(), null))}
                >
                  Restart and update
                </Button>
              )}
            </div>
          </>
        )}
        {problem && <Alert tone="danger">{problem}</Alert>}
      </div>
    </Card>
  );
}
