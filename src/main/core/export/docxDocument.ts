import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
} from 'docx';
import type { FileChild } from 'docx';
import { extraStylesXml, houseStyles, numberingConfig, palette, styleIds } from './docxStyles';
import { cleanText, directionOfInline, toRuns, type Inline } from './docxInline';

export { palette, styleIds } from './docxStyles';
export { toRuns, textRun, textRuns, cleanText, type Inline, type RunStyle } from './docxInline';
export {
  bulletList,
  numberedList,
  checklist,
  type ListItem,
  type ChecklistItem,
} from './docxLists';
export { keyValueTable, dataTable, type TableOptions } from './docxTables';

/** What a document is: its title (shown on the first page and in the file's properties) and who made it. */
export interface DocMeta {
  title: string;
  /** A line under the title, e.g. "1:1 with Dana Reyes · Tuesday 14 May 2026". */
  subtitle?: string;
  /** The export author name from settings; "Upward" when not set. */
  author?: string;
  /** Stored in the file's properties. */
  description?: string;
}

/** A block of the body, or several (so list helpers can be passed without spreading). */
export type DocBlock = FileChild | readonly FileChild[];

/** Layout choices for a whole document. */
export interface BuildOptions {
  /** Paper size; A4 unless the user's locale prefers Letter. */
  pageSize?: 'a4' | 'letter';
  /** Leave out the title and subtitle at the top (for documents that lay out their own). */
  titleBlock?: boolean;
}

const PAGE = {
  a4: { width: 11906, height: 16838 },
  letter: { width: 12240, height: 15840 },
} as const;
const MARGIN = { top: 1247, bottom: 1247, left: 1304, right: 1304, header: 624, footer: 567 };

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

/** Options for a body paragraph. */
export interface ParagraphOptions {
  /** A named style, e.g. `styleIds.quote`. */
  style?: string;
  alignment?: keyof typeof ALIGN;
  bold?: boolean;
  italic?: boolean;
  /** Grey secondary text. */
  muted?: boolean;
  /** Font size in points. */
  size?: number;
  /** Keep this paragraph on the same page as the next one. */
  keepNext?: boolean;
  /** Space after the paragraph, in points. */
  spaceAfter?: number;
}

/** A paragraph of body text (or of a named style). */
export function paragraph(content: Inline, opts: ParagraphOptions = {}): Paragraph {
  const runs = toRuns(content, {
    ...(opts.bold ? { bold: true } : {}),
    ...(opts.italic ? { italics: true } : {}),
    ...(opts.muted ? { color: palette.muted } : {}),
    ...(opts.size ? { size: Math.round(opts.size * 2) } : {}),
  });
  return new Paragraph({
    children: runs,
    style: opts.style,
    alignment: opts.alignment ? ALIGN[opts.alignment] : undefined,
    keepNext: opts.keepNext,
    ...directionOfInline(content),
    ...(opts.spaceAfter !== undefined
      ? { spacing: { after: Math.round(opts.spaceAfter * 20) } }
      : {}),
  });
}

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

/** A section heading (Heading 1–3 styles, so Word's navigation pane lists it); `spaceBefore` in points overrides the style's. */
export function heading(
  content: Inline,
  level: 1 | 2 | 3,
  opts: { spaceBefore?: number } = {},
): Paragraph {
  return new Paragraph({
    children: toRuns(content),
    heading: HEADINGS[level],
    ...(opts.spaceBefore === undefined
      ? {}
      : { spacing: { before: Math.round(opts.spaceBefore * 20), after: 160 } }),
    ...directionOfInline(content),
  });
}

/** Small grey text, e.g. under a table or after a generated date. */
export function caption(content: Inline): Paragraph {
  return new Paragraph({
    children: toRuns(content),
    style: styleIds.caption,
    ...directionOfInline(content),
  });
}

/** A blank gap of `points` height (default 8 pt) between blocks. */
export function spacer(points = 8): Paragraph {
  return new Paragraph({
    children: [],
    spacing: { before: 0, after: 0, line: Math.round(points * 20), lineRule: 'exact' },
  });
}

function titleBlock(meta: DocMeta): Paragraph[] {
  const out = [
    new Paragraph({
      children: toRuns(meta.title),
      heading: HeadingLevel.TITLE,
      ...directionOfInline(meta.title),
    }),
  ];
  if (meta.subtitle)
    out.push(
      new Paragraph({
        children: toRuns(meta.subtitle),
        style: styleIds.subtitle,
        ...directionOfInline(meta.subtitle),
      }),
    );
  // A short accent rule closes the title block.
  out.push(
    new Paragraph({
      children: [],
      spacing: { before: 60, after: 240, line: 20, lineRule: 'exact' },
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: palette.accent, space: 1 } },
      indent: { right: 7200 },
    }),
  );
  return out;
}

function footer(title: string, textWidth: number): Footer {
  const small = { size: 16, color: palette.muted };
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: palette.rule, space: 6 } },
        children: [
          new TextRun({ ...small, text: cleanText(title) }),
          new TextRun({
            ...small,
            children: ['\tPage ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}

/**
 * Builds a .docx in the house style: the title block, then `body`, on pages with
 * a footer that names the document and numbers the pages.
 */
export async function buildDocx(
  meta: DocMeta,
  body: readonly DocBlock[],
  opts: BuildOptions = {},
): Promise<Uint8Array> {
  const page = PAGE[opts.pageSize ?? 'a4'];
  const textWidth = page.width - MARGIN.left - MARGIN.right;
  const author = meta.author?.trim() || 'Upward';
  const doc = new Document({
    title: cleanText(meta.title),
    creator: cleanText(author),
    lastModifiedBy: cleanText(author),
    description: meta.description === undefined ? undefined : cleanText(meta.description),
    externalStyles: extraStylesXml(),
    styles: houseStyles(),
    numbering: numberingConfig(),
    features: { updateFields: false },
    sections: [
      {
        properties: { page: { size: page, margin: MARGIN } },
        footers: { default: footer(meta.title, textWidth) },
        children: [...(opts.titleBlock === false ? [] : titleBlock(meta)), ...body.flat()],
      },
    ],
  });
  const buffer = await Packer.toBuffer(doc);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
