import { AppError } from '../errors';

/** The text of a calendar file, and a sentence for the user when how it was read is a guess. */
export interface DecodedCalendar {
  text: string;
  /** Said in the import report; null when the file declared or proved its encoding. */
  notice: string | null;
}

/** Said when a file that is not UTF-8 is read as Windows-1252. */
export const WESTERN_NOTICE =
  'The file is not in UTF-8, so it was read as Western European (Windows-1252) text; check names with accents.';

const bad = (message: string): AppError => new AppError('bad-file', message);

const NOT_TEXT =
  'This is not a calendar file: it holds binary data, not text. Choose the .ics file your calendar exported.';
const UNKNOWN_ENCODING =
  'The file’s text is in an encoding Upward cannot tell for sure (it is neither UTF-8 nor UTF-16, and does not read as Western European text). Export the calendar again, or open the file in a text editor and save it as UTF-8, then import it.';

/** Bytes Windows-1252 leaves undefined: a file holding them is not in that encoding. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** Windows-1252's characters for bytes 0x80–0x9F (the rest is Latin-1); 0 where it defines none. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
  0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Windows-1252 by table: Node's TextDecoder reads the label as Latin-1 and would turn “, ” and
 * € into invisible control characters.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const codes = Array.from(bytes.subarray(i, i + 8192), (b) =>
      b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] || 0xfffd : b,
    );
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** Control bytes that never appear in text (tab, line breaks and form feed do). */
const isControl = (b: number): boolean =>
  b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f;

// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROLS = /[\u0001-\u0008\u000b\u000e-\u001f\u007f]/g;

/** Whether the bytes look like binary data: any NUL, or more than one control byte in a hundred. */
function looksBinary(bytes: Uint8Array): boolean {
  let control = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (isControl(b)) control++;
  }
  return control * 100 > bytes.length;
}

/**
 * Whether bytes that are not UTF-8 read plausibly as Western European text: every byte is
 * defined in Windows-1252, and accented letters stand among plain ones as in Western words.
 * Words of three or more non-ASCII bytes in a row are how Cyrillic, Greek or East Asian text
 * looks in a single-byte reading; when they are common the guess would garble every name.
 */
function plausibleWestern(bytes: Uint8Array): boolean {
  let high = 0;
  let inRuns = 0;
  let run = 0;
  const endRun = (): void => {
    if (run >= 3) inRuns += run;
    run = 0;
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) {
      endRun();
      continue;
    }
    if (UNDEFINED_1252.has(b)) return false;
    high++;
    run++;
  }
  endRun();
  return inRuns * 5 <= high && high * 5 <= bytes.length;
}

/** UTF-16 written without a byte-order mark: "BEGIN" with a zero byte after (LE) or before (BE) each letter. */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const word = [0x42, 0x45, 0x47, 0x49, 0x4e]; // B E G I N
  if (bytes.length < 10) return null;
  if (word.every((c, i) => bytes[2 * i] === c && bytes[2 * i + 1] === 0)) return 'utf-16le';
  if (word.every((c, i) => bytes[2 * i] === 0 && bytes[2 * i + 1] === c)) return 'utf-16be';
  return null;
}

/**
 * Turns the bytes of a calendar file into text, by evidence: a byte-order mark (UTF-8,
 * UTF-16 LE/BE), UTF-16 recognised by its zero bytes, or valid UTF-8. A file that is none of
 * those is read as Windows-1252 only when that is plausible, and then with a notice for the
 * user; binary data and text in another encoding are refused in words.
 */
export function decodeCalendarBytes(bytes: Uint8Array): DecodedCalendar {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), notice: null };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), notice: null };
  const unmarked = utf16WithoutMark(bytes);
  if (unmarked) return { text: new TextDecoder(unmarked).decode(bytes), notice: null };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bytes.subarray(bom ? 3 : 0);
  let text: string | null = null;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    // A byte-order mark promises UTF-8: a few broken characters do not make it another encoding.
    if (bom && !looksBinary(body))
      return {
        text: new TextDecoder('utf-8').decode(body),
        notice:
          'Some characters in the file are not valid UTF-8 and are shown as “�”; check names with accents.',
      };
  }
  if (text !== null) {
    if (text.includes('\u0000') || (text.match(CONTROLS)?.length ?? 0) * 100 > text.length)
      throw bad(NOT_TEXT);
    return { text, notice: null };
  }
  if (looksBinary(body)) throw bad(NOT_TEXT);
  if (!plausibleWestern(body)) throw bad(UNKNOWN_ENCODING);
  return { text: decodeWindows1252(body), notice: WESTERN_NOTICE };
}
