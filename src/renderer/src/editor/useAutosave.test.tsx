// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';

type Durable = { saved: boolean; message: string | null };
let answerSaved: ((d: Durable) => void) | null = null;
const whenSaved = vi.fn(
  () =>
    new Promise<Durable>((resolve) => {
      answerSaved = resolve;
    }),
);
vi.mock('../lib/api', () => ({
  api: { vault: { whenSaved } },
  errorMessage: (e: unknown) => String(e),
}));

const { useAutosave } = await import('./useAutosave');
const { SaveIndicator } = await import('./SaveIndicator');

afterEach(cleanup);

let schedule: (p: { text: string }) => void = () => undefined;
let flush: () => Promise<void> = async () => undefined;

function Editor({ save }: { save: (p: { text: string }) => Promise<unknown> }): ReactNode {
  const a = useAutosave(save, 10);
  schedule = a.schedule;
  flush = a.flush;
  return <SaveIndicator state={a.state} error={a.error} />;
}

describe('useAutosave', () => {
  it('shows "Saving…" until the vault says the change is on disk, and "Saved" only then', async () => {
    const saved: string[] = [];
    render(<Editor save={async (p) => void saved.push(p.text)} />);
    act(() => schedule({ text: 'hello' }));
    act(() => void flush());
    await act(() => vi.waitFor(() => expect(whenSaved).toHaveBeenCalledTimes(1)));
    // The service call answered (the change is in memory), the disk write has not happened.
    expect(saved).toEqual(['hello']);
    expect(screen.getByRole('status').textContent).toBe('Saving…');
    await act(async () => answerSaved?.({ saved: true, message: null }));
    expect(screen.getByRole('status').textContent).toBe('Saved');
  });

  it('says the change is not saved when the vault keeps it in memory', async () => {
    render(<Editor save={async () => undefined} />);
    act(() => schedule({ text: 'x' }));
    act(() => void flush());
    await act(() => vi.waitFor(() => expect(whenSaved).toHaveBeenCalledTimes(2)));
    await act(async () => answerSaved?.({ saved: false, message: 'The disk is full.' }));
    expect(screen.getByRole('alert').textContent).toBe('Not saved: The disk is full.');
  });
});
