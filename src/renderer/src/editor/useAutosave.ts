import { useCallback, useEffect, useRef, useState } from 'react';
import { api, errorMessage } from '../lib/api';
import { registerPendingSave } from './pendingSaves';

/** Where an autosave stands, for the quiet indicator. */
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/**
 * Saves changes while the user types: changes are merged and sent once the user
 * pauses for `delay` ms; at most one save is in flight. The state stays `saving` until
 * the vault reports the change durably on disk, and only then becomes `saved`. Pending changes are written
 * when the component goes away and when `flushPendingSaves()` runs (before a lock).
 */
export function useAutosave<P extends object>(
  save: (patch: P) => Promise<unknown>,
  delay = 600,
): {
  schedule: (patch: P) => void;
  flush: () => Promise<void>;
  state: SaveState;
  error: string | null;
} {
  const saveRef = useRef(save);
  saveRef.current = save;
  const pending = useRef<P | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<string | null>(null);
  const mounted = useRef(true);

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    while (inFlight.current) await inFlight.current;
    const patch = pending.current;
    if (!patch) return;
    pending.current = null;
    if (mounted.current) setState('saving');
    inFlight.current = saveRef.current(patch).then(
      async () => {
        // The call answers once the change is in memory; "Saved" waits until it is on disk.
        const durable = await api.vault.whenSaved().catch((e: unknown) => ({
          saved: false,
          message: errorMessage(e),
        }));
        if (!mounted.current) return;
        if (!durable.saved) {
          // Kept by the vault and retried there; say so rather than claim it is saved.
          setError(durable.message);
          setState('error');
          return;
        }
        setError(null);
        setState(pending.current ? 'pending' : 'saved');
      },
      (e: unknown) => {
        // Keep the change so the next attempt sends it again.
        pending.current = { ...patch, ...(pending.current ?? {}) };
        if (!mounted.current) return;
        setError(errorMessage(e));
        setState('error');
      },
    );
    try {
      await inFlight.current;
    } finally {
      inFlight.current = null;
    }
  }, []);

  const schedule = useCallback(
    (patch: P) => {
      pending.current = { ...(pending.current ?? {}), ...patch } as P;
      setState('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delay);
    },
    [delay, flush],
  );

  useEffect(() => {
    mounted.current = true;
    const unregister = registerPendingSave(flush);
    return () => {
      mounted.current = false;
      unregister();
      void flush();
    };
  }, [flush]);

  return { schedule, flush, state, error };
}
