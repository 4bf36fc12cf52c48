// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/domain/settingsDefaults';
import type { VaultStatus } from '../../shared/ipc/areas/vault';

const LOCKED: VaultStatus = {
  state: 'locked',
  location: '/vault',
  retryAfterSeconds: 0,
  problem: null,
  pendingWriteError: null,
  waiting: [],
  otherComputers: [],
  conflicts: 0,
  settingsProblem: null,
  rescue: null,
};
const DARK = { ...DEFAULT_SETTINGS, theme: 'dark' as const };

/** What the page asked main, channel by channel. */
let asked: string[] = [];
let answerStatus: (s: VaultStatus) => void = () => undefined;

// The preload's `window.api`, answering what the first screen asks.
const answers: Record<string, () => Promise<unknown>> = {
  'vault:status': () => new Promise((resolve) => (answerStatus = resolve)),
  'vault:openedArchive': async () => null,
  'settings:get': async () => DARK,
};
const api: Record<string, unknown> = { on: () => () => undefined };
for (const [name, answer] of Object.entries(answers)) {
  const [area, action] = name.split(':');
  const group = (api[area] ??= {}) as Record<string, unknown>;
  group[action] = async () => {
    asked.push(name);
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

const { App } = await import('./App');

beforeEach(() => {
  asked = [];
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
