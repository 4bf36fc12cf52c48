import { Tab, TextRun } from 'docx';
import type { IRunOptions, ParagraphChild } from 'docx';

/** Inline content: plain text (a newline becomes a line break) or ready-made runs. */
export type Inline = string | readonly ParagraphChild[];

/** Formatting for plain text turned into runs. */
export type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

// Characters XML cannot hold; docx drops the control characters itself but not these.
const NOT_XML = /[\uFFFE\uFFFF]/g;

/** Removes characters a Word file cannot contain, so pasted text never corrupts an export. */
export function cleanText(text: string): string {
  return text.replace(NOT_XML, '');
}

// Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms).
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const STRONG = /[\p{L}]/u;
// A stretch of right-to-left letters together with the spaces, digits and punctuation between them.
const RTL_STRETCH =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF](?:[^\p{L}]*[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF])*/gu;

/** Whether text reads right to left: its first letter (as the Unicode bidi algorithm decides) is Hebrew, Arabic or alike. */
export function isRightToLeft(text: string): boolean {
  for (const ch of text) if (STRONG.test(ch)) return RTL_LETTER.test(ch);
  return false;
}

/** The paragraph options that make a right-to-left paragraph read from the right in Word and LibreOffice. */
export function directionOf(text: string): { bidirectional?: true } {
  return isRightToLeft(text) ? { bidirectional: true } : {};
}

function oneRun(text: string, style: RunStyle, lineBreak: { break?: number }): TextRun {
  if (!text.includes('\t')) return new TextRun({ ...style, text, ...lineBreak });
  const children = text
    .split('\t')
    .flatMap((part, i) => (i === 0 ? [part] : [new Tab(), part]))
    .filter((c) => c !== '');
  return new TextRun({ ...style, children, ...lineBreak });
}

/**
 * Text as runs in `style`: stretches in a right-to-left script become runs marked right to
 * left, so the numbers and punctuation inside them sit where a reader of that script expects.
 */
export function textRuns(
  text: string,
  style: RunStyle = {},
  opts: { breakBefore?: boolean } = {},
): TextRun[] {
  const clean = cleanText(text);
  const lineBreak = opts.breakBefore ? { break: 1 } : {};
  if (!RTL_LETTER.test(clean)) return [oneRun(clean, style, lineBreak)];
  const parts: { text: string; rtl: boolean }[] = [];
  let at = 0;
  for (const m of clean.matchAll(RTL_STRETCH)) {
    if (m.index > at) parts.push({ text: clean.slice(at, m.index), rtl: false });
    parts.push({ text: m[0], rtl: true });
    at = m.index + m[0].length;
  }
  if (at < clean.length) parts.push({ text: clean.slice(at), rtl: false });
  return parts.map((part, i) =>
    oneRun(part.text, part.rtl ? { ...style, rightToLeft: true } : style, i === 0 ? lineBreak : {}),
  );
}

/** One run of text in `style`; tabs become real tab stops. Use `textRuns` for text that may hold right-to-left script. */
export function textRun(
  text: string,
  style: RunStyle = {},
  opts: { breakBefore?: boolean } = {},
): TextRun {
  return oneRun(cleanText(text), style, opts.breakBefore ? { break: 1 } : {});
}

/** Turns plain text into runs, one line break per newline; runs pass through unchanged. */
export function toRuns(content: Inline, style: RunStyle = {}): ParagraphChild[] {
  if (typeof content !== 'string') return [...content];
  return content
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .flatMap((line, i) => textRuns(line, style, { breakBefore: i > 0 }));
}

/** The paragraph direction for inline content: plain text decides; ready-made runs stay left to right unless told. */
export function directionOfInline(content: Inline): { bidirectional?: true } {
  return typeof content === 'string' ? directionOf(content) : {};
}
