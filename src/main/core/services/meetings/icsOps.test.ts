import { describe, it, expect } from 'vitest';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { BIWEEKLY_DANA, createWorld } from './testSupport';

const FIXTURES = resolve(import.meta.dirname, '../../calendar/fixtures');

describe('calendar files', () => {
  it('imports a biweekly series as Google Calendar writes it, with its skipped and moved meetings', async () => {
    const w = createWorld('2026-03-01T09:00:00.000Z');
    w.dialogs.open = join(FIXTURES, 'google-biweekly-berlin.ics');
    const file = await w.api.readIcs(undefined);
    expect(file?.series).toHaveLength(1);
    expect(file?.series[0]).toMatchObject({
      title: 'Alex / Dana 1:1',
      organiser: 'Alex Moreau',
      schedule: {
        rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
        time: '10:00',
        timeZone: 'Europe/Berlin',
      },
      nextStarts: [
        '2026-03-03T09:00:00.000Z',
        '2026-03-17T09:00:00.000Z',
        '2026-04-14T08:00:00.000Z',
      ],
      existing: null,
    });
    const result = await w.api.importIcsSeries({
      token: file?.token ?? '',
      picks: [{ key: file?.series[0].key ?? '', leaderId: 'dana' }],
    });
    const imported = result.imported[0];
    expect(imported.updated).toBe(false);
    expect(imported.series.series).toMatchObject({
      leaderId: 'dana',
      cadence: 'biweekly',
      weekday: 1,
      time: '10:00',
      durationMinutes: 45,
      timeZone: 'Europe/Berlin',
    });
    expect(imported.series.series.reminderLeadMinutes).toEqual(expect.arrayContaining([10]));
    expect(imported.series.next?.start).toBe('2026-03-03T09:00:00.000Z');
    const upcoming = await w.api.upcoming({ days: 60 });
    expect(upcoming.find((o) => o.key === '2026-03-31T08:00:00.000Z')?.status).toBe('skipped');
    expect(upcoming.find((o) => o.key === '2026-04-28T08:00:00.000Z')).toMatchObject({
      moved: true,
      start: '2026-04-29T12:30:00.000Z',
    });
  });

  it('lists every series of a file, and updates rather than duplicates a series imported before', async () => {
    const w = createWorld('2026-03-01T09:00:00.000Z');
    w.leaders.set('robin', { name: 'Robin Hale', goals: [] });
    w.dialogs.open = join(FIXTURES, 'outlook-365-multi-series.ics');
    const file = await w.api.readIcs(undefined);
    const titles = file?.series.map((s) => s.title) ?? [];
    expect(titles).toEqual(
      expect.arrayContaining(['Weekly 1:1 Sam / Jordan', 'Monthly skip-level with Robin']),
    );
    const monthly = file?.series.find((s) => s.title.startsWith('Monthly')) ?? null;
    await w.api.importIcsSeries({
      token: file?.token ?? '',
      picks: [{ key: monthly?.key ?? '', leaderId: 'robin' }],
    });
    w.dialogs.open = join(FIXTURES, 'outlook-365-multi-series.ics');
    const again = await w.api.readIcs(undefined);
    const same = again?.series.find((s) => s.title.startsWith('Monthly'));
    expect(same?.existing).toMatchObject({ leaderId: 'robin', leaderName: 'Robin Hale' });
    const second = await w.api.importIcsSeries({
      token: again?.token ?? '',
      picks: [{ key: same?.key ?? '', leaderId: 'dana' }],
    });
    expect(second.imported[0].updated).toBe(true);
    expect(second.imported[0].series.series.leaderId).toBe('robin');
    expect(await w.api.listSeries({})).toHaveLength(1);
  });

  it('keeps a UTC series at the file’s times, or in the calendar’s zone when the user chooses it', async () => {
    const w = createWorld('2026-03-01T09:00:00.000Z');
    w.dialogs.open = join(FIXTURES, 'google-utc-berlin-series.ics');
    const file = await w.api.readIcs(undefined);
    const c = file?.series[0];
    expect(c?.timeZone).toBe('UTC');
    expect(c?.zoneChoice).toMatchObject({
      zone: 'Europe/Berlin',
      schedule: { time: '10:00', timeZone: 'Europe/Berlin' },
    });
    expect(c?.schedule).toMatchObject({ time: '09:00', timeZone: 'UTC' });
    expect(c?.zoneChoice?.consequence).toMatchObject({
      utcTime: '09:00',
      zone: 'Europe/Berlin',
      zoneTimes: ['10:00', '11:00'],
      zoneTime: '10:00',
    });
    const kept = await w.api.importIcsSeries({
      token: file?.token ?? '',
      picks: [{ key: c?.key ?? '', leaderId: 'dana' }],
    });
    expect(kept.imported[0].series.series).toMatchObject({ timeZone: 'UTC', time: '09:00' });
    const moved = await w.api.importIcsSeries({
      token: file?.token ?? '',
      picks: [{ key: c?.key ?? '', leaderId: 'dana', useCalendarZone: true }],
    });
    expect(moved.imported[0].updated).toBe(true);
    expect(moved.imported[0].series.series).toMatchObject({
      timeZone: 'Europe/Berlin',
      time: '10:00',
    });
    expect(moved.imported[0].series.series.exceptions).toMatchObject({
      '2026-04-13T08:00:00.000Z': { kind: 'skip' },
    });
  });

  it('writes the dates and times of the picker’s warnings as the user chose in Settings', async () => {
    const w = createWorld('2026-03-01T09:00:00.000Z');
    w.settings.dateFormat = 'iso';
    w.settings.timeFormat = '12h';
    const text = (await readFile(join(FIXTURES, 'google-biweekly-berlin.ics'), 'utf8')).replace(
      'SUMMARY:Alex / Dana 1:1',
      'RDATE;TZID=Europe/Berlin:20260312T143000\r\nSUMMARY:Alex / Dana 1:1',
    );
    const dir = await w.tempDir();
    await writeFile(join(dir, 'extra.ics'), text);
    w.dialogs.open = join(dir, 'extra.ics');
    const file = await w.api.readIcs(undefined);
    expect(file?.series[0].warnings.join(' ')).toMatch(/2026-03-12 at 2:30\sPM/);
  });

  it('says in the picker and in the import report that a file was read as Windows-1252', async () => {
    const w = createWorld('2026-03-01T09:00:00.000Z');
    const text = (await readFile(join(FIXTURES, 'google-biweekly-berlin.ics'), 'utf8')).replace(
      'SUMMARY:Alex / Dana 1:1',
      'SUMMARY:Alex / Dana 1:1 – Besprechung mit Jürgen',
    );
    // Latin-1 letters stay single bytes; the en dash is 0x96 in Windows-1252.
    const bytes = Uint8Array.from([...text].map((c) => (c === '–' ? 0x96 : c.charCodeAt(0))));
    const dir = await w.tempDir();
    await writeFile(join(dir, 'western.ics'), bytes);
    w.dialogs.open = join(dir, 'western.ics');
    const file = await w.api.readIcs(undefined);
    expect(file?.series[0].title).toBe('Alex / Dana 1:1 – Besprechung mit Jürgen');
    expect(file?.notices).toEqual([expect.stringMatching(/Western European \(Windows-1252\)/)]);
    const result = await w.api.importIcsSeries({
      token: file?.token ?? '',
      picks: [{ key: file?.series[0].key ?? '', leaderId: 'dana' }],
    });
    expect(result.warnings[0]).toMatch(/check names with accents/);
  });

  it('imports nothing from a file without a usable series and says what is wrong', async () => {
    const w = createWorld('2026-03-01T09:00:00.000Z');
    w.dialogs.open = join(FIXTURES, 'truncated.ics');
    await expect(w.api.readIcs(undefined)).rejects.toMatchObject({ code: 'bad-file' });
    expect(await w.api.listSeries({})).toEqual([]);
  });

  it('does nothing when the open dialog is cancelled, and refuses a stale file token', async () => {
    const w = createWorld();
    w.dialogs.open = null;
    expect(await w.api.readIcs(undefined)).toBeNull();
    await expect(
      w.api.importIcsSeries({ token: 'old', picks: [{ key: 'x', leaderId: 'dana' }] }),
    ).rejects.toMatchObject({ code: 'not-found' });
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
    const file = await w.api.readIcs(undefined);
    const back = (
      await w.api.importIcsSeries({
        token: file?.token ?? '',
        picks: [{ key: file?.series[0].key ?? '', leaderId: 'dana' }],
      })
    ).imported[0];
    expect(back.series.series).toMatchObject({
      rrule: series.rrule,
      time: '10:00',
      timeZone: 'Europe/Berlin',
    });
    expect(Object.keys(back.series.series.exceptions)).toEqual(['2026-03-16T09:00:00.000Z']);
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
