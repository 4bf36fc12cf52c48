import { describe, it, expect } from 'vitest';
import { copyFile, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { BIWEEKLY_DANA, createWorld } from './testSupport';

const FIXTURES = resolve(import.meta.dirname, '../../calendar/fixtures');

describe('calendar files', () => {
  it('imports a biweekly series as Google Calendar writes it, with its skipped and moved meetings', async () => {
    const w = createWorld('2026-03-01T09:00:00.000Z');
    w.dialogs.open = join(FIXTURES, 'google-biweekly-berlin.ics');
    const result = await w.api.importIcs({ leaderId: 'dana' });
    expect(result?.series.series).toMatchObject({
      leaderId: 'dana',
      cadence: 'biweekly',
      weekday: 1,
      time: '10:00',
      durationMinutes: 45,
      timeZone: 'Europe/Berlin',
    });
    expect(result?.series.series.reminderLeadMinutes).toEqual(expect.arrayContaining([10]));
    expect(result?.series.next?.start).toBe('2026-03-03T09:00:00.000Z');
    const upcoming = await w.api.upcoming({ days: 60 });
    expect(upcoming.find((o) => o.key === '2026-03-31T08:00:00.000Z')?.status).toBe('skipped');
    expect(upcoming.find((o) => o.key === '2026-04-28T08:00:00.000Z')).toMatchObject({
      moved: true,
      start: '2026-04-29T12:30:00.000Z',
    });
  });

  it('imports nothing from a truncated file and says what is wrong', async () => {
    const w = createWorld('2026-03-01T09:00:00.000Z');
    w.dialogs.open = join(FIXTURES, 'truncated.ics');
    await expect(w.api.importIcs({ leaderId: 'dana' })).rejects.toMatchObject({ code: 'bad-file' });
    expect(await w.api.listSeries({})).toEqual([]);
  });

  it('does nothing when the open dialog is cancelled', async () => {
    const w = createWorld();
    w.dialogs.open = null;
    expect(await w.api.importIcs({ leaderId: 'dana' })).toBeNull();
  });

  it('exports a series that imports back to the same schedule', async () => {
    const w = createWorld('2026-03-01T09:00:00.000Z');
    const { series } = await w.api.createSeries({ ...BIWEEKLY_DANA, title: 'Weekly sync' });
    await w.api.skipOccurrence({ seriesId: series.id, key: '2026-03-16T09:00:00.000Z' });
    const dir = await w.tempDir();
    w.dialogs.save = join(dir, 'series');
    const { path } = await w.api.exportSeriesIcs({ id: series.id });
    expect(path).toBe(join(dir, 'series.ics'));
    const text = await readFile(path ?? '', 'utf8');
    expect(text).toContain('SUMMARY:Weekly sync');
    expect(text).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO');
    await copyFile(path ?? '', join(dir, 'again.ics'));
    w.dialogs.open = join(dir, 'again.ics');
    const back = await w.api.importIcs({ leaderId: 'dana' });
    expect(back?.series.series).toMatchObject({
      rrule: series.rrule,
      time: '10:00',
      timeZone: 'Europe/Berlin',
    });
    expect(Object.keys(back?.series.series.exceptions ?? {})).toEqual(['2026-03-16T09:00:00.000Z']);
  });

  it('exports one meeting at its moved time, with nothing from the agenda', async () => {
    const w = createWorld('2026-03-01T09:00:00.000Z');
    const { series } = await w.api.createSeries(BIWEEKLY_DANA);
    const key = '2026-03-16T09:00:00.000Z';
    const m = await w.api.open({ seriesId: series.id, key });
    await w.api.agendaAdd({ meetingId: m.meeting.id, sectionId: 'asks', text: 'PRIVATE-ASK' });
    await w.api.moveOccurrence({ seriesId: series.id, key, start: '2026-03-17T13:00:00.000Z' });
    const dir = await w.tempDir();
    w.dialogs.save = join(dir, 'one.ics');
    const { path } = await w.api.exportMeetingIcs({ seriesId: series.id, key });
    const text = await readFile(path ?? '', 'utf8');
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20260317T140000');
    expect(text).toContain('SUMMARY:1:1 with Dana Reyes');
    expect(text).not.toContain('PRIVATE-ASK');
  });
});
