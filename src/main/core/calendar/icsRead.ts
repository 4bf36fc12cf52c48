import ICAL from 'ical.js';
import { AppError } from '../errors';
import { parseContentLine } from './icsLine';

type Component = InstanceType<typeof ICAL.Component>;
type JCal = [string, unknown[], JCal[]];

const MAX_CHARS = 5_000_000;
const bad = (message: string): AppError => new AppError('bad-file', message);

/** A calendar read leniently: the parts that could be read, and what was left out, in words. */
export interface ReadCalendar {
  calendar: Component;
  /** One sentence per line or component that could not be read. */
  skipped: string[];
}

function unfold(text: string): { line: string; no: number }[] {
  const out: { line: string; no: number }[] = [];
  const raw = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < raw.length; i++) {
    const l = raw[i];
    if ((l.startsWith(' ') || l.startsWith('\t')) && out.length > 0)
      out[out.length - 1].line += l.slice(1);
    else if (l.trim() !== '') out.push({ line: l, no: i + 1 });
  }
  return out;
}

const short = (line: string): string => (line.length > 60 ? `${line.slice(0, 57)}…` : line);
const nameOf = (line: string): string => /^[A-Za-z0-9-]+/.exec(line)?.[0].toUpperCase() ?? '';

function summaryOf(c: JCal): string {
  for (const p of c[1]) {
    if (Array.isArray(p) && p[0] === 'summary' && typeof p[3] === 'string') return p[3];
  }
  return '';
}

const where = (c: JCal): string => {
  const title = summaryOf(c);
  if (c[0] === 'vevent')
    return title ? `the event “${title.slice(0, 80)}”` : 'an event without a title';
  return c[0] === 'vcalendar' ? 'the calendar' : `a ${c[0].toUpperCase()} block`;
};

/**
 * Reads a calendar file line by line, so that one broken line or block costs only itself:
 * lines that cannot be read are left out, blocks that never end are dropped, and each is
 * listed in words. Throws AppError('bad-file') only when the text is not a calendar at all.
 */
export function readCalendarText(text: string): ReadCalendar {
  if (text.length > MAX_CHARS)
    throw bad('The file is too large to be a calendar export (over 5 MB).');
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') throw bad('The file is empty.');
  if (body.includes('\u0000')) throw bad('This is not a calendar file: it is not text.');
  if (!/^BEGIN:VCALENDAR/i.test(body))
    throw bad('This is not a calendar (.ics) file: it does not start with BEGIN:VCALENDAR.');

  const skipped: string[] = [];
  const badLines = new Map<JCal, { no: number; name: string }[]>();
  const stack: JCal[] = [];
  let root: JCal | null = null;
  // Lines inside a VTIMEZONE block (counted, not searched for on every line).
  let inZone = 0;
  for (const { line, no } of unfold(body)) {
    // Only lines starting with B or E can open or close a block: the others skip both tests.
    const first = line.charCodeAt(0) | 0x20;
    const begin = first === 0x62 ? /^BEGIN:(.+)$/i.exec(line.trim()) : null;
    const end = first === 0x65 && !begin ? /^END:(.+)$/i.exec(line.trim()) : null;
    if (begin) {
      const c: JCal = [begin[1].trim().toLowerCase(), [], []];
      if (stack.length === 0) {
        if (root) break; // A second calendar in one file: the first is used.
        root = c;
      }
      stack.push(c);
      if (c[0] === 'vtimezone') inZone++;
      continue;
    }
    if (end) {
      const name = end[1].trim().toLowerCase();
      const at = stack.map((c) => c[0]).lastIndexOf(name);
      if (at < 0) {
        skipped.push(
          `Line ${no} (“${short(line)}”) closes a block that was never opened; it was ignored.`,
        );
        continue;
      }
      // Blocks opened inside this one that never ended are dropped with a word each.
      while (stack.length - 1 > at) {
        const lost = stack.pop() as JCal;
        if (lost[0] === 'vtimezone') inZone--;
        skipped.push(
          `${where(lost)} does not end properly before line ${no}; it was left out.`.replace(
            /^./,
            (c) => c.toUpperCase(),
          ),
        );
      }
      const done = stack.pop() as JCal;
      if (done[0] === 'vtimezone') inZone--;
      const parent = stack[stack.length - 1];
      if (parent) parent[2].push(done);
      continue;
    }
    const current = stack[stack.length - 1];
    if (!current) continue;
    try {
      // Zone definitions are read exactly by ical.js; the rest takes the quick path where it can.
      const prop: unknown = inZone > 0 ? ICAL.parse.property(line) : parseContentLine(line);
      if (!Array.isArray(prop)) throw new Error('not a property');
      current[1].push(prop);
    } catch {
      const list = badLines.get(current) ?? [];
      list.push({ no, name: nameOf(line) || short(line) });
      badLines.set(current, list);
    }
  }
  // A file cut off in the middle: what was complete is kept.
  while (stack.length > 1) {
    const lost = stack.pop() as JCal;
    skipped.push(`The file ends in the middle of ${where(lost)}; it was left out.`);
  }
  if (!root) throw bad('The file does not hold a calendar.');
  for (const [c, lines] of badLines) {
    const what = lines.map((l) => `line ${l.no} (${l.name})`);
    skipped.push(
      `In ${where(c)}, ${what.length === 1 ? what[0] : `${what.slice(0, -1).join(', ')} and ${what[what.length - 1]}`} could not be read and ${what.length === 1 ? 'was' : 'were'} left out.`,
    );
  }
  if (root[0] !== 'vcalendar') throw bad('The file does not hold a calendar.');
  return { calendar: new ICAL.Component(root), skipped };
}
