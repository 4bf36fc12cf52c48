import { TextRun } from 'docx';
import type { IRunOptions, ParagraphChild } from 'docx';

/** Inline content: plain text (a newline becomes a line break) or ready-made runs. */
export type Inline = string | readonly ParagraphChild[];

/** Formatting for plain text turned into runs. */
export type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/** Turns plain text into runs, one line break per newline; runs pass through unchanged. */
export function toRuns(content: Inline, style: RunStyle = {}): ParagraphChild[] {
  if (typeof content !== 'string') return [...content];
  return content
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line, i) => new TextRun({ ...style, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}
