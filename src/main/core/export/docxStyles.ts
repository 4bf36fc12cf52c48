import { AlignmentType, BorderStyle, LevelFormat } from 'docx';
import type { ILevelsOptions, INumberingOptions, IStylesOptions } from 'docx';

/**
 * The house look of every Word export: one palette, one type scale, one set of
 * named styles and list definitions, so an agenda, a profile and a journal range
 * read as parts of the same product.
 */

/** Colours (hex, no #) used across exports. */
export const palette = {
  ink: '1F2933',
  body: '323F4B',
  muted: '6B7785',
  accent: '2B5C8A',
  accentSoft: 'E8EFF6',
  rule: 'D3DBE3',
  headerFill: 'EEF2F6',
  codeFill: 'F1F3F5',
  mentionFill: 'E8EFF6',
  good: '2F7D4F',
  warn: 'A86200',
  bad: 'B23B3B',
} as const;

/**
 * Font names. Arial and Consolas ship with Windows and macOS Office; LibreOffice
 * maps Arial to the metric-compatible Liberation Sans, so pages break the same way.
 */
export const fonts = {
  body: 'Arial',
  heading: 'Arial',
  mono: 'Consolas',
  symbol: 'Segoe UI Symbol',
} as const;

/** Style ids callers may pass to `paragraph(…, { style })` or a run's `style`. */
export const styleIds = {
  quote: 'Quote',
  quoteText: 'QuoteText',
  caption: 'Caption',
  subtitle: 'Subtitle',
  title: 'Title',
  listContinue: 'ListContinue',
  taskItem: 'TaskItem',
  hyperlink: 'Hyperlink',
  mention: 'Mention',
  code: 'InlineCode',
  table: 'UpwardTable',
  keyValueTable: 'UpwardKeyValueTable',
} as const;

/** Numbering references for bullet and numbered lists. */
export const listRefs = { bullet: 'upward-bullet', number: 'upward-number' } as const;

/** Left indent, in twips, of list text at `level` (0-based). */
export function listIndent(level: number): number {
  return 360 + level * 360;
}

const pt = (n: number): number => Math.round(n * 2);
const space = (before: number, after: number): { before: number; after: number } => ({
  before: before * 20,
  after: after * 20,
});

const BULLETS = ['•', '◦', '▪'];
const NUMBER_FORMATS = [
  LevelFormat.DECIMAL,
  LevelFormat.LOWER_LETTER,
  LevelFormat.LOWER_ROMAN,
] as const;

function levels(kind: 'bullet' | 'number', start = 1): ILevelsOptions[] {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: kind === 'bullet' ? LevelFormat.BULLET : NUMBER_FORMATS[level % 3],
    text: kind === 'bullet' ? BULLETS[level % 3] : `%${level + 1}.`,
    start: level === 0 ? start : 1,
    alignment: AlignmentType.LEFT,
    style: {
      paragraph: {
        indent: { left: listIndent(level), hanging: 360 },
        spacing: { after: 60 },
        contextualSpacing: true,
      },
      run: kind === 'bullet' ? { color: palette.accent } : { color: palette.muted },
    },
  }));
}

/** The levels of a numbered list whose top level counts from `start`: 1., a., i., then again. */
export function numberLevels(start: number): ILevelsOptions[] {
  return levels('number', start);
}

/** The bullet and numbered list definitions every export registers. */
export function numberingConfig(): INumberingOptions {
  return {
    config: [
      { reference: listRefs.bullet, levels: levels('bullet') },
      { reference: listRefs.number, levels: levels('number') },
    ],
  };
}

const rule = (
  color: string,
  size = 4,
): { style: typeof BorderStyle.SINGLE; size: number; color: string; space: number } => ({
  style: BorderStyle.SINGLE,
  size,
  color,
  space: 1,
});

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const line = (side: string, size: number, color: string): string =>
  `<w:${side} w:val="single" w:sz="${size}" w:space="0" w:color="${color}"/>`;

// Table styles share their borders, margins and paragraph spacing; the data table adds a header row.
// Elements follow the schema's order (Word refuses files that do not).
function tableStyleXml(id: string, name: string, headerRow: boolean): string {
  const header = headerRow
    ? `<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:color w:val="${palette.ink}"/></w:rPr><w:tblPr/><w:trPr><w:tblHeader/></w:trPr>` +
      `<w:tcPr><w:tcBorders>${line('bottom', 8, palette.accent)}</w:tcBorders><w:shd w:val="clear" w:color="auto" w:fill="${palette.headerFill}"/></w:tcPr></w:tblStylePr>`
    : '';
  return (
    `<w:style w:type="table" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="40"/><w:qFormat/>` +
    `<w:pPr><w:spacing w:before="0" w:after="0" w:line="264" w:lineRule="auto"/></w:pPr>` +
    `<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblBorders>${line('top', 4, palette.rule)}${line('bottom', 4, palette.rule)}${line('insideH', 4, palette.rule)}</w:tblBorders>` +
    `<w:tblCellMar><w:top w:w="80" w:type="dxa"/><w:left w:w="120" w:type="dxa"/><w:bottom w:w="80" w:type="dxa"/><w:right w:w="120" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
    `${header}</w:style>`
  );
}

/**
 * The styles docx has no API for (the table styles), as a styles part that docx
 * merges with its own defaults and with `houseStyles()`.
 */
export function extraStylesXml(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W_NS}" xmlns:r="${R_NS}">${tableStyleXml(styleIds.table, 'Upward Table', true)}${tableStyleXml(styleIds.keyValueTable, 'Upward Key Value Table', false)}</w:styles>`;
}

/** The document's named styles: defaults, headings, quote, caption, list and inline styles, and the table style. */
export function houseStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: fonts.body, size: pt(10.5), color: palette.body },
        paragraph: { spacing: { after: 140, line: 288 } },
      },
      title: {
        run: { font: fonts.heading, size: pt(24), bold: true, color: palette.ink },
        paragraph: { spacing: space(0, 4), keepNext: true },
      },
      heading1: {
        run: { font: fonts.heading, size: pt(15), bold: true, color: palette.accent },
        paragraph: {
          spacing: space(20, 8),
          keepNext: true,
          keepLines: true,
          border: { bottom: rule(palette.rule, 4) },
        },
      },
      heading2: {
        run: { font: fonts.heading, size: pt(12.5), bold: true, color: palette.ink },
        paragraph: { spacing: space(14, 5), keepNext: true, keepLines: true },
      },
      heading3: {
        run: {
          font: fonts.heading,
          size: pt(10.5),
          bold: true,
          color: palette.accent,
          allCaps: true,
          characterSpacing: 10,
        },
        paragraph: { spacing: space(12, 4), keepNext: true, keepLines: true },
      },
      // Headings inside notes sit under the section's own heading: each level a step quieter.
      heading4: {
        run: { font: fonts.heading, size: pt(10.5), bold: true, color: palette.ink },
        paragraph: { spacing: space(10, 3), keepNext: true, keepLines: true },
      },
      heading5: {
        run: {
          font: fonts.heading,
          size: pt(10.5),
          bold: true,
          italics: true,
          color: palette.body,
        },
        paragraph: { spacing: space(8, 2), keepNext: true, keepLines: true },
      },
      heading6: {
        run: { font: fonts.heading, size: pt(10.5), italics: true, color: palette.muted },
        paragraph: { spacing: space(6, 2), keepNext: true, keepLines: true },
      },
      caption: {
        run: { size: pt(8.5), color: palette.muted, italics: false },
        paragraph: { spacing: space(2, 8) },
      },
      listParagraph: {
        paragraph: { spacing: { after: 60 }, contextualSpacing: true },
      },
      hyperlink: {
        run: { color: palette.accent, underline: { type: 'single', color: palette.accent } },
      },
    },
    paragraphStyles: [
      {
        id: styleIds.subtitle,
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: pt(12), color: palette.muted },
        paragraph: { spacing: space(0, 6) },
      },
      {
        id: styleIds.quote,
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { italics: true, color: palette.muted },
        paragraph: {
          indent: { left: 300, right: 360 },
          spacing: { before: 120, after: 160 },
          border: {
            left: { style: BorderStyle.SINGLE, size: 18, color: palette.accent, space: 10 },
          },
        },
      },
      {
        id: styleIds.quoteText,
        name: 'Quote Text',
        basedOn: 'Normal',
        next: 'Normal',
        run: { italics: true, color: palette.muted },
        paragraph: { spacing: { before: 40, after: 80 } },
      },
      {
        id: styleIds.listContinue,
        name: 'List Continue',
        basedOn: 'Normal',
        paragraph: { spacing: { after: 60 }, contextualSpacing: true },
      },
      {
        id: styleIds.taskItem,
        name: 'Task Item',
        basedOn: 'Normal',
        paragraph: { spacing: { after: 60 }, contextualSpacing: true },
      },
    ],
    characterStyles: [
      {
        id: styleIds.mention,
        name: 'Mention',
        basedOn: 'DefaultParagraphFont',
        run: { color: palette.accent, bold: true },
      },
      {
        id: styleIds.code,
        name: 'Inline Code',
        basedOn: 'DefaultParagraphFont',
        run: {
          font: fonts.mono,
          size: pt(9.5),
          shading: { type: 'clear', color: 'auto', fill: palette.codeFill },
        },
      },
    ],
  };
}
