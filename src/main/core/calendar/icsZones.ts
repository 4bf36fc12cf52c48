import ICAL from 'ical.js';
import { IANAZone } from 'luxon';
import { WINDOWS_ZONES } from './windowsZones';

type Component = InstanceType<typeof ICAL.Component>;

const WINDOWS_BY_LOWER = new Map(
  Object.entries(WINDOWS_ZONES).map(([k, v]) => [k.toLowerCase(), v]),
);
const AREAS = [
  'Europe',
  'America',
  'Asia',
  'Australia',
  'Africa',
  'Pacific',
  'Atlantic',
  'Indian',
  'America/Argentina',
];

/** How a calendar's TZID was understood: the IANA zone, and whether it was inferred from offsets alone. */
export interface ResolvedZone {
  zone: string;
  guessed: boolean;
}

function valid(zone: string): string | null {
  return zone && IANAZone.isValidZone(zone) ? zone : null;
}

/** "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna" — the display names older Outlook writes. */
function fromDisplayName(tzid: string): string | null {
  const m = /^\((?:UTC|GMT)([+-]\d{2}:\d{2})?\)\s*(.+)$/i.exec(tzid.trim());
  if (!m) return null;
  const found = m[2]
    .split(/,|\//)
    .map((c) => c.trim().replace(/\s+/g, '_'))
    .flatMap((city) => AREAS.map((area) => valid(`${area}/${city}`)))
    .filter((z): z is string => z !== null);
  // Prefer a canonical zone over an old alias (Australia/Sydney over Australia/Canberra).
  const canonical = new Set(Intl.supportedValuesOf('timeZone'));
  if (found.length > 0) return found.find((z) => canonical.has(z)) ?? found[0];
  return m[1] === undefined || m[1] === '+00:00' ? 'UTC' : null;
}

/** UTC offsets (minutes) a VTIMEZONE gives on the 1st and 15th of each month of two years. */
function vtimezoneOffsets(vtz: Component, year: number): number[] | null {
  try {
    const tz = new ICAL.Timezone(vtz);
    const out: number[] = [];
    for (let i = 0; i < 48; i++) {
      const t = ICAL.Time.fromData({
        year: year + Math.floor(i / 24),
        month: (Math.floor(i / 2) % 12) + 1,
        day: i % 2 ? 15 : 1,
        hour: 12,
      });
      t.zone = ICAL.Timezone.utcTimezone;
      out.push(tz.utcOffset(t.convertToZone(tz)) / 60);
    }
    return out;
  } catch {
    return null;
  }
}

function zoneOffsets(zone: string, year: number): number[] {
  const z = IANAZone.create(zone);
  const out: number[] = [];
  for (let i = 0; i < 48; i++)
    out.push(
      z.offset(Date.UTC(year + Math.floor(i / 24), Math.floor(i / 2) % 12, i % 2 ? 15 : 1, 12)),
    );
  return out;
}

/** An IANA zone whose offsets match the VTIMEZONE's over two years, preferring the zones Windows names. */
function fromOffsets(vtz: Component, year: number): string | null {
  const wanted = vtimezoneOffsets(vtz, year);
  if (!wanted) return null;
  const candidates = [
    ...new Set([...Object.values(WINDOWS_ZONES), ...Intl.supportedValuesOf('timeZone')]),
  ];
  return (
    candidates.find((z) => valid(z) && zoneOffsets(z, year).every((o, i) => o === wanted[i])) ??
    null
  );
}

/** Turns the TZID values of one calendar file into IANA zones, remembering each answer. */
export function createZoneResolver(
  calendar: Component,
  year: number,
): (tzid: string) => ResolvedZone | null {
  const cache = new Map<string, ResolvedZone | null>();
  const vtimezones = new Map(
    calendar
      .getAllSubcomponents('vtimezone')
      .map((c) => [String(c.getFirstPropertyValue('tzid') ?? ''), c]),
  );
  const resolve = (tzid: string): ResolvedZone | null => {
    const id = tzid.trim().replace(/^"|"$/g, '');
    const vtz = vtimezones.get(tzid) ?? vtimezones.get(id);
    const location = vtz ? String(vtz.getFirstPropertyValue('x-lic-location') ?? '') : '';
    const segments = id.split('/').filter(Boolean);
    const named =
      valid(id) ??
      WINDOWS_BY_LOWER.get(id.toLowerCase()) ??
      valid(segments.slice(-3).join('/')) ??
      valid(segments.slice(-2).join('/')) ??
      valid(location) ??
      fromDisplayName(id);
    if (named) return { zone: named, guessed: false };
    const matched = vtz ? fromOffsets(vtz, year) : null;
    return matched ? { zone: matched, guessed: true } : null;
  };
  return (tzid) => {
    if (!cache.has(tzid)) cache.set(tzid, resolve(tzid));
    return cache.get(tzid) ?? null;
  };
}
