import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './domain/settingsDefaults';
import type { VaultStatus } from './ipc/areas/vault';
import {
  firstScreenHint,
  firstScreenQuery,
  PLAINLY_LOCKED,
  readFirstScreenQuery,
} from './firstScreen';

const locked = { ...PLAINLY_LOCKED, location: '/vault' };

describe('the first screen hint', () => {
  it('names the unlock screen only for a plainly locked vault', () => {
    const dark = { ...DEFAULT_SETTINGS, theme: 'dark' as const };
    expect(firstScreenHint(locked, dark)).toEqual({ screen: 'unlock', theme: 'dark' });
    const others: VaultStatus[] = [
      { ...locked, state: 'none' },
      { ...locked, state: 'unlocked' },
      { ...locked, retryAfterSeconds: 30 },
      {
        ...locked,
        problem: { file: 'vault.json', code: 'corrupt', message: 'It could not be read.' },
      },
      {
        ...locked,
        rescue: { files: [], savedAt: null, canApply: false, message: 'Kept in the rescue file.' },
      },
      { ...locked, settingsProblem: 'The settings could not be read.' },
    ];
    for (const status of others)
      expect(firstScreenHint(status, dark), status.state).toEqual({ screen: null, theme: 'dark' });
  });

  it('travels in the page’s query and back', () => {
    for (const hint of [
      { screen: 'unlock' as const, theme: 'system' as const },
      { screen: null, theme: 'light' as const },
    ])
      expect(readFirstScreenQuery(firstScreenQuery(hint))).toEqual(hint);
    expect(firstScreenQuery({ screen: 'unlock', theme: 'dark' })).toBe('?first=unlock&theme=dark');
  });

  it('is not read from a query that holds none, or one that does not fit', () => {
    for (const search of ['', '?', '?first=unlock', '?theme=blue', '?first=journal&theme=dark'])
      expect(readFirstScreenQuery(search), search).toBeNull();
  });
});
