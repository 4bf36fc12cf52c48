import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Settings } from '../../shared/domain/settings';
import type { VaultStatus } from '../../shared/ipc/areas/vault';
import { flushPendingSaves } from './editor/pendingSaves';
import { api, onEvent } from './lib/api';
import { markFirstScreenShown, whenFirstScreenShown } from './lib/firstScreen';
import type { Carried } from './lib/prerendered';
import { RouterProvider, useNavigate } from './lib/router';
import { SettingsProvider } from './lib/settings';
import { FirstRun } from './screens/vault/FirstRun';
import { ImportArchiveDialog } from './screens/vault/ImportArchive';
import { Unlock } from './screens/vault/Unlock';
import { Spinner, ToastProvider } from './ui';

/**
 * The unlocked app and its screens load on their own, after the unlock screen: the first
 * screen carries only what it needs, and the rest is fetched while the user types.
 */
const loadShell = () => import('./Shell');
const Shell = lazy(() => loadShell().then((m) => ({ default: m.Shell })));

/**
 * Once the first screen is shown: lets its decoration in (`markFirstScreenShown`) and starts
 * loading the app behind it.
 */
function useAfterFirstScreen(firstScreenShown: boolean): void {
  useEffect(() => {
    if (!firstScreenShown) return;
    return whenFirstScreenShown(() => {
      markFirstScreenShown();
      void loadShell()
        .then((m) => m.preloadScreens())
        .catch(() => undefined);
    });
  }, [firstScreenShown]);
}

/**
 * The whole UI: vault gate, then the app shell. `initialStatus` and `initialSettings` are
 * main's answers asked for before React started (`lib/firstData`); without them (`null`) the
 * gate and the settings ask again, showing a labelled wait meanwhile. `takeCarried` hands over
 * (once) what the user did on the prerendered unlock screen this UI takes over
 * (`lib/prerendered`).
 */
export function App({
  initialStatus = null,
  initialSettings = null,
  takeCarried,
}: {
  initialStatus?: VaultStatus | null;
  initialSettings?: Settings | null;
  takeCarried?: () => Carried | null;
}): ReactNode {
  return (
    <ToastProvider>
      <RouterProvider>
        <SettingsProvider initial={initialSettings}>
          <VaultGate initialStatus={initialStatus} takeCarried={takeCarried} />
        </SettingsProvider>
      </RouterProvider>
    </ToastProvider>
  );
}

function VaultGate({
  initialStatus,
  takeCarried,
}: {
  initialStatus: VaultStatus | null;
  takeCarried?: () => Carried | null;
}): ReactNode {
  const [status, setStatus] = useState<VaultStatus | null>(initialStatus);
  // What was typed on the prerendered screen is for the first unlock screen only: once the
  // vault is anything but locked, it is dropped (a later lock starts empty).
  const [carried, setCarried] = useState(() => takeCarried?.() ?? null);
  const gone = status !== null && status.state !== 'locked';
  useEffect(() => {
    if (gone) setCarried(null);
  }, [gone]);
  const goTo = useNavigate();
  // Heard even while locked: a reminder clicked then opens its meeting right after the unlock.
  useEffect(() => onEvent('navigate', ({ route }) => goTo(route)), [goTo]);
  const refresh = useCallback(() => {
    void api.vault.status().then(setStatus);
  }, []);
  // Asked again only when the answer asked for before React started is missing.
  const known = useRef(initialStatus !== null);
  useEffect(() => {
    if (known.current) known.current = false;
    else refresh();
  }, [refresh]);
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

  useAfterFirstScreen(status !== null);
  // A .upward file the user opened Upward with: offered for import (after the unlock if locked).
  const [opened, setOpened] = useState<string | null>(null);
  useEffect(() => {
    void api.vault
      .openedArchive()
      .then((o) => o && setOpened(o.name))
      .catch(() => undefined);
  }, []);
  useEffect(() => onEvent('archiveOpened', ({ name }) => setOpened(name)), []);

  if (!status) {
    return (
      <main className="vault-screen" aria-busy="true">
        <Spinner label="Opening Upward" />
      </main>
    );
  }
  if (status.state === 'locked')
    return <Unlock status={status} onUnlocked={setStatus} carried={carried} />;
  return (
    <>
      {status.state === 'none' ? (
        <FirstRun onDone={refresh} settingsProblem={status.settingsProblem} />
      ) : (
        <Suspense
          fallback={
            <main className="vault-screen" aria-busy="true">
              <Spinner label="Opening Upward" />
            </main>
          }
        >
          <Shell onLock={lock} writeError={status.pendingWriteError} />
        </Suspense>
      )}
      {opened && (
        <ImportArchiveDialog
          open
          file={opened}
          replacing={status.state === 'unlocked'}
          onClose={() => setOpened(null)}
          onImported={(s) => {
            setOpened(null);
            setStatus(s);
          }}
        />
      )}
    </>
  );
}
