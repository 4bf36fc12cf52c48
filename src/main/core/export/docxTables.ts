import { Paragraph, Table, TableCell, TableRow, WidthType, BorderStyle, VerticalAlign } from 'docx';
import type { FileChild } from 'docx';
import { palette, styleIds } from './docxStyles';
import { directionOfInline, toRuns, type Inline } from './docxInline';

/** Options shared by the table helpers. */
export interface TableOptions {
  /** Relative column widths, e.g. [1, 3]; equal when left out. */
  columnWidths?: readonly number[];
  /** Tighter rows (2 pt above and below the text instead of 4), for documents that must fit a page. */
  compact?: boolean;
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: palette.rule } as const;
const HEADER_LINE = { style: BorderStyle.SINGLE, size: 8, color: palette.accent } as const;
// Borders are written on the table too, not only in its style, so every reader draws the same lines.
const TABLE_BORDERS = {
  top: LINE,
  bottom: LINE,
  left: NONE,
  right: NONE,
  insideHorizontal: LINE,
  insideVertical: NONE,
};

function percentages(count: number, weights: readonly number[] | undefined): number[] {
  const w =
    weights && weights.length === count
      ? weights.map((x) => Math.max(0.0001, x))
      : Array<number>(count).fill(1);
  const total = w.reduce((a, b) => a + b, 0);
  return w.map((x) => (x / total) * 100);
}

function cell(
  content: Inline,
  width: number,
  opts: { header?: boolean; key?: boolean; compact?: boolean } = {},
): TableCell {
  const pad = opts.compact ? 40 : 80;
  const style = opts.header
    ? { bold: true, color: palette.ink }
    : opts.key
      ? { bold: true, color: palette.muted }
      : {};
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    verticalAlign: VerticalAlign.TOP,
    margins: { top: pad, bottom: pad, left: 120, right: 120 },
    ...(opts.header
      ? {
          shading: { type: 'clear', color: 'auto', fill: palette.headerFill },
          borders: { bottom: HEADER_LINE },
        }
      : {}),
    children: [
      new Paragraph({
        children: toRuns(content, style),
        spacing: { before: 0, after: 0 },
        ...directionOfInline(content),
      }),
    ],
  });
}

function table(rows: TableRow[], widths: number[], headerRow: boolean): Table {
  return new Table({
    rows,
    style: headerRow ? styleIds.table : styleIds.keyValueTable,
    width: { size: 100, type: WidthType.PERCENTAGE },
    // The grid is in twips of the A4 text width; readers scale it to the real page.
    columnWidths: widths.map((p) => Math.round(p * 90.26)),
    borders: TABLE_BORDERS,
    tableLook: { firstRow: headerRow, noVBand: true },
  });
}

/** A two-column table of labels and values (e.g. "Next 1:1" → "Tue 14 May, 10:00"). */
export function keyValueTable(
  rows: readonly (readonly [Inline, Inline])[],
  opts: TableOptions = {},
): Table {
  const widths = percentages(2, opts.columnWidths ?? [1, 2.4]);
  return table(
    rows.map(
      ([k, v]) =>
        new TableRow({
          cantSplit: true,
          children: [cell(k, widths[0], { key: true }), cell(v, widths[1])],
        }),
    ),
    widths,
    false,
  );
}

/** A table with a shaded header row that repeats on every page. */
export function dataTable(
  headers: readonly Inline[],
  rows: readonly (readonly Inline[])[],
  opts: TableOptions = {},
): Table {
  const widths = percentages(headers.length, opts.columnWidths);
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: headers.map((h, i) => cell(h, widths[i], { header: true, compact: opts.compact })),
  });
  const body = rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: headers.map((_, i) => cell(r[i] ?? '', widths[i], { compact: opts.compact })),
      }),
  );
  return table([head, ...body], widths, true);
}

/**
 * A quote that holds lists or headings: one borderless cell with the quote's accent rule on
 * its left, so every block of the quote, nested lists included, stays inside it.
 * `indent` (twips) places it under a list item.
 */
export function quoteBlock(children: readonly FileChild[], indent = 0): Table {
  const rule = { style: BorderStyle.SINGLE, size: 18, color: palette.accent } as const;
  const blocks = children.filter(
    (b): b is Paragraph | Table => b instanceof Paragraph || b instanceof Table,
  );
  return new Table({
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: 100, type: WidthType.PERCENTAGE },
            margins: { top: 40, bottom: 40, left: 200, right: 120 },
            borders: { top: NONE, bottom: NONE, right: NONE, left: rule },
            children: blocks.length ? blocks : [new Paragraph({ children: [] })],
          }),
        ],
      }),
    ],
    width: { size: 100, type: WidthType.PERCENTAGE },
    indent: { size: 100 + indent, type: WidthType.DXA },
    borders: {
      top: NONE,
      bottom: NONE,
      left: NONE,
      right: NONE,
      insideHorizontal: NONE,
      insideVertical: NONE,
    },
  });
}
