import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { html as html5, parse, serialize, type DefaultTreeAdapterTypes } from 'parse5';
import { isSafeLink } from '../../../../../shared/domain/richtext';

/** Elements whose whole content is dropped from pasted HTML: active, embedded or remote content. */
const DROP = [
  'script',
  'style',
  'link',
  'meta',
  'base',
  'title',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'img',
  'picture',
  'video',
  'audio',
  'source',
  'track',
  'svg',
  'math',
  'canvas',
  'template',
  'noscript',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'option',
  'head',
  // Raw-text and legacy elements whose content is markup-looking text, never words to keep.
  'xmp',
  'plaintext',
  'noframes',
  'noembed',
  'bgsound',
  'param',
  'portal',
  'fencedframe',
];

/** Attributes that carry meaning the editor understands; everything else (events, styles, ids) goes. */
const KEEP: Record<string, readonly string[]> = {
  a: ['href'],
  ol: ['start'],
  ul: ['data-type'],
  li: ['data-type', 'data-checked'],
  span: ['data-type', 'data-id', 'data-label', 'data-kind'],
  mark: [],
};

/** Attribute values the editor accepts; any other value of these attributes is dropped. */
const VALID: Record<string, (value: string) => boolean> = {
  href: (v) => isSafeLink(v),
  'data-id': (v) => /^[A-Za-z0-9_-]{1,64}$/.test(v),
  'data-kind': (v) => v === 'leader' || v === 'meeting',
};

/** The parts of a parsed tree the cleaner looks at. */
type Node = DefaultTreeAdapterTypes.Node;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

const isElement = (n: Node): n is DefaultTreeAdapterTypes.Element => 'tagName' in n;
const hasChildren = (n: Node): n is ParentNode & Node => 'childNodes' in n;

/**
 * Cleans pasted HTML before the editor reads it: active and remote content is removed, and only
 * attributes the editor's schema uses survive.
 *
 * The markup is parsed by parse5, the WHATWG-conformant HTML parser in JavaScript, into plain
 * objects — not by the browser. Even an inert document (DOMParser, createHTMLDocument, a
 * template) inherits the page's Content Security Policy, and the browser checks every inline
 * handler, style and base URL it parses against it, reporting each as a violation. Here the
 * browser only ever sees the cleaned result, which holds nothing a policy could object to.
 * Whole documents, framesets and malformed markup parse as a browser would parse them.
 */
export function cleanPastedHtml(html: string): string {
  const doc = parse(html);
  const root = doc.childNodes.find((n) => isElement(n) && n.tagName === 'html');
  const body =
    root && hasChildren(root)
      ? root.childNodes.find((n) => isElement(n) && n.tagName === 'body')
      : undefined;
  // A frameset document has no body: nothing in it is text a user meant to paste.
  if (!body || !hasChildren(body)) return '';
  // Walked with a stack, not recursion, so that absurdly deep markup cannot exhaust it.
  const pending: (ParentNode & Node)[] = [body];
  for (let parent = pending.pop(); parent; parent = pending.pop()) {
    parent.childNodes = parent.childNodes.filter((child) => {
      if (child.nodeName === '#text') return true;
      if (!isElement(child)) return false;
      if (child.namespaceURI !== html5.NS.HTML || DROP.includes(child.tagName)) return false;
      const keep = KEEP[child.tagName] ?? [];
      child.attrs = child.attrs.filter(
        (a) => !a.prefix && keep.includes(a.name) && (VALID[a.name]?.(a.value) ?? true),
      );
      // A mention whose id did not survive is only its words.
      if (!child.attrs.some((a) => a.name === 'data-id'))
        child.attrs = child.attrs.filter((a) => a.name !== 'data-type' || a.value !== 'mention');
      pending.push(child);
      return true;
    });
  }
  return serialize(body);
}

/** Cleans everything pasted or dropped into the editor as HTML (see `cleanPastedHtml`). */
export const SafePaste = Extension.create({
  name: 'safePaste',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('safePaste'),
        props: { transformPastedHTML: (html) => cleanPastedHtml(html) },
      }),
    ];
  },
});
