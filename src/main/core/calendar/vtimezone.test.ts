import { describe, it, expect } from 'vitest';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { buildVtimezone, zoneTransitions } from './vtimezone';

/** Local noon-ish times every few days for many years: the instant ical.js gives must be the one luxon gives. */
function mismatches(
  zone: string,
  fromYear: number,
  toYear: number,
  checkUntilYear: number,
): string[] {
  const tz = new ICAL.Timezone(buildVtimezone(zone, fromYear, toYear));
  const bad: string[] = [];
  for (
    let d = DateTime.fromObject({ year: fromYear, month: 1, day: 1, hour: 10 }, { zone });
    d.year < checkUntilYear;
    d = d.plus({ days: 3 }).set({ hour: (d.day * 7) % 24 })
  ) {
    const t = ICAL.Time.fromData(
      { year: d.year, month: d.month, day: d.day, hour: d.hour, minute: 0, second: 0 },
      tz,
    );
    if (t.toUnixTime() * 1000 !== d.toMillis()) bad.push(d.toISO() ?? '');
  }
  return bad;
}

describe('buildVtimezone', () => {
  it('lets a calendar program place local times exactly as the zone does, also years after the range', () => {
    for (const zone of [
      'Europe/Berlin',
      'America/New_York',
      'Australia/Sydney',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
      'Asia/Kolkata',
      'Europe/Dublin',
    ]) {
      expect(mismatches(zone, 2025, 2030, 2040), zone).toEqual([]);
    }
  });

  it('writes Chile’s "first Sunday on or after the 2nd" rule so meetings after the range stay right', () => {
    expect(buildVtimezone('America/Santiago', 2019, 2030).toString()).toContain(
      'RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=SU;BYMONTHDAY=2,3,4,5,6,7,8',
    );
    expect(mismatches('America/Santiago', 2019, 2030, 2040)).toEqual([]);
  });

  it('lists changes one by one for zones that stopped daylight saving or change irregularly', () => {
    expect(mismatches('Asia/Tehran', 2019, 2030, 2035)).toEqual([]);
    expect(mismatches('America/Asuncion', 2019, 2030, 2035)).toEqual([]);
    expect(mismatches('Africa/Casablanca', 2019, 2030, 2031)).toEqual([]);
  });

  it('describes a zone without changes with a single fixed offset', () => {
    const vtz = buildVtimezone('Asia/Kolkata', 2025, 2035);
    expect(vtz.getAllSubcomponents()).toHaveLength(1);
    expect(vtz.toString()).toContain('TZOFFSETTO:+0530');
  });
});

describe('zoneTransitions', () => {
  it('finds the exact minute of each change', () => {
    expect(zoneTransitions('Europe/Berlin', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1))).toEqual([
      { at: Date.UTC(2026, 2, 29, 1), from: 60, to: 120 },
      { at: Date.UTC(2026, 9, 25, 1), from: 120, to: 60 },
    ]);
  });
});
