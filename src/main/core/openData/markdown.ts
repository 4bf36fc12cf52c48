import type {
  BlockContent,
  DefinitionContent,
  Html,
  List,
  ListItem,
  PhrasingContent,
  Root,
  RootContent,
} from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown, gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfm } from 'micromark-extension-gfm';
import {
  isSafeLink,
  sanitizeRichText,
  type RichDoc,
  type RichMark,
  type RichNode,
} from '../../../shared/domain/richtext';

/**
 * Rich text ⇄ Markdown (CommonMark with GitHub's tables, task lists and strikethrough).
 *
 * Everything the editor makes survives the round trip: what Markdown has no syntax for is
 * written as the small inline HTML every Markdown reader shows — `<u>` for underline,
 * `<mark>` for highlight, `<br>` for an empty paragraph — and a mention is a link to
 * `upward:<kind>/<id>` whose text is `@label`.
 */

/** The order marks are nested in, outermost first; parsed documents list marks in this order too. */
const MARK_ORDER = ['link', 'bold', 'italic', 'strike', 'underline', 'highlight', 'code'];
const HTML_MARKS: Record<string, string> = { underline: 'u', highlight: 'mark' };
const MENTION_URL = /^upward:(leader|meeting)\/(.+)$/;

type Block = BlockContent | DefinitionContent;

/** A string attribute of a node or mark, or '' when it is missing or not text. */
function attr(attrs: Record<string, unknown> | undefined, key: string): string {
  const v = attrs?.[key];
  return typeof v === 'string' ? v : '';
}

function markKey(m: RichMark): string {
  return m.type === 'link' ? `link:${attr(m.attrs, 'href')}` : m.type;
}

function sortedMarks(marks: RichMark[] | undefined): RichMark[] {
  return [...(marks ?? [])].sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type));
}

/** Inline rich nodes → phrasing content, grouping neighbours that share a mark so `**a *b***` stays one run. */
function inlineToMd(nodes: RichNode[], applied: Set<string>): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let i = 0;
  while (i < nodes.length) {
    const node = nodes[i];
    const pending = sortedMarks(node.marks).filter((m) => !applied.has(markKey(m)));
    const outer = pending[0];
    if (!outer) {
      out.push(...leafToMd(node));
      i += 1;
      continue;
    }
    const key = markKey(outer);
    let j = i + 1;
    while (j < nodes.length && (nodes[j].marks ?? []).some((m) => markKey(m) === key)) j += 1;
    const inner = inlineToMd(nodes.slice(i, j), new Set([...applied, key]));
    out.push(...wrapMark(outer, inner));
    i = j;
  }
  return out;
}

function wrapMark(mark: RichMark, children: PhrasingContent[]): PhrasingContent[] {
  switch (mark.type) {
    case 'bold':
      return [{ type: 'strong', children }];
    case 'italic':
      return [{ type: 'emphasis', children }];
    case 'strike':
      return [{ type: 'delete', children }];
    case 'link':
      return [{ type: 'link', url: attr(mark.attrs, 'href'), children }];
    case 'code':
      // Inline code holds plain text only; other marks wrap around it.
      return [{ type: 'inlineCode', value: children.map(phrasingText).join('') }];
    default: {
      const tag = HTML_MARKS[mark.type];
      if (!tag) return children;
      return [
        { type: 'html', value: `<${tag}>` },
        ...children,
        { type: 'html', value: `</${tag}>` },
      ];
    }
  }
}

function phrasingText(node: PhrasingContent): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if ('children' in node) return node.children.map(phrasingText).join('');
  return '';
}

function leafToMd(node: RichNode): PhrasingContent[] {
  switch (node.type) {
    case 'text':
      return [{ type: 'text', value: node.text ?? '' }];
    case 'hardBreak':
      return [{ type: 'break' }];
    case 'mention': {
      const kind = node.attrs?.kind === 'meeting' ? 'meeting' : 'leader';
      const label = typeof node.attrs?.label === 'string' ? node.attrs.label : '';
      return [
        {
          type: 'link',
          url: `upward:${kind}/${attr(node.attrs, 'id')}`,
          children: [{ type: 'text', value: `@${label}` }],
        },
      ];
    }
    default:
      return [];
  }
}

const EMPTY_PARAGRAPH: Html = { type: 'html', value: '<p></p>' };
const EMPTY_P_TAG = /^<p>\s*<\/p>$/i;
const BREAK_PARAGRAPH: Html = { type: 'html', value: '<p><br></p>' };
const BREAK_P_TAG = /^<p>\s*<br\s*\/?>\s*<\/p>$/i;

const BR: Html = { type: 'html', value: '<br>' };

/** Replaces every line break, however deep in marks, by `<br>`. */
function htmlBreaks(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes.map((n): PhrasingContent => {
    if (n.type === 'break') return BR;
    if (n.type === 'strong' || n.type === 'emphasis' || n.type === 'delete' || n.type === 'link') {
      return { ...n, children: htmlBreaks(n.children) };
    }
    return n;
  });
}

/**
 * Line breaks are written `<br>`, which also holds at the end of a block and keeps the spaces
 * after it; only a break that opens a paragraph is a backslash, since a line that starts with
 * `<br>` would be read as an HTML block.
 */
function paragraphBreaks(nodes: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = nodes;
  if (first?.type === 'break') return [first, ...htmlBreaks(rest)];
  return htmlBreaks(nodes);
}

function blockToMd(node: RichNode): Block[] {
  const content = node.content ?? [];
  switch (node.type) {
    case 'paragraph':
      if (!content.length) return [EMPTY_PARAGRAPH];
      if (content.length === 1 && content[0].type === 'hardBreak') return [BREAK_PARAGRAPH];
      return [{ type: 'paragraph', children: paragraphBreaks(inlineToMd(content, new Set())) }];
    case 'heading': {
      const level = node.attrs?.level;
      const depth = level === 2 ? 2 : level === 3 ? 3 : 1;
      return [{ type: 'heading', depth, children: htmlBreaks(inlineToMd(content, new Set())) }];
    }
    case 'blockquote':
      return [{ type: 'blockquote', children: content.flatMap(blockToMd) }];
    case 'horizontalRule':
      return [{ type: 'thematicBreak' }];
    case 'bulletList':
    case 'orderedList':
    case 'taskList': {
      const ordered = node.type === 'orderedList';
      const start = typeof node.attrs?.start === 'number' ? node.attrs.start : 1;
      const list: List = {
        type: 'list',
        ordered,
        spread: false,
        children: content.map((item): ListItem => {
          const children = (item.content ?? []).flatMap(blockToMd);
          // A task's box is written only before a paragraph, so a marker for an empty one goes inside one.
          const first = children[0];
          if (item.type === 'taskItem' && first?.type === 'html') {
            children[0] = { type: 'paragraph', children: [first] };
          }
          return {
            type: 'listItem',
            // A blank line between an item's blocks keeps a nested quote or list from reading as more text.
            spread: children.length > 1,
            checked: item.type === 'taskItem' ? item.attrs?.checked === true : null,
            children: children.length ? children : [EMPTY_PARAGRAPH],
          };
        }),
      };
      if (ordered) list.start = start;
      return [list];
    }
    default:
      return [];
  }
}

/** Writes a rich-text document as Markdown. */
export function richTextToMarkdown(doc: RichDoc): string {
  if (!doc) return '';
  const root: Root = { type: 'root', children: (doc.content ?? []).flatMap(blockToMd) };
  return toMarkdown(root, {
    extensions: [gfmToMarkdown()],
    bullet: '-',
    emphasis: '_',
    strong: '*',
    rule: '-',
    listItemIndent: 'one',
    resourceLink: true,
  });
}

// --- Markdown → rich text -------------------------------------------------------------

const OPEN_TAG = /^<(u|ins|mark)>$/i;
const CLOSE_TAG = /^<\/(u|ins|mark)>$/i;
const BR_TAG = /^<br\s*\/?>$/i;

function tagMark(tag: string): string {
  return tag.toLowerCase() === 'mark' ? 'highlight' : 'underline';
}

function withMark(marks: RichMark[], mark: RichMark): RichMark[] {
  return marks.some((m) => markKey(m) === markKey(mark)) ? marks : [...marks, mark];
}

function inlineFromMd(nodes: PhrasingContent[], marks: RichMark[]): RichNode[] {
  const out: RichNode[] = [];
  let active = marks;
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push(textNode(node.value, active));
        break;
      case 'inlineCode':
        out.push(textNode(node.value, withMark(active, { type: 'code' })));
        break;
      case 'strong':
        out.push(...inlineFromMd(node.children, withMark(active, { type: 'bold' })));
        break;
      case 'emphasis':
        out.push(...inlineFromMd(node.children, withMark(active, { type: 'italic' })));
        break;
      case 'delete':
        out.push(...inlineFromMd(node.children, withMark(active, { type: 'strike' })));
        break;
      case 'break':
        out.push({ type: 'hardBreak' });
        break;
      case 'link': {
        const mention = MENTION_URL.exec(node.url);
        if (mention) {
          const label = node.children.map(phrasingText).join('').replace(/^@/, '');
          out.push({ type: 'mention', attrs: { id: mention[2], label, kind: mention[1] } });
        } else if (isSafeLink(node.url)) {
          out.push(
            ...inlineFromMd(
              node.children,
              withMark(active, { type: 'link', attrs: { href: node.url } }),
            ),
          );
        } else {
          out.push(...inlineFromMd(node.children, active));
        }
        break;
      }
      case 'html': {
        const open = OPEN_TAG.exec(node.value);
        const close = CLOSE_TAG.exec(node.value);
        if (open) active = withMark(active, { type: tagMark(open[1]) });
        else if (close) active = active.filter((m) => m.type !== tagMark(close[1]));
        else if (BR_TAG.test(node.value)) out.push({ type: 'hardBreak' });
        else out.push(textNode(node.value, active));
        break;
      }
      case 'image':
        // Pictures are not part of an entry; their description keeps the words.
        if (node.alt) out.push(textNode(node.alt, active));
        break;
      default:
        if ('children' in node)
          out.push(...inlineFromMd(node.children as PhrasingContent[], active));
        else if ('value' in node && typeof node.value === 'string')
          out.push(textNode(node.value, active));
    }
  }
  return mergeText(out);
}

function textNode(text: string, marks: RichMark[]): RichNode {
  const sorted = sortedMarks(marks);
  return sorted.length ? { type: 'text', text, marks: sorted } : { type: 'text', text };
}

function sameMarks(a: RichNode, b: RichNode): boolean {
  const ka = (a.marks ?? []).map(markKey).join('|');
  const kb = (b.marks ?? []).map(markKey).join('|');
  return ka === kb;
}

/** Joins neighbouring text with the same marks, as the editor does. */
function mergeText(nodes: RichNode[]): RichNode[] {
  const out: RichNode[] = [];
  for (const n of nodes) {
    const last = out[out.length - 1];
    if (n.type === 'text' && !n.text) continue;
    if (last && last.type === 'text' && n.type === 'text' && sameMarks(last, n)) {
      out[out.length - 1] = { ...last, text: (last.text ?? '') + (n.text ?? '') };
    } else out.push(n);
  }
  return out;
}

function paragraph(content: RichNode[]): RichNode {
  return content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
}

function blocksFromMd(nodes: RootContent[]): RichNode[] {
  const out: RichNode[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph': {
        const html = node.children.every((c) => c.type === 'html')
          ? node.children.map((c) => (c.type === 'html' ? c.value : '')).join('')
          : null;
        if (html !== null && EMPTY_P_TAG.test(html)) out.push({ type: 'paragraph' });
        else if (html !== null && BREAK_P_TAG.test(html))
          out.push(paragraph([{ type: 'hardBreak' }]));
        else out.push(paragraph(inlineFromMd(node.children, [])));
        break;
      }
      case 'heading': {
        const level = Math.min(node.depth, 3);
        const content = inlineFromMd(node.children, []);
        out.push(
          content.length
            ? { type: 'heading', attrs: { level }, content }
            : { type: 'heading', attrs: { level } },
        );
        break;
      }
      case 'blockquote': {
        const content = blocksFromMd(node.children);
        out.push({ type: 'blockquote', content: content.length ? content : [paragraph([])] });
        break;
      }
      case 'thematicBreak':
        out.push({ type: 'horizontalRule' });
        break;
      case 'list':
        out.push(listFromMd(node));
        break;
      case 'code':
        // The editor has no code blocks: each line becomes a paragraph in code style.
        for (const line of node.value.split('\n')) {
          out.push(paragraph(line ? [textNode(line, [{ type: 'code' }])] : []));
        }
        break;
      case 'html':
        if (EMPTY_P_TAG.test(node.value.trim())) out.push({ type: 'paragraph' });
        else if (BREAK_P_TAG.test(node.value.trim())) out.push(paragraph([{ type: 'hardBreak' }]));
        else if (BR_TAG.test(node.value.trim())) out.push(paragraph([{ type: 'hardBreak' }]));
        else out.push(paragraph(inlineFromMd([{ type: 'text', value: node.value }], [])));
        break;
      case 'table':
        for (const row of node.children) {
          const cells = row.children.map((c) => inlineFromMd(c.children, []));
          const joined: RichNode[] = [];
          cells.forEach((c, k) => {
            if (k > 0) joined.push({ type: 'text', text: ' · ' });
            joined.push(...c);
          });
          out.push(paragraph(mergeText(joined)));
        }
        break;
      default:
        break;
    }
  }
  return out;
}

function listFromMd(list: List): RichNode {
  const isTask =
    !list.ordered &&
    list.children.length > 0 &&
    list.children.every((i) => typeof i.checked === 'boolean');
  const items = list.children.map((item): RichNode => {
    const content = blocksFromMd(item.children);
    const body =
      content.length && content[0].type === 'paragraph' ? content : [paragraph([]), ...content];
    return isTask
      ? { type: 'taskItem', attrs: { checked: item.checked === true }, content: body }
      : { type: 'listItem', content: body };
  });
  if (isTask) return { type: 'taskList', content: items };
  if (list.ordered) {
    return { type: 'orderedList', attrs: { start: list.start ?? 1 }, content: items };
  }
  return { type: 'bulletList', content: items };
}

/** Reads Markdown into a rich-text document the editor can show (null when there is nothing). */
export function markdownToRichText(markdown: string): RichDoc {
  const tree = fromMarkdown(markdown, {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  });
  const content = blocksFromMd(tree.children);
  if (!content.length) return null;
  return sanitizeRichText({ type: 'doc', content });
}
