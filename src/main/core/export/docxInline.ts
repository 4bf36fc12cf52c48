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

/** One run of text in `style`; tabs become real tab stops. */
export function textRun(
  text: string,
  style: RunStyle = {},
  opts: { breakBefore?: boolean } = {},
): TextRun {
  const clean = cleanText(text);
  const lineBreak = opts.breakBefore ? { break: 1 } : {};
  if (!clean.includes('\t')) return new TextRun({ ...style, text: clean, ...lineBreak });
  const children = clean
    .split('\t')
    .flatMap((part, i) => (i === 0 ? [part] : [new Tab(), part]))
    .filter((c) => c !== '');
  return new TextRun({ ...style, children, ...lineBreak });
}

/** Turns plain text into runs, one line break per newline; runs pass through unchanged. */
export function toRuns(content: Inline, style: RunStyle = {}): ParagraphChild[] {
  if (typeof content !== 'string') return [...content];
  return content
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line, i) => textRun(line, style, { breakBefore: i > 0 }));
}
