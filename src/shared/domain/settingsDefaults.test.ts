import { describe, expect, it } from 'vitest';
import { Settings } from './settings';
import { DEFAULT_SETTINGS } from './settingsDefaults';

describe('the default settings', () => {
  it('are exactly what the settings schema gives an empty file', () => {
    expect(DEFAULT_SETTINGS).toEqual(Settings.parse({}));
  });
});
