import { describe, expect, it } from 'vitest';
import type { NextOneOnOneInfo } from '../../../../shared/ipc/areas/reminders';
import { nextLine, trayModel, whenText } from './trayModel';

// Monday 9 March 2026, 08:00 in Berlin.
const NOW = Date.parse('2026-03-09T07:00:00.000Z');
const ZONE = 'Europe/Berlin';

const next = (start: string, leaderName: string | null): NextOneOnOneInfo => ({
  seriesId: 's1',
  leaderId: 'l1',
  key: start,
  start,
  end: start,
  timeZone: 'America/New_York',
  leaderName,
  route: '/meetings?series=s1',
});

describe('when the next 1:1 is, in words', () => {
  it('reads as today, tomorrow, a weekday this week, or a date further out, in the computer’s zone', () => {
    const style = { dateFormat: 'long', timeFormat: '24h' } as const;
    expect(whenText('2026-03-09T09:00:00.000Z', NOW, ZONE, style)).toBe('today at 10:00');
    expect(whenText('2026-03-10T08:30:00.000Z', NOW, ZONE, style)).toBe('tomorrow at 09:30');
    expect(whenText('2026-03-12T13:00:00.000Z', NOW, ZONE, style)).toBe('Thursday at 14:00');
    expect(whenText('2026-03-23T09:00:00.000Z', NOW, ZONE, style)).toBe(
      'Mon, 23 March 2026 at 10:00',
    );
  });

  it('writes dates and times as the settings say', () => {
    const us = { dateFormat: 'mdy', timeFormat: '12h', locale: 'en-US' } as const;
    expect(whenText('2026-03-09T13:00:00.000Z', NOW, ZONE, us)).toBe('today at 2:00 PM');
    expect(whenText('2026-03-23T09:00:00.000Z', NOW, ZONE, us)).toBe('Mon, 03/23/2026 at 10:00 AM');
    const iso = { dateFormat: 'iso', timeFormat: '24h' } as const;
    expect(whenText('2026-03-23T13:05:00.000Z', NOW, ZONE, iso)).toMatch(/, 2026-03-23 at 14:05$/);
  });
});

describe('the tray menu', () => {
  const base = {
    now: NOW,
    timeZone: ZONE,
    dateFormat: { dateFormat: 'long', timeFormat: '24h' } as const,
    hasVault: true,
  };

  it('names the next 1:1 first, then Open, New journal entry, Lock now and Quit', () => {
    const model = trayModel({
      ...base,
      locked: false,
      next: next('2026-03-09T09:00:00.000Z', 'Dana Reyes'),
    });
    expect(model.items.map((i) => (i.kind === 'separator' ? '—' : i.label))).toEqual([
      'Next 1:1: Dana Reyes, today at 10:00',
      '—',
      'Open Upward',
      'New journal entry',
      'Lock now',
      '—',
      'Quit Upward',
    ]);
    expect(model.items[0]).toEqual({ kind: 'info', label: 'Next 1:1: Dana Reyes, today at 10:00' });
    expect(model.tooltip).toBe('Upward — next 1:1: Dana Reyes, today at 10:00');
  });

  it('gives only the time when the name may not be shown, and offers no Lock while locked', () => {
    const model = trayModel({
      ...base,
      locked: true,
      next: next('2026-03-09T09:00:00.000Z', null),
    });
    expect(model.items[0]).toEqual({ kind: 'info', label: 'Next 1:1: today at 10:00' });
    expect(model.items.find((i) => i.kind === 'action' && i.action === 'lock')).toMatchObject({
      enabled: false,
    });
  });

  it('says so when no 1:1 is scheduled, and before the first run offers only Open and Quit', () => {
    expect(nextLine({ ...base, next: null })).toBe('No 1:1 scheduled');
    const model = trayModel({ ...base, hasVault: false, locked: true, next: null });
    const enabled = model.items.flatMap((i) =>
      i.kind === 'action' && i.enabled ? [i.action] : [],
    );
    expect(enabled).toEqual(['open', 'quit']);
  });
});
