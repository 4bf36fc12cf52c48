import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { seriesOccurrences } from '../../../shared/recurrence';
import { readIcs, type IcsSeriesDraft } from './icsImport';
import { readCalendarText } from './icsRead';
import { buildVtimezone } from './vtimezone';

type Component = InstanceType<typeof ICAL.Component>;

const NOW = Date.UTC(2026, 2, 1);
const TWO_YEARS = Date.UTC(2028, 2, 1);
const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** The corpus: our own files in the shapes real calendar programs write (each says which in X-COMMENT). */
const CORPUS = [
  'outlook-2010-display-name-eastern.ics',
  'outlook-2013-central-zone-name-only.ics',
  'outlook-2016-brasilia-zone-name-only.ics',
  'outlook-365-multi-series.ics',
  'outlook-weekly-w-europe.ics',
  'outlook-monthly-eastern.ics',
  'outlook-display-name-zone.ics',
  'exchange-owa-fixed-offset.ics',
  'google-biweekly-berlin.ics',
  'google-utc-berlin-series.ics',
  'google-utc-sydney.ics',
  'apple-calendar-new-york.ics',
  'exdate-list-daily.ics',
  'sequence-overrides.ics',
  'malformed-lines.ics',
  'custom-zone-name.ics',
];

/**
 * The meetings ical.js's own iterator gives for one series over [NOW, TWO_YEARS): EXDATEs and
 * overrides applied, cancelled ones left out. ical.js keeps the last override of a meeting in
 * the file, so it is handed only the highest SEQUENCE of each (what RFC 5545 asks for). A TZID
 * without a VTIMEZONE is given the zone Upward read it as, so both place times the same way.
 */
function icalStarts(text: string, draft: IcsSeriesDraft): string[] {
  const { calendar } = readCalendarText(text);
  const events = calendar.getAllSubcomponents('vevent');
  const zones = new Map<string, Component>();
  for (const vtz of calendar.getAllSubcomponents('vtimezone'))
    zones.set(String(vtz.getFirstPropertyValue('tzid')), vtz);
  const master = events.find(
    (e) => e.getFirstPropertyValue('uid') === draft.uid && !e.hasProperty('recurrence-id'),
  );
  if (!master) throw new Error(`no master for ${draft.uid}`);
  const tzid = master.getFirstProperty('dtstart')?.getParameter('tzid');
  if (typeof tzid === 'string' && !zones.has(tzid)) {
    const vtz = buildVtimezone(draft.timeZone, 2024, 2030);
    vtz.updatePropertyWithValue('tzid', tzid);
    zones.set(tzid, vtz);
  }
  for (const [id, vtz] of zones)
    ICAL.TimezoneService.register(new ICAL.Timezone({ component: vtz, tzid: id }), id);
  try {
    const event = new ICAL.Event(master);
    const best = new Map<string, Component>();
    for (const o of events.filter(
      (e) => e.getFirstPropertyValue('uid') === draft.uid && e.hasProperty('recurrence-id'),
    )) {
      const rid = String(o.getFirstPropertyValue('recurrence-id'));
      const seq = (c: Component): number => Number(c.getFirstPropertyValue('sequence') ?? 0);
      const prev = best.get(rid);
      if (!prev || seq(o) >= seq(prev)) best.set(rid, o);
    }
    for (const o of best.values()) event.relateException(new ICAL.Event(o));
    const it = event.iterator();
    const out: string[] = [];
    for (let t = it.next(); t; t = it.next()) {
      const original = t.toJSDate().getTime();
      if (original >= TWO_YEARS + 7 * 86_400_000) break;
      const details = event.getOccurrenceDetails(t);
      const start = details.startDate.toJSDate().getTime();
      const cancelled =
        String(details.item.component.getFirstPropertyValue('status') ?? '').toUpperCase() ===
        'CANCELLED';
      if (!cancelled && start >= NOW && start < TWO_YEARS) out.push(new Date(start).toISOString());
    }
    return out.sort();
  } finally {
    for (const id of zones.keys()) ICAL.TimezoneService.remove(id);
  }
}

const upwardStarts = (draft: Omit<IcsSeriesDraft, 'zoneChoice'>): string[] =>
  seriesOccurrences(draft, new Date(NOW).toISOString(), new Date(TWO_YEARS).toISOString())
    .filter((o) => o.status === 'scheduled')
    .map((o) => o.start)
    .sort();

describe('the corpus cases the importer used to get wrong', () => {
  it('keeps the highest SEQUENCE of a moved meeting, as ical.js does when given it', () => {
    const text = fixture('sequence-overrides.ics');
    const [draft] = readIcs(text, { now: NOW }).series;
    expect(icalStarts(text, draft)).toContain('2026-03-18T15:00:00.000Z');
    expect(upwardStarts(draft)).toContain('2026-03-18T15:00:00.000Z');
    expect(upwardStarts(draft)).not.toContain('2026-03-19T13:00:00.000Z');
  });
});

describe('the calendar-file corpus expands exactly as ical.js does, over two years', () => {
  for (const name of CORPUS) {
    it(name, () => {
      const text = fixture(name);
      const { series } = readIcs(text, { now: NOW, defaultTimeZone: 'Europe/Berlin' });
      expect(series.length).toBeGreaterThan(0);
      for (const draft of series) {
        const ours = upwardStarts(draft);
        const theirs = icalStarts(text, draft);
        expect(ours, `${name}: ${draft.title}`).toEqual(theirs);
        if (!draft.ended) expect(theirs.length).toBeGreaterThan(20);
      }
    });
  }
});
