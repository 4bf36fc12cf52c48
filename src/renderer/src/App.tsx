import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { VaultStatus } from '../../shared/ipc/areas/vault';
import { CommandPalette } from './commands/CommandPalette';
import { flushPendingSaves } from './editor';
import type { CommandContext } from './commands/types';
import { api, onEvent } from './lib/api';
import { RouterProvider, useNavigate, useRoute } from './lib/router';
import { SettingsProvider } from './lib/settings';
import { Sidebar } from './Sidebar';
import { routes } from './routes';
import { FirstRun } from './screens/vault/FirstRun';
import { Unlock } from './screens/vault/Unlock';
import { Alert, Spinner, ToastProvider } from './ui';

/** The whole UI: vault gate, then the app shell. */
export function App(): ReactNode {
  return (
    <ToastProvider>
      <RouterProvider>
        <SettingsProvider>
          <VaultGate />
        </SettingsProvider>
      </RouterProvider>
    </ToastProvider>
  );
}

function VaultGate(): ReactNode {
  const [status, setStatus] = useState<VaultStatus | null>(null);
  const goTo = useNavigate();
  // Heard even while locked: a reminder clicked then opens its meeting right after the unlock.
  useEffect(() => onEvent('navigate', ({ route }) => goTo(route)), [goTo]);
  const refresh = useCallback(() => {
    void api.vault.status().then(setStatus);
  }, []);
  useEffect(refresh, [refresh]);
  useEffect(() => onEvent('locked', refresh), [refresh]);
  // A restore or an import locks the vault and opens it again: follow it back in.
  useEffect(() => onEvent('dataChanged', ({ area }) => area === 'vault' && refresh()), [refresh]);
  // Stable, so the shell's shortcut and event listeners are not re-attached on every render.
  const lock = useCallback((): void => {
    // Whatever is being typed reaches the vault before the key is dropped.
    void flushPendingSaves()
      .catch(() => undefined)
      .then(() => api.vault.lock())
      .then(setStatus);
  }, []);

  if (!status) {
    return (
      <main className="vault-screen" aria-busy="true">
        <Spinner label="Opening Upward" />
      </main>
    );
  }
  if (status.state === 'none')
    return <FirstRun onDone={refresh} settingsProblem={status.settingsProblem} />;
  if (status.state === 'locked') return <Unlock status={status} onUnlocked={setStatus} />;
  return <Shell onLock={lock} writeError={status.pendingWriteError} />;
}

/** Pushes back auto-lock while the user types or clicks (at most every 20 s). */
function useActivityPings(): void {
  const last = useRef(0);
  useEffect(() => {
    const ping = (): void => {
      const now = Date.now();
      if (now - last.current < 20_000) return;
      last.current = now;
      void api.app.activity().catch(() => undefined);
    };
    const opts = { capture: true, passive: true } as const;
    window.addEventListener('keydown', ping, opts);
    window.addEventListener('pointerdown', ping, opts);
    window.addEventListener('wheel', ping, opts);
    return () => {
      window.removeEventListener('keydown', ping, opts);
      window.removeEventListener('pointerdown', ping, opts);
      window.removeEventListener('wheel', ping, opts);
    };
  }, []);
}

function Shell({
  onLock,
  writeError,
}: {
  onLock: () => void;
  writeError: string | null;
}): ReactNode {
  const { segments, navigate } = useRoute();
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [writeMessage, setWriteMessage] = useState<string | null>(writeError);
  useActivityPings();
  const ctx: CommandContext = { navigate, lock: onLock };

  useEffect(() => onEvent('writeStatus', ({ message }) => setWriteMessage(message)), []);
  useEffect(
    () =>
      onEvent('command', ({ id }) => {
        if (id === 'lock') onLock();
        if (id === 'command-palette') setPaletteOpen(true);
        if (id === 'settings') navigate('/settings');
        if (id === 'new-journal-entry') navigate('/journal/new');
      }),
    [navigate, onLock],
  );
  // Attached before the first paint, so a shortcut pressed the moment the screen appears is not lost.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const mod = e.ctrlKey || e.metaKey;
      if (!mod || e.altKey) return;
      const k = e.key.toLowerCase();
      if (k === 'k') {
        e.preventDefault();
        setPaletteOpen((o) => !o);
      } else if (k === 'l') {
        e.preventDefault();
        onLock();
      } else if (k === ',') {
        e.preventDefault();
        navigate('/settings');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, onLock]);

  const area = routes.find((r) => r.prefix === segments[0]) ?? routes[0];
  const Screen = area.screen;
  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Sidebar current={area.prefix} onLock={onLock} onPalette={() => setPaletteOpen(true)} />
      <main id="main" className="app-main" tabIndex={-1}>
        {writeMessage && (
          <div className="write-banner">
            <Alert tone="warning">{writeMessage}</Alert>
          </div>
        )}
        <Screen key={area.prefix} />
      </main>
      <CommandPalette open={paletteOpen} onClose={() => setPaletteOpen(false)} ctx={ctx} />
    </div>
  );
}
