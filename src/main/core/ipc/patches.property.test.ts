import fc from 'fast-check';
import { DATE_FORMATS, TIME_FORMATS } from '../../../shared/dateTime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Settings } from '../../../shared/domain/settings';
import { createCore, type Core } from '../core';
import { createTestDeps } from '../testing/testDeps';

let core: Core;

beforeAll(async () => {
  core = await createCore(await createTestDeps(), { checkOutput: true });
  await core.dispatch('vault:create', { passphrase: 'a long enough passphrase' });
});
afterAll(() => core.dispose());

async function call<T>(channel: string, payload: unknown): Promise<T> {
  const r = await core.dispatch(channel, payload);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as T;
}

/** Any valid settings, each field drawn from its whole range. */
const anySettings: fc.Arbitrary<Settings> = fc.record({
  autoLockMinutes: fc.integer({ min: 1, max: 240 }),
  reminderLeadMinutes: fc.array(fc.integer({ min: 0, max: 10080 }), { maxLength: 5 }),
  detailsWhileLocked: fc.boolean(),
  closeToTray: fc.boolean(),
  launchAtLogin: fc.boolean(),
  theme: fc.constantFrom('system', 'light', 'dark'),
  weekStart: fc.constantFrom('monday', 'sunday'),
  dateFormat: fc.constantFrom(...DATE_FORMATS),
  timeFormat: fc.constantFrom(...TIME_FORMATS),
  backupsKept: fc.integer({ min: 1, max: 100 }),
  exportAuthor: fc
    .string({ maxLength: 100 })
    .map((s) => s.trim())
    .filter((s) => s.length <= 100),
  userName: fc
    .string({ maxLength: 100 })
    .map((s) => s.trim())
    .filter((s) => s.length <= 100),
  userRole: fc
    .string({ maxLength: 100 })
    .map((s) => s.trim())
    .filter((s) => s.length <= 100),
  nameAsked: fc.boolean(),
  keepInTouchWeeks: fc.integer({ min: 1, max: 52 }),
  feedbackNudgeMeetings: fc.integer({ min: 1, max: 20 }),
  checkForUpdates: fc.boolean(),
  updatesOffered: fc.boolean(),
});

const FIELDS = Object.keys(Settings.shape) as (keyof Settings)[];

describe('settings:update is a patch', () => {
  it('changes only the field it names; every other field keeps its value', async () => {
    await fc.assert(
      fc.asyncProperty(
        anySettings,
        anySettings,
        fc.constantFrom(...FIELDS),
        async (start, other, field) => {
          const before = await call<Settings>('settings:update', start);
          expect(before).toEqual(start);
          const after = await call<Settings>('settings:update', { [field]: other[field] });
          expect(after).toEqual({ ...start, [field]: other[field] });
          expect(await call<Settings>('settings:get', undefined)).toEqual(after);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('an empty patch changes nothing', async () => {
    const before = await call<Settings>('settings:update', {
      backupsKept: 50,
      launchAtLogin: true,
      exportAuthor: 'Sam',
    });
    expect(await call<Settings>('settings:update', {})).toEqual(before);
  });
});

describe('every other patch of the contract', () => {
  it('leaders:update with one communication preference keeps the others', async () => {
    const leader = await call<{ id: string }>('leaders:create', { name: 'Dana Reyes' });
    await call('leaders:update', {
      id: leader.id,
      patch: { communication: { channel: 'Slack', cadence: 'Weekly', detail: 'Short' } },
    });
    const after = await call<{ communication: Record<string, string> }>('leaders:update', {
      id: leader.id,
      patch: { communication: { bestTime: 'Mornings' } },
    });
    expect(after.communication).toEqual({
      channel: 'Slack',
      cadence: 'Weekly',
      detail: 'Short',
      bestTime: 'Mornings',
    });
  });

  it('meetings:updateSeries with one field keeps title, duration, reminders and template', async () => {
    const leader = await call<{ id: string }>('leaders:create', { name: 'Lee Park' });
    const created = await call<{ series: { id: string } }>('meetings:createSeries', {
      leaderId: leader.id,
      title: 'Monday sync',
      cadence: 'weekly',
      weekday: 0,
      startDate: '2026-03-02',
      time: '10:00',
      durationMinutes: 45,
      timeZone: 'Europe/Berlin',
      reminderLeadMinutes: [5, 60],
    });
    const updated = await call<{ series: Record<string, unknown> }>('meetings:updateSeries', {
      id: created.series.id,
      time: '11:00',
    });
    expect(updated.series).toMatchObject({
      title: 'Monday sync',
      time: '11:00',
      durationMinutes: 45,
      reminderLeadMinutes: [5, 60],
    });
  });
});
