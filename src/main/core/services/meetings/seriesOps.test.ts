import { describe, it, expect } from 'vitest';
import { describeRrule } from '../../../../shared/recurrence';
import { BIWEEKLY_DANA, createWorld } from './testSupport';

describe('series and their schedule', () => {
  it('creates a biweekly series whose meetings keep 10:00 Berlin on both sides of the spring change', async () => {
    const w = createWorld('2026-03-02T06:00:00.000Z');
    const { series } = await w.api.createSeries(BIWEEKLY_DANA);
    expect(series.rrule).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO');
    expect(describeRrule(series)).toBe('Every 2 weeks on Monday at 10:00 (Europe/Berlin)');
    const upcoming = await w.api.upcoming({ days: 40 });
    // 10:00 CET is 09:00 UTC; from 29 March, 10:00 CEST is 08:00 UTC.
    expect(upcoming.map((o) => o.start)).toEqual([
      '2026-03-02T09:00:00.000Z',
      '2026-03-16T09:00:00.000Z',
      '2026-03-30T08:00:00.000Z',
    ]);
    expect(upcoming[0]).toMatchObject({
      leaderName: 'Dana Reyes',
      title: '1:1 with Dana Reyes',
      status: 'scheduled',
      meetingId: null,
    });
  });

  it('keeps a weekly 09:00 Sydney 1:1 at 09:00 when Sydney leaves daylight saving in April', async () => {
    const w = createWorld('2026-03-28T00:00:00.000Z');
    await w.api.createSeries({
      ...BIWEEKLY_DANA,
      cadence: 'weekly',
      weekday: 3,
      startDate: '2026-04-01',
      time: '09:00',
      timeZone: 'Australia/Sydney',
    });
    const starts = (await w.api.upcoming({ days: 14 })).map((o) => o.start);
    // Thursday 2 April, 09:00 AEDT is 22:00 UTC the day before; after 5 April, 09:00 AEST is 23:00 UTC.
    expect(starts).toEqual(['2026-04-01T22:00:00.000Z', '2026-04-08T23:00:00.000Z']);
  });

  it('lists a series with its next meeting', async () => {
    const w = createWorld('2026-03-03T06:00:00.000Z');
    await w.api.createSeries(BIWEEKLY_DANA);
    const [view] = await w.api.listSeries({});
    expect(view.next?.start).toBe('2026-03-16T09:00:00.000Z');
  });

  it('takes a custom rule and refuses a broken one with a sentence that names the problem', async () => {
    const w = createWorld();
    const ok = await w.api.createSeries({
      ...BIWEEKLY_DANA,
      cadence: 'custom',
      rrule: 'freq=monthly;byday=1tu',
    });
    expect(ok.series.rrule).toBe('FREQ=MONTHLY;BYDAY=1TU');
    expect(ok.series.weekday).toBe(1);
    await expect(
      w.api.createSeries({ ...BIWEEKLY_DANA, cadence: 'custom', rrule: 'FREQ=HOURLY' }),
    ).rejects.toMatchObject({
      code: 'invalid-input',
      message: 'A 1:1 series cannot repeat more often than once a day.',
    });
  });

  it('refuses a time zone it does not know and a leader that does not exist', async () => {
    const w = createWorld();
    await expect(
      w.api.createSeries({ ...BIWEEKLY_DANA, timeZone: 'Mars/Olympus' }),
    ).rejects.toThrow(/not a time zone/);
    await expect(w.api.createSeries({ ...BIWEEKLY_DANA, leaderId: 'ghost' })).rejects.toMatchObject(
      { code: 'not-found' },
    );
  });

  it('skips one meeting and restores it', async () => {
    const w = createWorld('2026-03-01T06:00:00.000Z');
    const { series } = await w.api.createSeries(BIWEEKLY_DANA);
    const key = '2026-03-16T09:00:00.000Z';
    expect(await w.api.skipOccurrence({ seriesId: series.id, key })).toMatchObject({
      status: 'skipped',
    });
    expect((await w.api.upcoming({ days: 20 })).map((o) => o.status)).toEqual([
      'scheduled',
      'skipped',
    ]);
    const [view] = await w.api.listSeries({});
    expect(view.next?.key).toBe('2026-03-02T09:00:00.000Z');
    await w.api.restoreOccurrence({ seriesId: series.id, key });
    expect((await w.api.upcoming({ days: 20 })).map((o) => o.status)).toEqual([
      'scheduled',
      'scheduled',
    ]);
  });

  it('moves one meeting to another time, and its opened agenda moves with it', async () => {
    const w = createWorld('2026-03-01T06:00:00.000Z');
    const { series } = await w.api.createSeries(BIWEEKLY_DANA);
    const key = '2026-03-16T09:00:00.000Z';
    const opened = await w.api.open({ seriesId: series.id, key });
    const moved = await w.api.moveOccurrence({
      seriesId: series.id,
      key,
      start: '2026-03-17T13:00:00.000Z',
    });
    expect(moved).toMatchObject({
      key,
      start: '2026-03-17T13:00:00.000Z',
      moved: true,
      meetingId: opened.meeting.id,
    });
    expect((await w.api.get({ id: opened.meeting.id })).meeting).toMatchObject({
      start: '2026-03-17T13:00:00.000Z',
      moved: true,
    });
    await w.api.restoreOccurrence({ seriesId: series.id, key });
    expect((await w.api.get({ id: opened.meeting.id })).meeting).toMatchObject({
      start: key,
      moved: false,
    });
  });

  it('refuses to skip a date that is not part of the series', async () => {
    const w = createWorld();
    const { series } = await w.api.createSeries(BIWEEKLY_DANA);
    await expect(
      w.api.skipOccurrence({ seriesId: series.id, key: '2026-03-09T09:00:00.000Z' }),
    ).rejects.toMatchObject({ code: 'not-found' });
  });

  it('keeps a prepared agenda when the series moves to another weekday', async () => {
    const w = createWorld('2026-03-04T06:00:00.000Z');
    const { series } = await w.api.createSeries(BIWEEKLY_DANA);
    const opened = await w.api.open({ seriesId: series.id, key: '2026-03-16T09:00:00.000Z' });
    await w.api.agendaAdd({
      meetingId: opened.meeting.id,
      sectionId: 'updates',
      text: 'Launch status',
    });
    await w.api.updateSeries({ id: series.id, weekday: 1 });
    const after = await w.api.get({ id: opened.meeting.id });
    expect(after.meeting.occurrenceKey).toBe('2026-03-17T09:00:00.000Z');
    expect(after.meeting.agenda.map((i) => i.text)).toEqual(['Launch status']);
    expect((await w.api.upcoming({ days: 14 }))[0]).toMatchObject({
      start: '2026-03-17T09:00:00.000Z',
      meetingId: opened.meeting.id,
    });
  });

  it('tells the UI and reminders when the schedule changes', async () => {
    const w = createWorld();
    let replans = 0;
    w.meetings.onChange(() => replans++);
    const { series } = await w.api.createSeries(BIWEEKLY_DANA);
    await w.api.updateSeries({ id: series.id, time: '11:00' });
    await w.api.deleteSeries({ id: series.id });
    expect(replans).toBe(3);
    expect(w.changes.filter((a) => a === 'meetings')).toHaveLength(3);
    expect(await w.api.listSeries({})).toEqual([]);
  });
});
