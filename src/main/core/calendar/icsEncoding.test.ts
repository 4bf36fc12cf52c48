import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCalendarBytes, WESTERN_NOTICE } from './icsEncoding';
import { readIcsBytes } from './icsImport';

const NOW = Date.parse('2026-03-01T09:00:00Z');
const CAL = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Upward tests//Encodings//EN',
  'BEGIN:VEVENT',
  'UID:encodings@example.org',
  'DTSTAMP:20260101T000000Z',
  'DTSTART;TZID=Europe/Berlin:20260302T100000',
  'DURATION:PT30M',
  'RRULE:FREQ=WEEKLY;BYDAY=MO',
  'SUMMARY:1:1 mit Jürgen Müller — Café',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');
const TITLE = '1:1 mit Jürgen Müller — Café';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const utf16 = (s: string, littleEndian: boolean, mark: boolean): Uint8Array => {
  const out = new Uint8Array((mark ? 2 : 0) + s.length * 2);
  if (mark) out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  const at = mark ? 2 : 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[at + i * 2] = littleEndian ? c & 0xff : c >> 8;
    out[at + i * 2 + 1] = littleEndian ? c >> 8 : c & 0xff;
  }
  return out;
};
/** Windows-1252 bytes of text made of Latin-1 letters and the dash. */
const cp1252 = (s: string): Uint8Array =>
  Uint8Array.from([...s].map((ch) => (ch === '—' ? 0x97 : ch.charCodeAt(0))));

describe('decodeCalendarBytes', () => {
  it('reads UTF-8 without and with a byte-order mark, silently', () => {
    expect(decodeCalendarBytes(utf8(CAL))).toEqual({ text: CAL, notice: null });
    expect(decodeCalendarBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(CAL)]))).toEqual({
      text: CAL,
      notice: null,
    });
  });

  it('reads UTF-16 LE and BE with a byte-order mark, and without one when its zero bytes show it', () => {
    for (const le of [true, false])
      for (const mark of [true, false])
        expect(decodeCalendarBytes(utf16(CAL, le, mark))).toEqual({ text: CAL, notice: null });
  });

  it('reads a file that is not UTF-8 as Windows-1252 when it reads as Western text, and says so', () => {
    const r = decodeCalendarBytes(cp1252(CAL));
    expect(r.text).toBe(CAL);
    expect(r.notice).toBe(WESTERN_NOTICE);
    expect(r.notice).toMatch(/Western European \(Windows-1252\).*check names with accents/);
  });

  it('tells the user, through the read result, that the encoding was a guess', () => {
    const r = readIcsBytes(cp1252(CAL), { now: NOW });
    expect(r.series[0].title).toBe(TITLE);
    expect(r.notices).toEqual([WESTERN_NOTICE]);
    expect(readIcsBytes(utf8(CAL), { now: NOW }).notices).toEqual([]);
  });

  it('refuses text in another single-byte encoding rather than garble every name', () => {
    // "Встреча с Иваном" in Windows-1251: words of letters that are all outside ASCII.
    const cyrillic = Uint8Array.from([
      0xc2, 0xf1, 0xf2, 0xf0, 0xe5, 0xf7, 0xe0, 0x20, 0xf1, 0x20, 0xc8, 0xe2, 0xe0, 0xed, 0xee,
      0xec,
    ]);
    const bytes = Uint8Array.from([
      ...utf8(CAL.replace(/SUMMARY:.*\r\n/, 'SUMMARY:')),
      ...cyrillic,
      ...utf8('\r\nEND:VCALENDAR\r\n'),
    ]);
    expect(() => decodeCalendarBytes(bytes)).toThrow(
      /encoding Upward cannot tell.*save it as UTF-8/,
    );
  });

  it('refuses bytes Windows-1252 does not define', () => {
    const bytes = Uint8Array.from([...utf8(CAL.slice(0, 60)), 0x81, ...utf8(CAL.slice(60))]);
    expect(() => decodeCalendarBytes(bytes)).toThrow(/encoding Upward cannot tell/);
  });

  it('refuses binary data in words', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(() => decodeCalendarBytes(png)).toThrow(
      'This is not a calendar file: it holds binary data, not text. Choose the .ics file your calendar exported.',
    );
    const controls = Uint8Array.from([...utf8('BEGIN:VCALENDAR\r\n'), 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(() => decodeCalendarBytes(controls)).toThrow(/binary data/);
    expect(() => readIcsBytes(png)).toThrow(/binary data/);
  });

  it('reads the corpus files, all UTF-8, without a notice', () => {
    const file = resolve(import.meta.dirname, 'fixtures/outlook-365-multi-series.ics');
    expect(decodeCalendarBytes(new Uint8Array(readFileSync(file))).notice).toBeNull();
  });
});
