import ICAL from 'ical.js';
import { IANAZone } from 'luxon';
import { WINDOWS_ZONES, windowsIdOfDisplayName } from './windowsZones';

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

let canonicalZones: Set<string> | null = null;
const canonical = (): Set<string> =>
  (canonicalZones ??= new Set(Intl.supportedValuesOf('timeZone')));

/** "(UTC+01:00) Amsterdam, Berlin, …" — a display name Windows writes, else its cities as IANA zones. */
function fromDisplayName(tzid: string): string | null {
  const id = windowsIdOfDisplayName(tzid);
  if (id && WINDOWS_ZONES[id]) return WINDOWS_ZONES[id];
  const m = /^\((?:UTC|GMT)\s*([+-]\s*\d{1,2}(?::?\d{2})?)?\)\s*(.+)$/i.exec(tzid.trim());
  if (!m) return null;
  const found = m[2]
    .split(/,|\//)
    .map((c) => c.trim().replace(/\s+/g, '_'))
    .flatMap((city) => AREAS.map((area) => valid(`${area}/${city}`)))
    .filter((z): z is string => z !== null);
  // Prefer a canonical zone over an old alias (Australia/Sydney over Australia/Canberra).
  if (found.length > 0) return found.find((z) => canonical().has(z)) ?? found[0];
  return null;
}

/** Minutes east of UTC written as "(GMT +01:00)", "UTC+1", "GMT-0500", "+05:30"; null if the name is not only an offset. */
export function fixedOffsetMinutes(tzid: string): number | null {
  const m =
    /^\(?\s*(?:(?:UTC|GMT)\s*)?([+-])\s*(\d{1,2})(?::?(\d{2}))?\s*\)?$/i.exec(tzid.trim()) ??
    /^\(?\s*(?:UTC|GMT)\s*\)?$/i.exec(tzid.trim());
  if (!m) return null;
  if (m[1] === undefined) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  if (minutes > 14 * 60 || Number(m[3] ?? 0) >= 60) return null;
  return m[1] === '-' ? -minutes : minutes;
}

/** An IANA zone that keeps one UTC offset all year: Etc/GMT∓h for whole hours, else a real zone without clock changes. */
function fixedOffsetZone(minutes: number, year: number): ResolvedZone | null {
  if (minutes === 0) return { zone: 'UTC', guessed: false };
  if (minutes % 60 === 0) {
    const h = minutes / 60;
    const zone = valid(`Etc/GMT${h > 0 ? '-' : '+'}${Math.abs(h)}`);
    return zone ? { zone, guessed: false } : null;
  }
  const wanted = Array<number>(48).fill(minutes).join(',');
  const zone = zonesBySignature(year).get(wanted);
  return zone ? { zone, guessed: true } : null;
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

const signatureCache = new Map<number, Map<string, string>>();

/**
 * Every zone's offsets over two years, keyed by those offsets, built once per year: matching a
 * file's custom zones costs one lookup each, however many the file holds. The zones Windows
 * names come first, so they win over others with the same clock changes.
 */
function zonesBySignature(year: number): Map<string, string> {
  let map = signatureCache.get(year);
  if (!map) {
    map = new Map();
    for (const z of new Set([...Object.values(WINDOWS_ZONES), ...canonical()])) {
      if (!valid(z)) continue;
      const key = zoneOffsets(z, year).join(',');
      if (!map.has(key)) map.set(key, z);
    }
    signatureCache.set(year, map);
  }
  return map;
}

/** An IANA zone whose offsets match the VTIMEZONE's over two years, preferring the zones Windows names. */
function fromOffsets(vtz: Component, year: number): string | null {
  const wanted = vtimezoneOffsets(vtz, year);
  return wanted ? (zonesBySignature(year).get(wanted.join(',')) ?? null) : null;
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
    // A VTIMEZONE in the file says what the zone does; trust it over a bare offset in the name.
    const matched = vtz ? fromOffsets(vtz, year) : null;
    if (matched) return { zone: matched, guessed: true };
    const offset = fixedOffsetMinutes(id);
    return offset === null ? null : fixedOffsetZone(offset, year);
  };
  return (tzid) => {
    if (!cache.has(tzid)) cache.set(tzid, resolve(tzid));
    return cache.get(tzid) ?? null;
  };
}
