// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/domain/settingsDefaults';
import { PLAINLY_LOCKED } from '../../shared/firstScreen';
import type { VaultStatus } from '../../shared/ipc/areas/vault';
import type { Carried } from './lib/prerendered';

const LOCKED: VaultStatus = { ...PLAINLY_LOCKED, location: '/vault' };
const DARK = { ...DEFAULT_SETTINGS, theme: 'dark' as const };

/** What the page asked main, channel by channel. */
let asked: string[] = [];
let answerStatus: (s: VaultStatus) => void = () => undefined;
/** What the page sent to unlock with. */
let unlockedWith: unknown[] = [];

// The preload's `window.api`, answering what the first screen asks.
const answers: Record<string, () => Promise<unknown>> = {
  'vault:status': () => new Promise((resolve) => (answerStatus = resolve)),
  'vault:openedArchive': async () => null,
  'settings:get': async () => DARK,
  'vault:unlock': async () => ({ ...LOCKED, state: 'unlocked' }),
};
/** What the page listens to from main, by event. */
const listeners = new Map<string, () => void>();
const api: Record<string, unknown> = {
  on: (name: string, listener: () => void) => {
    listeners.set(name, listener);
    return () => listeners.delete(name);
  },
};
for (const [name, answer] of Object.entries(answers)) {
  const [area, action] = name.split(':');
  const group = (api[area] ??= {}) as Record<string, unknown>;
  group[action] = async (input?: unknown) => {
    asked.push(name);
    if (name === 'vault:unlock') unlockedWith.push(input);
    return { ok: true, value: await answer() };
  };
}
Object.defineProperty(window, 'api', { value: api });
window.matchMedia = () =>
  ({
    matches: false,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }) as unknown as MediaQueryList;

// The unlocked app stands in as one line: these tests are about the gate.
vi.mock('./Shell', () => ({
  Shell: () => <p>The unlocked app</p>,
  preloadScreens: async () => undefined,
}));

const { App } = await import('./App');
const { handOverOnce } = await import('./lib/prerendered');
const { renderUnlockMarkup } = await import('./screens/vault/prerender');

beforeEach(() => {
  asked = [];
  unlockedWith = [];
  delete document.documentElement.dataset.theme;
});
afterEach(cleanup);

describe('the first screen', () => {
  it('is drawn in its first render from the answers asked for before React started, in their theme, without asking again', async () => {
    await act(async () => {
      render(<App initialStatus={LOCKED} initialSettings={DARK} />);
    });
    expect(screen.getByLabelText('Passphrase')).toBeTruthy();
    expect(screen.queryByRole('status', { name: 'Opening Upward' })).toBeNull();
    expect(document.documentElement.dataset.theme).toBe('dark');
    // Only what comes after the first screen (a file the app was opened with) is asked.
    expect(asked).toEqual(['vault:openedArchive']);
  });

  it('asks again, with a labelled wait, when those answers are missing', async () => {
    await act(async () => {
      render(<App />);
    });
    expect(screen.getByRole('status', { name: 'Opening Upward' })).toBeTruthy();
    expect([...asked].sort()).toEqual(['settings:get', 'vault:openedArchive', 'vault:status']);
    await act(async () => answerStatus(LOCKED));
    expect(screen.getByLabelText('Passphrase')).toBeTruthy();
    expect(document.documentElement.dataset.theme).toBe('dark');
  });
});

/**
 * Markup as the page holds it, attributes in one order, with React's generated ids (and
 * `autofocus`, which React applies itself) left out.
 */
function normalised(html: string): string {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  for (const el of holder.querySelectorAll('*')) {
    el.removeAttribute('autofocus');
    for (const name of ['id', 'for', 'aria-describedby', 'aria-labelledby'])
      if (el.hasAttribute(name)) el.setAttribute(name, 'x');
    const attributes = [...el.attributes].map((a) => [a.name, a.value] as const).sort();
    for (const [name] of attributes) el.removeAttribute(name);
    for (const [name, value] of attributes) el.setAttribute(name, value);
  }
  return holder.innerHTML;
}

/** The app taking over a prerendered unlock screen on which the user did `carried`. */
async function takeOver(carried: Carried, { strict = false } = {}): Promise<void> {
  const app = (
    <App initialStatus={LOCKED} initialSettings={DARK} takeCarried={handOverOnce(carried)} />
  );
  await act(async () => {
    render(strict ? <StrictMode>{app}</StrictMode> : app);
  });
}

describe('taking over the prerendered unlock screen', () => {
  it('draws the same screen as the one prerendered when the app was built, so nothing moves', async () => {
    await act(async () => {
      render(<App initialStatus={LOCKED} initialSettings={DARK} />);
    });
    const drawn = document.querySelector('main')!.outerHTML;
    expect(normalised(drawn)).toBe(normalised(renderUnlockMarkup()));
  });

  it('keeps what was typed there and the caret, without unlocking', async () => {
    await takeOver({ secret: 'typed early', selection: [2, 5], submitted: false });
    const field = screen.getByLabelText<HTMLInputElement>('Passphrase');
    expect(field.value).toBe('typed early');
    expect(document.activeElement).toBe(field);
    expect([field.selectionStart, field.selectionEnd]).toEqual([2, 5]);
    expect(screen.getByRole('button', { name: 'Unlock' }).hasAttribute('disabled')).toBe(false);
    expect(unlockedWith).toEqual([]);
  });

  it('unlocks at once when Enter was pressed there, once (also where effects run twice)', async () => {
    await takeOver(
      { secret: 'pressed enter', selection: [13, 13], submitted: true },
      { strict: true },
    );
    expect(unlockedWith).toEqual([{ method: 'passphrase', secret: 'pressed enter' }]);
  });

  it('is for the first unlock only: after a lock the screen starts empty and waits', async () => {
    await takeOver({ secret: 'pressed enter', selection: null, submitted: true });
    expect(await screen.findByText('The unlocked app')).toBeTruthy();
    // Main locks the vault (idle, sleep): the gate asks for the status again.
    await act(async () => listeners.get('locked')?.());
    await act(async () => answerStatus(LOCKED));
    const field = screen.getByLabelText<HTMLInputElement>('Passphrase');
    expect(field.value).toBe('');
    expect(unlockedWith).toHaveLength(1);
  });
});
