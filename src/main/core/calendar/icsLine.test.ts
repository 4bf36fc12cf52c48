import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parseContentLine } from './icsLine';

const FIXTURES = resolve(import.meta.dirname, 'fixtures');

const exact = (line: string): unknown => {
  try {
    return ICAL.parse.property(line);
  } catch {
    return 'cannot be read';
  }
};
const quick = (line: string): unknown => {
  try {
    return parseContentLine(line);
  } catch {
    return 'cannot be read';
  }
};

/** Content lines of a file, unfolded, without BEGIN/END. */
const contentLines = (text: string): string[] =>
  text
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '' && !/^(BEGIN|END):/i.test(l));

describe('parseContentLine', () => {
  it('gives the jCal ical.js gives for every line of the corpus the import reads', () => {
    let compared = 0;
    for (const name of readdirSync(FIXTURES)) {
      for (const line of contentLines(readFileSync(resolve(FIXTURES, name), 'utf8'))) {
        const mine = quick(line);
        // Lines the import never reads are kept as written; their type does not matter.
        if (Array.isArray(mine) && mine[2] === 'unknown') continue;
        expect(mine, `${name}: ${line}`).toEqual(exact(line));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('leaves unusual lines to ical.js and refuses what it refuses', () => {
    const lines = [
      'DTSTART;VALUE=DATE:20260302',
      'DTSTART;TZID="Eastern Standard Time":20260302T100000',
      'EXDATE;TZID=Europe/Berlin:20260302T100000,20260309T100000',
      'EXDATE:20260302',
      'RDATE;VALUE=PERIOD:20260302T100000Z/PT1H',
      'RRULE:FREQ=WEEKLY;BYDAY=MO,TU;UNTIL=20261231T235959Z',
      'SUMMARY:Dana\\, Sam \\; and a line\\nbreak',
      'ATTENDEE;CN="Reyes, Dana";ROLE=REQ-PARTICIPANT:mailto:dana@example.org',
      'ORGANIZER;CN=Robin Hale:mailto:robin@example.org',
      'SEQUENCE:3',
      'TRIGGER;RELATED=END:-PT10M',
      'TRIGGER;VALUE=DATE-TIME:20260302T090000Z',
      'DURATION:PT45M',
      'DTSTART;TZID=Europe/London:2026-99-99',
      'X-BROKEN-LINE-WITHOUT-A-COLON',
      'ATTENDEE;CN="Unclosed:mailto:pat@example.org',
      'ATTENDEE;CN:mailto:pat@example.org',
      'UID:',
    ];
    for (const line of lines) expect(quick(line), line).toEqual(exact(line));
  });
});
