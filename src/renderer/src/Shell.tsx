import { Suspense, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { CommandPalette } from './commands/CommandPalette';
import type { CommandContext } from './commands/types';
import { api, onEvent } from './lib/api';
import { useDocumentTitle, useScreenFocus } from './lib/focus';
import { useRoute } from './lib/router';
import { Sidebar } from './Sidebar';
import { SyncNotice } from './SyncNotice';
import { routes } from './routes';

export { preloadScreens } from './routes';
import { Alert, Spinner } from './ui';

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

/** The unlocked app: sidebar, the current area's screen and the command palette. */
export function Shell({
  onLock,
  writeError,
}: {
  onLock: () => void;
  writeError: string | null;
}): ReactNode {
  const { path, segments, navigate } = useRoute();
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
  useDocumentTitle(area.label);
  // A new screen (not a dialog opened over it through the query) moves focus to its heading.
  useScreenFocus(path.split('?')[0]);
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
        <SyncNotice />
        <Suspense fallback={<Spinner label="Opening" />}>
          <Screen key={area.prefix} />
        </Suspense>
      </main>
      <CommandPalette open={paletteOpen} onClose={() => setPaletteOpen(false)} ctx={ctx} />
    </div>
  );
}
