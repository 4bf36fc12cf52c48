import { AlignmentType, LevelFormat, Paragraph, Tab, TextRun } from 'docx';
import type { ILevelsOptions, NumberingDefinition, ParagraphChild } from 'docx';
import { listIndent, listRefs, palette, fonts, styleIds } from './docxStyles';
import { toRuns, type Inline } from './docxInline';

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
  const formats = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN] as const;
  const levels: ILevelsOptions[] = Array.from({ length: 9 }, (_, level) => ({
    level,
    format: formats[level % 3],
    text: `%${level + 1}.`,
    start: level === 0 ? start : 1,
    alignment: AlignmentType.LEFT,
    style: {
      paragraph: { indent: { left: listIndent(level), hanging: 360 }, spacing: { after: 60 }, contextualSpacing: true },
      run: { color: palette.muted },
    },
  }));
  return { reference: `${listRefs.number}-from-${start}`, levels };
}

/** Where a list paragraph sits: its kind, nesting level, list instance and first number. */
export interface ListPlace {
  kind: 'bullet' | 'number';
  level: number;
  instance: number;
  start?: number;
}

/** A bulleted or numbered paragraph. */
export function listParagraph(children: ParagraphChild[], place: ListPlace, style?: string): Paragraph {
  const reference = place.kind === 'bullet' ? listRefs.bullet : numberReference(place.start ?? 1);
  return new Paragraph({
    children,
    style,
    numbering: { reference, level: clampLevel(place.level), instance: place.instance },
  });
}

/** A further paragraph of a list item, aligned with the item's text. */
export function listContinuation(children: ParagraphChild[], level: number, style?: string): Paragraph {
  return new Paragraph({
    children,
    style: style ?? styleIds.listContinue,
    indent: { left: listIndent(clampLevel(level)) },
  });
}

/** The glyphs a task shows: a ballot box, ticked when done. */
export const taskGlyph = { open: '☐', done: '☑' } as const;

/** A checklist paragraph: a ballot box, then the text; done items are muted. */
export function taskParagraph(children: ParagraphChild[], done: boolean, level: number, style?: string): Paragraph {
  const box = new TextRun({
    children: [done ? taskGlyph.done : taskGlyph.open, new Tab()],
    font: fonts.symbol,
    color: done ? palette.good : palette.muted,
  });
  return new Paragraph({
    children: [box, ...children],
    style: style ?? styleIds.taskItem,
    indent: { left: listIndent(clampLevel(level)), hanging: 360 },
    tabStops: [{ type: 'left', position: listIndent(clampLevel(level)) }],
  });
}

function itemParts(item: ListItem): { content: Inline; children: readonly ListItem[] } {
  if (typeof item === 'string' || Array.isArray(item)) return { content: item as Inline, children: [] };
  const obj = item as { content: Inline; children?: readonly ListItem[] };
  return { content: obj.content, children: obj.children ?? [] };
}

function listOf(kind: 'bullet' | 'number', items: readonly ListItem[], level: number, instance: number, start?: number): Paragraph[] {
  return items.flatMap((item) => {
    const { content, children } = itemParts(item);
    const head = listParagraph(toRuns(content), { kind, level, instance, start });
    return [head, ...listOf(kind, children, level + 1, instance)];
  });
}

/** A bulleted list; nested items are indented one level further. */
export function bulletList(items: readonly ListItem[]): Paragraph[] {
  return listOf('bullet', items, 0, newListInstance());
}

/** A numbered list that counts from `start` (1 by default), independent of any list before it. */
export function numberedList(items: readonly ListItem[], opts: { start?: number } = {}): Paragraph[] {
  return listOf('number', items, 0, newListInstance(), opts.start);
}

/** A checklist of ballot boxes, ticked for done items. */
export function checklist(items: readonly ChecklistItem[], level = 0): Paragraph[] {
  return items.flatMap((item) => [
    taskParagraph(toRuns(item.content, item.done ? { color: palette.muted } : {}), item.done, level),
    ...checklist(item.children ?? [], level + 1),
  ]);
}
