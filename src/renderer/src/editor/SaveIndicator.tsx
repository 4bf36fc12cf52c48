import type { ReactNode } from 'react';
import type { SaveState } from './useAutosave';

const TEXT: Record<SaveState, string> = {
  idle: '',
  pending: 'Editing…',
  saving: 'Saving…',
  saved: 'Saved',
  error: 'Not saved',
};

/** The quiet autosave status next to an editor; announced politely, and loudly only on failure. */
export function SaveIndicator({
  state,
  error,
}: {
  state: SaveState;
  error: string | null;
}): ReactNode {
  return (
    <span
      className={`save-indicator save-${state}`}
      role={state === 'error' ? 'alert' : 'status'}
      aria-live={state === 'error' ? 'assertive' : 'polite'}
    >
      {state === 'error' && error ? `Not saved: ${error}` : TEXT[state]}
    </span>
  );
}
