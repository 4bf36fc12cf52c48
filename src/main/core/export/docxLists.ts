import { Paragraph, Tab, TextRun } from 'docx';
import type { FileChild, NumberingDefinition, ParagraphChild } from 'docx';
import { fonts, listIndent, listRefs, numberLevels, palette, styleIds } from './docxStyles';
import { directionOfInline, toRuns, type Inline } from './docxInline';

/** One list item: its content, and optionally a list nested under it. */
export type ListItem = Inline | { content: Inline; children?: readonly ListItem[] };

/** One checklist item: its content, whether it is done, and optional nested items. */
export interface ChecklistItem {
  content: Inline;
  done: boolean;
  children?: readonly ChecklistItem[];
}

let lastInstance = 0;

/**
 * A fresh list instance: every numbered list gets its own, so each one counts
 * from its own start instead of carrying on from the list before it.
 */
export function newListInstance(): number {
  lastInstance += 1;
  return lastInstance;
}

const MAX_LEVEL = 8;
const clampLevel = (level: number): number => Math.max(0, Math.min(MAX_LEVEL, level));

// A list that starts at another number than 1 needs a definition of its own.
function numberReference(start: number): string | NumberingDefinition {
  if (start === 1) return listRefs.number;
  return { reference: `${listRefs.number}-from-${start}`, levels: numberLevels(start) };
}

/** Where a list paragraph sits: its kind, nesting level, list instance and first number. */
export interface ListPlace {
  kind: 'bullet' | 'number';
  level: number;
  instance: number;
  start?: number;
}

/** The space after a list's last paragraph, so the text after it breathes as after any paragraph. */
const LIST_END_AFTER = 140;
const endSpacing = (last: boolean): { spacing?: { after: number } } =>
  last ? { spacing: { after: LIST_END_AFTER } } : {};

/**
 * A list paragraph waiting to learn whether it ends its list: lists are built as
 * lines first, so the last line of a whole (nested) list gets the closing space.
 */
export type ListLine = (last: boolean) => FileChild;

/** Builds a list's lines; the last one gets the space that ends the list. */
export function closeList(lines: readonly ListLine[]): FileChild[] {
  return lines.map((line, i) => line(i === lines.length - 1));
}

/** Where a paragraph sits in its list: `last` gives the last one the space that ends the list. */
export interface LineOptions {
  last?: boolean;
  /** Extra left indent in twips, for a list placed under another list's item. */
  shift?: number;
  /** A right-to-left paragraph. */
  bidirectional?: true;
}

const bidi = (opts: LineOptions): { bidirectional?: true } =>
  opts.bidirectional ? { bidirectional: true } : {};

/** A bulleted or numbered paragraph. */
export function listParagraph(
  children: ParagraphChild[],
  place: ListPlace,
  opts: LineOptions = {},
): Paragraph {
  const reference = place.kind === 'bullet' ? listRefs.bullet : numberReference(place.start ?? 1);
  const level = clampLevel(place.level);
  return new Paragraph({
    children,
    numbering: { reference, level, instance: place.instance },
    ...(opts.shift ? { indent: { left: listIndent(level) + opts.shift, hanging: 360 } } : {}),
    ...endSpacing(opts.last === true),
    ...bidi(opts),
  });
}

/** A further paragraph of a list item, aligned with the item's text. */
export function listContinuation(
  children: ParagraphChild[],
  level: number,
  opts: LineOptions = {},
): Paragraph {
  return new Paragraph({
    children,
    style: styleIds.listContinue,
    indent: { left: listIndent(clampLevel(level)) + (opts.shift ?? 0) },
    ...endSpacing(opts.last === true),
    ...bidi(opts),
  });
}

/** The glyphs a task shows: a ballot box, ticked when done. */
export const taskGlyph = { open: '☐', done: '☑' } as const;

/** A checklist paragraph: a ballot box, then the text. */
export function taskParagraph(
  children: ParagraphChild[],
  done: boolean,
  level: number,
  opts: LineOptions = {},
): Paragraph {
  const box = new TextRun({
    children: [done ? taskGlyph.done : taskGlyph.open, new Tab()],
    font: fonts.symbol,
    color: done ? palette.good : palette.muted,
  });
  const indent = listIndent(clampLevel(level)) + (opts.shift ?? 0);
  return new Paragraph({
    children: [box, ...children],
    style: styleIds.taskItem,
    indent: { left: indent, hanging: 360 },
    tabStops: [{ type: 'left', position: indent }],
    ...endSpacing(opts.last === true),
    ...bidi(opts),
  });
}

function itemParts(item: ListItem): { content: Inline; children: readonly ListItem[] } {
  if (typeof item === 'string' || Array.isArray(item))
    return { content: item as Inline, children: [] };
  const obj = item as { content: Inline; children?: readonly ListItem[] };
  return { content: obj.content, children: obj.children ?? [] };
}

function listOf(
  kind: 'bullet' | 'number',
  items: readonly ListItem[],
  level: number,
  instance: number,
  start?: number,
): ListLine[] {
  return items.flatMap((item) => {
    const { content, children } = itemParts(item);
    const runs = toRuns(content);
    const head: ListLine = (last) =>
      listParagraph(
        runs,
        { kind, level, instance, start },
        { last, ...directionOfInline(content) },
      );
    return [head, ...listOf(kind, children, level + 1, instance)];
  });
}

/** A bulleted list; nested items are indented one level further. */
export function bulletList(items: readonly ListItem[]): FileChild[] {
  return closeList(listOf('bullet', items, 0, newListInstance()));
}

/** A numbered list that counts from `start` (1 by default), independent of any list before it. */
export function numberedList(
  items: readonly ListItem[],
  opts: { start?: number } = {},
): FileChild[] {
  return closeList(listOf('number', items, 0, newListInstance(), opts.start));
}

function checklistLines(items: readonly ChecklistItem[], level: number): ListLine[] {
  return items.flatMap((item) => [
    (last: boolean) =>
      taskParagraph(
        toRuns(item.content, item.done ? { color: palette.muted } : {}),
        item.done,
        level,
        { last },
      ),
    ...checklistLines(item.children ?? [], level + 1),
  ]);
}

/** A checklist of ballot boxes, ticked and greyed for done items. */
export function checklist(items: readonly ChecklistItem[]): FileChild[] {
  return closeList(checklistLines(items, 0));
}
