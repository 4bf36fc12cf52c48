import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
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

const VALUE = `(?:"[^"]*"|'[^']*'|[^\\s"'=<>\`]+)`;
const ATTRIBUTE = `\\s+[^\\s"'=<>/]+(?:\\s*=\\s*${VALUE})?`;
/** An event-handler attribute inside a tag (`<img onerror=…>`), never inside another attribute's quoted value. */
const EVENT_ATTR = new RegExp(
  `(<[a-zA-Z][^\\s/>]*(?:${ATTRIBUTE})*?)\\s+on[a-z]+\\s*=\\s*${VALUE}`,
  'gi',
);

/**
 * Removes event-handler attributes from the markup before it is parsed at all. The
 * browser would never run them (the page's CSP forbids inline handlers and the parse
 * happens in a detached document), but it reports each one as a policy violation
 * while parsing; the parse below removes whatever this pass misses.
 */
function stripEventAttributes(html: string): string {
  let out = html;
  for (let prev = ''; prev !== out;) {
    prev = out;
    out = out.replace(EVENT_ATTR, '$1');
  }
  return out;
}

/**
 * Cleans pasted HTML before the editor reads it: active and remote content is
 * removed, and only attributes the editor's schema uses survive. It is parsed in a
 * detached document, so nothing in it runs or loads while being cleaned.
 */
export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(stripEventAttributes(html), 'text/html');
  doc.querySelectorAll(DROP.join(',')).forEach((el) => el.remove());
  doc.body.querySelectorAll('*').forEach((el) => {
    const keep = KEEP[el.localName] ?? [];
    for (const attr of [...el.attributes]) {
      if (!keep.includes(attr.name)) el.removeAttribute(attr.name);
    }
    if (el.localName === 'a' && !isSafeLink(el.getAttribute('href'))) el.removeAttribute('href');
  });
  return doc.body.innerHTML;
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
