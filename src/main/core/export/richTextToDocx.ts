import { BorderStyle, ExternalHyperlink, HeadingLevel, Paragraph, TextRun } from 'docx';
import type { FileChild, ParagraphChild } from 'docx';
import {
  isSafeLink,
  type RichDoc,
  type RichMark,
  type RichNode,
} from '../../../shared/domain/richtext';
import { listIndent, palette, styleIds } from './docxStyles';
import { directionOf, textRuns, type RunStyle } from './docxInline';
import { quoteBlock } from './docxTables';
import {
  closeList,
  listContinuation,
  listParagraph,
  newListInstance,
  taskParagraph,
  type ListLine,
  type ListPlace,
} from './docxLists';

/** How rich text is placed in a document. */
export interface RichTextDocxOptions {
  /** The current name of a mentioned leader or meeting; the label saved in the text is used when this gives nothing. */
  resolveMention?: (id: string, kind: string) => string | undefined;
  /**
   * Demotes the text's headings by this many levels, so its Heading 1–3 sit under the
   * section's own heading as three distinct levels (e.g. 1 under a Heading 1 section: 2–4).
   */
  headingOffset?: 0 | 1 | 2;
  /**
   * Places the text under a list item at this level (0-based), aligned with the item's text:
   * paragraphs indented to it, lists nested one step further. Left out: at the margin.
   */
  underItemLevel?: number;
}

interface Ctx {
  opts: RichTextDocxOptions;
  /** In a quote made of paragraphs (Quote style) or in a quote box holding lists or headings. */
  quote: false | 'paragraph' | 'box';
  muted: boolean;
  /** Extra left indent of every block, in twips (text under a list item). */
  shift: number;
}

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

function plainText(node: RichNode): string {
  if (typeof node.text === 'string') return node.text;
  return (node.content ?? []).map(plainText).join('');
}

function linkOf(node: RichNode): string | undefined {
  const href = node.marks?.find((m) => m.type === 'link')?.attrs?.href;
  return isSafeLink(href) ? href.trim() : undefined;
}

function formatFor(marks: readonly RichMark[], ctx: Ctx, linked: boolean): RunStyle {
  const has = (t: string): boolean => marks.some((m) => m.type === t);
  const f: { -readonly [K in keyof RunStyle]: RunStyle[K] } = {};
  if (has('bold')) f.bold = true;
  if (has('italic')) f.italics = true;
  if (has('underline')) f.underline = { type: 'single' };
  if (has('strike')) f.strike = true;
  if (has('highlight')) f.highlight = 'yellow';
  if (linked) f.style = styleIds.hyperlink;
  else if (has('code')) f.style = styleIds.code;
  if (ctx.quote === 'box' && !has('italic')) f.italics = true;
  if ((ctx.muted || ctx.quote === 'box') && !linked) f.color = palette.muted;
  return f;
}

function mentionRun(node: RichNode, ctx: Ctx): TextRun[] {
  const id = typeof node.attrs?.id === 'string' ? node.attrs.id : '';
  const kind = typeof node.attrs?.kind === 'string' ? node.attrs.kind : 'leader';
  const saved = typeof node.attrs?.label === 'string' ? node.attrs.label : '';
  const label = (id && ctx.opts.resolveMention?.(id, kind)) || saved || id || '…';
  return textRuns(`@${label}`, { style: styleIds.mention });
}

function inlineRuns(node: RichNode, ctx: Ctx, linked: boolean): TextRun[] {
  switch (node.type) {
    case 'text':
      return textRuns(node.text ?? '', formatFor(node.marks ?? [], ctx, linked));
    case 'hardBreak':
      return [new TextRun({ break: 1 })];
    case 'mention':
      return mentionRun(node, ctx);
    default:
      // Inline content the exporter does not know keeps its words.
      return textRuns(plainText(node), ctx.muted ? { color: palette.muted } : {});
  }
}

/** Inline nodes to runs; neighbouring text with the same safe link becomes one real hyperlink. */
function inline(nodes: readonly RichNode[] | undefined, ctx: Ctx): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const list = nodes ?? [];
  for (let i = 0; i < list.length;) {
    const href = list[i].type === 'text' ? linkOf(list[i]) : undefined;
    if (!href) {
      out.push(...inlineRuns(list[i], ctx, false));
      i += 1;
      continue;
    }
    const runs: TextRun[] = [];
    while (i < list.length && list[i].type === 'text' && linkOf(list[i]) === href) {
      runs.push(...inlineRuns(list[i], ctx, true));
      i += 1;
    }
    out.push(new ExternalHyperlink({ link: href, children: runs }));
  }
  return out;
}

/** The left indent a paragraph needs for the context's shift, or nothing at the margin. */
function shifted(ctx: Ctx, extra = 0): { indent?: { left: number } } {
  return ctx.shift > 0 ? { indent: { left: ctx.shift + extra } } : {};
}

const QUOTE_INDENT = 300;

function body(node: RichNode, children: ParagraphChild[], ctx: Ctx): Paragraph {
  const style =
    ctx.quote === 'paragraph'
      ? styleIds.quote
      : ctx.quote === 'box'
        ? styleIds.quoteText
        : undefined;
  return new Paragraph({
    children,
    style,
    ...shifted(ctx, ctx.quote === 'paragraph' ? QUOTE_INDENT : 0),
    ...directionOf(plainText(node)),
  });
}

function headingOf(node: RichNode, ctx: Ctx): Paragraph {
  const raw = typeof node.attrs?.level === 'number' ? node.attrs.level : 1;
  const own = Math.max(1, Math.min(3, Math.round(raw)));
  const level = Math.min(HEADINGS.length, own + (ctx.opts.headingOffset ?? 0));
  return new Paragraph({
    children: inline(node.content, ctx),
    heading: HEADINGS[level - 1],
    ...shifted(ctx),
    ...directionOf(plainText(node)),
  });
}

/**
 * A quote holding more than paragraphs (a list, a heading, another quote) is drawn as a box
 * with the quote's left rule, so everything it holds stays visibly inside it.
 */
function quote(node: RichNode, ctx: Ctx): FileChild[] {
  const kids = node.content ?? [];
  if (kids.every((k) => k.type === 'paragraph'))
    return blocks(kids, { ...ctx, quote: ctx.quote || 'paragraph' });
  const inside = blocks(kids, { ...ctx, quote: 'box', shift: 0 });
  return inside.length ? [quoteBlock(inside, ctx.shift)] : [];
}

function rule(ctx: Ctx): Paragraph {
  return new Paragraph({
    ...shifted(ctx),
    children: [],
    spacing: { before: 120, after: 240 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: palette.rule, space: 1 } },
  });
}

const isList = (n: RichNode): boolean =>
  n.type === 'bulletList' || n.type === 'orderedList' || n.type === 'taskList';

/** The blocks of a list item after its first line: more paragraphs, nested lists, anything else. */
function itemRest(
  nodes: readonly RichNode[],
  ctx: Ctx,
  level: number,
  parent?: ListPlace,
): ListLine[] {
  return nodes.flatMap((n): ListLine[] => {
    if (n.type === 'bulletList' || n.type === 'orderedList') return list(n, ctx, level + 1, parent);
    if (n.type === 'taskList') return tasks(n, ctx, level + 1);
    if (n.type === 'paragraph') {
      const runs = inline(n.content, ctx);
      const dir = directionOf(plainText(n));
      return [(last) => listContinuation(runs, level, { last, shift: ctx.shift, ...dir })];
    }
    return blocks([n], ctx).map((block) => () => block);
  });
}

function firstLine(
  nodes: readonly RichNode[],
  ctx: Ctx,
): { runs: ParagraphChild[]; rest: readonly RichNode[] } {
  const [first, ...rest] = nodes;
  if (!first || isList(first)) return { runs: [], rest: nodes };
  if (first.type === 'paragraph' || first.type === 'heading')
    return { runs: inline(first.content, ctx), rest };
  return { runs: textRuns(plainText(first)), rest };
}

function list(node: RichNode, ctx: Ctx, level: number, parent?: ListPlace): ListLine[] {
  const kind = node.type === 'orderedList' ? 'number' : 'bullet';
  // A nested list of the same kind continues its parent's list one level down, as Word does.
  const sameKind = parent?.kind === kind;
  const instance = sameKind && parent ? parent.instance : newListInstance();
  const ownStart =
    kind === 'number' && typeof node.attrs?.start === 'number' ? node.attrs.start : undefined;
  const place: ListPlace = { kind, level, instance, start: sameKind ? parent?.start : ownStart };
  return (node.content ?? []).flatMap((item) => {
    const { runs, rest } = firstLine(item.content ?? [], ctx);
    const line = { shift: ctx.shift, ...directionOf(plainText(item.content?.[0] ?? item)) };
    return [
      (last) => listParagraph(runs, place, { last, ...line }),
      ...itemRest(rest, ctx, level, place),
    ];
  });
}

function tasks(node: RichNode, ctx: Ctx, level: number): ListLine[] {
  return (node.content ?? []).flatMap((item) => {
    const done = item.attrs?.checked === true;
    const itemCtx = { ...ctx, muted: ctx.muted || done };
    const { runs, rest } = firstLine(item.content ?? [], itemCtx);
    const line = { shift: ctx.shift, ...directionOf(plainText(item.content?.[0] ?? item)) };
    return [
      (last) => taskParagraph(runs, done, level, { last, ...line }),
      ...itemRest(rest, itemCtx, level),
    ];
  });
}

function blocks(nodes: readonly RichNode[] | undefined, ctx: Ctx): FileChild[] {
  return (nodes ?? []).flatMap((node): FileChild[] => {
    switch (node.type) {
      case 'paragraph':
        return [body(node, inline(node.content, ctx), ctx)];
      case 'heading':
        return [headingOf(node, ctx)];
      case 'bulletList':
      case 'orderedList':
        return closeList(list(node, ctx, 0));
      case 'taskList':
        return closeList(tasks(node, ctx, 0));
      case 'blockquote':
        return quote(node, ctx);
      case 'horizontalRule':
        return [rule(ctx)];
      case 'text':
      case 'mention':
      case 'hardBreak':
        return [body(node, inline([node], ctx), ctx)];
      default: {
        // A block the exporter does not know: keep its blocks, or at least its words.
        const kids = node.content ?? [];
        const hasBlocks = kids.some(
          (k) => k.type !== 'text' && k.type !== 'mention' && k.type !== 'hardBreak',
        );
        if (hasBlocks) return blocks(kids, ctx);
        const text = plainText(node);
        return kids.length || text
          ? [body(node, kids.length ? inline(kids, ctx) : textRuns(text), ctx)]
          : [];
      }
    }
  });
}

/** Converts the editor's rich text to Word paragraphs in the house style, node by node. */
export function richTextToDocx(doc: RichDoc, opts: RichTextDocxOptions = {}): FileChild[] {
  if (!doc) return [];
  const under = opts.underItemLevel;
  const ctx: Ctx = {
    opts,
    quote: false,
    muted: false,
    shift: under === undefined ? 0 : listIndent(under),
  };
  return doc.type === 'doc' ? blocks(doc.content, ctx) : blocks([doc], ctx);
}
