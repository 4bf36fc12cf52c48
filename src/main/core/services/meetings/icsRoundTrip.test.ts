import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriesOccurrences } from '../../../../shared/recurrence';
import { createWorld } from './testSupport';

const NOW = '2026-03-01T09:00:00.000Z';
const TWO_YEARS = '2028-03-01T00:00:00.000Z';

const CASES = [
  {
    zone: 'Europe/Berlin',
    draft: { cadence: 'weekly' as const, weekday: 0, startDate: '2025-11-03', time: '09:30' },
  },
  {
    zone: 'America/New_York',
    draft: {
      cadence: 'custom' as const,
      rrule: 'FREQ=MONTHLY;BYDAY=-1FR',
      weekday: 4,
      startDate: '2025-12-01',
      time: '16:00',
    },
  },
  {
    zone: 'Australia/Sydney',
    draft: { cadence: 'biweekly' as const, weekday: 2, startDate: '2026-01-05', time: '08:00' },
  },
];

describe('a series exported and imported into a fresh vault', () => {
  for (const { zone, draft } of CASES) {
    it(`meets at the same instants for two years (${zone})`, async () => {
      const a = createWorld(NOW);
      const { series } = await a.api.createSeries({
        ...draft,
        leaderId: 'dana',
        durationMinutes: 45,
        timeZone: zone,
        title: 'Round trip',
      });
      const [first, second, , fourth] = seriesOccurrences(series, NOW, TWO_YEARS);
      await a.api.skipOccurrence({ seriesId: series.id, key: second.key });
      await a.api.moveOccurrence({
        seriesId: series.id,
        key: fourth.key,
        start: new Date(Date.parse(fourth.start) + 26 * 3_600_000).toISOString(),
      });
      const dir = await a.tempDir();
      a.dialogs.save = join(dir, 'series.ics');
      const { path } = await a.api.exportSeriesIcs({ id: series.id });
      const text = await readFile(path ?? '', 'utf8');
      // The file starts at the series' real first meeting, in its own zone, with that zone described.
      const firstMeeting = seriesOccurrences(series, '2000-01-01T00:00:00Z', TWO_YEARS)[0];
      const local = new Intl.DateTimeFormat('en-CA', {
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      })
        .format(new Date(firstMeeting.start))
        .replace(/-/g, '');
      expect(text).toContain(`DTSTART;TZID=${zone}:${local}T${draft.time.replace(':', '')}00`);
      expect(text).toContain(`BEGIN:VTIMEZONE\r\nTZID:${zone}`);
      expect(first).toBeDefined();

      const b = createWorld(NOW);
      b.dialogs.open = path;
      const file = await b.api.readIcs(undefined);
      const back = await b.api.importIcsSeries({
        token: file?.token ?? '',
        picks: [{ key: file?.series[0].key ?? '', leaderId: 'dana' }],
      });
      const original = (await a.api.listSeries({}))[0].series;
      const imported = back.imported[0].series.series;
      const view = (s: typeof original) =>
        seriesOccurrences(s, NOW, TWO_YEARS).map((o) => `${o.start} ${o.status}`);
      expect(imported.timeZone).toBe(zone);
      expect(view(imported)).toEqual(view(original));
      expect(view(original).length).toBeGreaterThan(20);
    });
  }
});
