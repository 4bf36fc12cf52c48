import { z } from 'zod';
import { richTextLimitProblem } from './richTextLimits';

/**
 * Rich text is stored as the editor's ProseMirror JSON. Only the nodes and marks the
 * editor offers are allowed; everything else is dropped by `sanitizeRichText`, in the
 * renderer before saving and again in core before it reaches disk.
 */
export const RICH_NODES = [
  'doc',
  'paragraph',
  'text',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
  'taskList',
  'taskItem',
  'blockquote',
  'hardBreak',
  'horizontalRule',
  'mention',
] as const;
export const RICH_MARKS = [
  'bold',
  'italic',
  'underline',
  'strike',
  'highlight',
  'link',
  'code',
] as const;

export type RichMark = { type: string; attrs?: Record<string, unknown> };
export type RichNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichNode[];
  marks?: RichMark[];
  text?: string;
};

const RichMarkSchema = z.object({
  type: z.string().max(40),
  attrs: z.record(z.string(), z.unknown()).optional(),
});
export const RichNodeSchema: z.ZodType<RichNode> = z.lazy(() =>
  z.object({
    type: z.string().max(40),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(RichNodeSchema).optional(),
    marks: z.array(RichMarkSchema).optional(),
    text: z.string().optional(),
  }),
);

/**
 * A rich-text document (the editor's JSON), or null when empty. Its size and depth are
 * checked first (`RICH_TEXT_LIMITS`), without recursion, before its shape is parsed.
 */
export const RichDoc = z
  .unknown()
  .superRefine((value, ctx) => {
    const problem = richTextLimitProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .pipe(
    RichNodeSchema.refine((n) => n.type === 'doc', 'Rich text must be a document').nullable(),
  ) as unknown as z.ZodType<RichNode | null, RichNode | null>;
export type RichDoc = RichNode | null;

const SAFE_LINK = /^(https?:|mailto:)/i;

/** True when a link target may be opened: only web and mail links, never scripts or files. */
export function isSafeLink(href: unknown): href is string {
  return typeof href === 'string' && SAFE_LINK.test(href.trim());
}

const nodeSet = new Set<string>(RICH_NODES);
const markSet = new Set<string>(RICH_MARKS);

function cleanAttrs(
  type: string,
  attrs: Record<string, unknown> | undefined,
): Record<string, unknown> | undefined {
  if (!attrs) return undefined;
  const out: Record<string, unknown> = {};
  const keep = (k: string, ok: (v: unknown) => boolean): void => {
    if (k in attrs && ok(attrs[k])) out[k] = attrs[k];
  };
  switch (type) {
    case 'heading':
      keep('level', (v) => typeof v === 'number' && v >= 1 && v <= 3);
      break;
    case 'orderedList':
      keep('start', (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1e6);
      break;
    case 'taskItem':
      keep('checked', (v) => typeof v === 'boolean');
      break;
    case 'mention':
      keep('id', (v) => typeof v === 'string' && v.length <= 200);
      keep('label', (v) => typeof v === 'string' && v.length <= 200);
      keep('kind', (v) => v === 'leader' || v === 'meeting');
      break;
    case 'link':
      if (isSafeLink(attrs.href)) out.href = String(attrs.href).trim();
      break;
    case 'highlight':
      break;
  }
  return Object.keys(out).length ? out : undefined;
}

function cleanNode(node: RichNode): RichNode | null {
  if (!nodeSet.has(node.type)) {
    // Keep the text of unknown inline content rather than losing the user's words.
    if (typeof node.text === 'string') return { type: 'text', text: node.text };
    return null;
  }
  const out: RichNode = { type: node.type };
  const attrs = cleanAttrs(node.type, node.attrs);
  if (attrs) out.attrs = attrs;
  if (node.type === 'text') {
    if (typeof node.text !== 'string' || node.text.length === 0) return null;
    out.text = node.text;
    const marks = (node.marks ?? [])
      .filter((m) => markSet.has(m.type))
      .map((m) => {
        const a = cleanAttrs(m.type, m.attrs);
        return a ? { type: m.type, attrs: a } : { type: m.type };
      })
      // A link whose target was unsafe keeps its text but loses the link.
      .filter((m) => m.type !== 'link' || m.attrs?.href);
    if (marks.length) out.marks = marks;
    return out;
  }
  if (node.content) {
    const content = node.content.map(cleanNode).filter((n): n is RichNode => n !== null);
    if (content.length) out.content = content;
  }
  return out;
}

/** Returns a copy of `doc` holding only allowed nodes, marks and attributes. */
export function sanitizeRichText(doc: RichDoc): RichDoc {
  if (!doc || doc.type !== 'doc') return null;
  return cleanNode(doc);
}

/** The ids of the leaders a document mentions, in the order they appear. */
export function mentionedLeaderIds(doc: RichDoc | undefined): string[] {
  const ids: string[] = [];
  const walk = (n: RichNode): void => {
    if (n.type === 'mention' && typeof n.attrs?.id === 'string' && n.attrs.kind !== 'meeting')
      if (!ids.includes(n.attrs.id)) ids.push(n.attrs.id);
    n.content?.forEach(walk);
  };
  if (doc) walk(doc);
  return ids;
}

/** The plain text of a document, for search, previews and plain exports. */
export function richTextToPlain(doc: RichDoc | undefined): string {
  if (!doc) return '';
  const parts: string[] = [];
  const walk = (n: RichNode): void => {
    if (n.type === 'text' && n.text) parts.push(n.text);
    else if (n.type === 'mention')
      parts.push(`@${typeof n.attrs?.label === 'string' ? n.attrs.label : ''}`);
    else if (n.type === 'hardBreak') parts.push('\n');
    n.content?.forEach(walk);
    if (n.type !== 'text' && n.type !== 'mention' && n.type !== 'doc' && n.type !== 'hardBreak') {
      parts.push('\n');
    }
  };
  walk(doc);
  return parts
    .join('')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Builds a one-paragraph document from plain text (used by templates and tests). */
export function plainToRichText(text: string): RichDoc {
  const paragraphs = text.split(/\n+/).filter(Boolean);
  return {
    type: 'doc',
    content: paragraphs.map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p }] })),
  };
}
