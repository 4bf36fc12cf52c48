import ICAL from 'ical.js';

/** A property in jCal form: name, parameters, value type, value(s). */
export type JCalProperty = [string, Record<string, string>, string, ...unknown[]];

/** Times the import reads; each value is written the way ical.js writes it in jCal. */
const TIMES = new Set(['dtstart', 'dtend', 'due', 'recurrence-id', 'exdate', 'rdate', 'dtstamp']);
const MULTI_TIMES = new Set(['exdate', 'rdate']);
/** Names that may be written as a date without a time (ical.js tells them apart by the "T"). */
const DATE_OR_TIME = new Set(['dtstart', 'dtend', 'due', 'recurrence-id', 'rdate']);
const TEXTS = new Set(['summary', 'uid', 'status', 'action']);
const ADDRESSES = new Set(['organizer', 'attendee']);
/** Names the import reads in a form the quick path does not give; ical.js reads them. */
const EXACT = new Set(['rrule', 'exrule', 'tzid', 'version', 'calscale', 'method', 'prodid']);

const rules = new Map<string, JCalProperty>();

const TIME = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/;

function jcalTime(v: string, withTime: boolean): string | null {
  const m = TIME.exec(v);
  if (!m || (m[4] !== undefined) !== withTime) return null;
  return withTime
    ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${m[7]}`
    : `${m[1]}-${m[2]}-${m[3]}`;
}

/** The plain shape of a line, or null when it needs ical.js (quotes, lists or escapes in parameters). */
function split(
  line: string,
): { name: string; params: Record<string, string>; value: string } | null {
  const colon = line.indexOf(':');
  if (colon < 0) return null;
  const semi = line.indexOf(';');
  const params: Record<string, string> = {};
  if (semi < 0 || semi > colon)
    return { name: line.slice(0, colon).toLowerCase(), params, value: line.slice(colon + 1) };
  const head = line.slice(semi + 1, colon);
  if (head.includes('"') || head.includes(',')) return null;
  for (const part of head.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) return null;
    params[part.slice(0, eq).toLowerCase()] = part.slice(eq + 1);
  }
  return { name: line.slice(0, semi).toLowerCase(), params, value: line.slice(colon + 1) };
}

/** The line read by ical.js itself. */
function exactLine(line: string): JCalProperty {
  return ICAL.parse.property(line) as unknown as JCalProperty;
}

/**
 * One content line as a jCal property, as `ICAL.parse.property` gives it for what the import
 * reads, without its cost for the common shapes: a calendar export is mostly plain times, text
 * and addresses. Lines the import never reads are kept as unparsed text. Anything unusual
 * (quoted or listed parameters, VALUE=, escapes, periods, odd dates, repeat rules) goes to
 * ical.js itself, which also throws for a line that cannot be read.
 */
export function parseContentLine(line: string): JCalProperty {
  // A file repeats a handful of rules many times: each is parsed once, its jCal shared (only read).
  if (line.startsWith('RRULE:')) {
    let known = rules.get(line);
    if (!known) {
      known = exactLine(line);
      if (rules.size >= 1000) rules.clear();
      rules.set(line, known);
    }
    return known;
  }
  const s = split(line);
  if (!s || s.name.includes('.') || EXACT.has(s.name) || 'value' in s.params)
    return exactLine(line);
  const { name, params, value } = s;
  if (TIMES.has(name)) {
    if (value.includes('/')) return exactLine(line);
    const withTime = value.includes('T');
    if (!withTime && !DATE_OR_TIME.has(name)) return exactLine(line);
    const parts = MULTI_TIMES.has(name) ? value.split(',') : [value];
    const out: string[] = [];
    for (const p of parts) {
      const t = jcalTime(p, withTime);
      if (t === null) return exactLine(line);
      out.push(t);
    }
    return [name, params, withTime ? 'date-time' : 'date', ...out];
  }
  if (TEXTS.has(name))
    return value.includes('\\') ? exactLine(line) : [name, params, 'text', value];
  if (ADDRESSES.has(name)) return [name, params, 'cal-address', value];
  if (name === 'sequence')
    return /^[+-]?\d{1,9}$/.test(value)
      ? [name, params, 'integer', Number(value)]
      : exactLine(line);
  if (name === 'duration' || name === 'trigger')
    return /^[+-]?P[0-9WDTHMS]+$/.test(value) ? [name, params, 'duration', value] : exactLine(line);
  // Read by no one (descriptions, locations, alarms' texts…): kept as written.
  return [name, params, 'unknown', value];
}
