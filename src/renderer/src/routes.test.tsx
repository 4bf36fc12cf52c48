// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { Suspense, type ReactNode } from 'react';
import { area } from './routes';

afterEach(cleanup);

function Notes(): ReactNode {
  return <h1>Notes screen</h1>;
}

describe('screens split from the first screen', () => {
  it('are drawn at once, never through the waiting state, once their code has arrived', async () => {
    const route = area('notes', 'Notes', () => Promise.resolve({ Notes }), 'Notes');
    await route.preload();
    const Screen = route.screen;
    act(() => {
      render(
        <Suspense fallback={<p>Opening…</p>}>
          <Screen />
        </Suspense>,
      );
    });
    // Drawn in the same pass: a suspended first render would show the fallback here.
    expect(screen.getByRole('heading', { name: 'Notes screen' })).toBeTruthy();
    expect(screen.queryByText('Opening…')).toBeNull();
  });

  it('show the waiting state while their code is still on its way, then the screen', async () => {
    let arrive: (m: { Notes: typeof Notes }) => void = () => undefined;
    const route = area(
      'notes',
      'Notes',
      () => new Promise<{ Notes: typeof Notes }>((resolve) => (arrive = resolve)),
      'Notes',
    );
    const Screen = route.screen;
    act(() => {
      render(
        <Suspense fallback={<p>Opening…</p>}>
          <Screen />
        </Suspense>,
      );
    });
    expect(screen.getByText('Opening…')).toBeTruthy();
    await act(async () => arrive({ Notes }));
    expect(await screen.findByRole('heading', { name: 'Notes screen' })).toBeTruthy();
  });
});
