// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { html, parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { Editor } from '@tiptap/core';
import { sanitizeRichText, type RichNode } from '../../../../../shared/domain/richtext';
import { createExtensions } from '../../extensions';
import { cleanPastedHtml } from './safePaste';
import { EVASION_PASTES } from './evasionCorpus';
import { HOSTILE_PASTES } from './hostileCorpus';

const CORPUS = [...HOSTILE_PASTES, ...EVASION_PASTES];
const ALLOWED_ATTRIBUTES = [
  'href',
  'start',
  'data-type',
  'data-checked',
  'data-id',
  'data-label',
  'data-kind',
];
type Node = DefaultTreeAdapterTypes.ChildNode;

// jsdom has no layout; ProseMirror asks for rectangles when scrolling the selection into view.
Range.prototype.getClientRects = () =>
  ({
    length: 0,
    item: () => null,
    [Symbol.iterator]: [][Symbol.iterator],
  }) as unknown as DOMRectList;
Range.prototype.getBoundingClientRect = () => new DOMRect();
// jsdom has no ClipboardEvent; ProseMirror only needs an event object to pass along.
if (!('ClipboardEvent' in globalThis)) {
  Object.assign(globalThis, {
    ClipboardEvent: class extends Event {
      clipboardData = null;
    },
  });
}

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

function pasteInto(html: string): RichNode {
  editor = new Editor({ extensions: createExtensions(), content: '', injectCSS: false });
  editor.view.pasteHTML(html);
  return editor.getJSON() as RichNode;
}

/** Every node type and attribute name of a document, to check nothing outside the schema survived. */
function inventory(
  n: RichNode,
  out = { types: new Set<string>(), attrs: new Set<string>(), hrefs: [] as string[] },
) {
  out.types.add(n.type);
  Object.keys(n.attrs ?? {}).forEach((a) => out.attrs.add(a));
  for (const m of n.marks ?? []) {
    out.types.add(m.type);
    if (typeof m.attrs?.href === 'string') out.hrefs.push(m.attrs.href);
  }
  n.content?.forEach((c) => inventory(c, out));
  return out;
}

describe('pasting hostile HTML', () => {
  it.each(CORPUS.map((p) => [p.name, p] as const))(
    '%s: keeps the words, drops the danger',
    (_name, sample) => {
      const doc = pasteInto(sample.html);
      const stored = sanitizeRichText(doc);
      const json = JSON.stringify(stored);
      const { types, attrs, hrefs } = inventory(doc);
      expect([...types].every((t) => !['image', 'script', 'iframe', 'codeBlock'].includes(t))).toBe(
        true,
      );
      expect([...attrs].every((a) => !/^on|^style$|^src$/i.test(a))).toBe(true);
      expect(hrefs.every((h) => /^(https?:|mailto:)/.test(h))).toBe(true);
      // Words stay words: the structure (everything but the text itself) carries nothing active.
      const structure = JSON.stringify(stored, (k, v: unknown) =>
        k === 'text' || k === 'label' ? '' : v,
      );
      expect(structure).not.toMatch(
        /javascript:|vbscript:|data:text|onerror|onload|onclick|<script|alert\(/i,
      );
      // And what the editor shows holds no element that could run or load anything.
      const dom = editor?.view.dom;
      expect(
        dom?.querySelectorAll(
          'script, iframe, object, embed, svg, img:not(.ProseMirror-separator), [onerror], [onclick], [onload], [style]',
        ).length,
      ).toBe(0);
      for (const word of sample.keeps) expect(json).toContain(word);
      // What the editor holds is already what is stored (bar the editor's own trigger character): the schema let nothing else through.
      expect(stored).toEqual(
        JSON.parse(
          JSON.stringify(doc, (k, v: unknown) => (k === 'mentionSuggestionChar' ? undefined : v)),
        ),
      );
    },
  );

  it('nothing in the corpus runs while being cleaned', () => {
    const w = window as unknown as { pwned?: number };
    for (const sample of CORPUS) cleanPastedHtml(sample.html);
    expect(w.pwned).toBeUndefined();
  });

  it('keeps safe formatting a user would expect to paste from a web page', () => {
    const doc = pasteInto(
      '<h2>Plan</h2><p><strong>Bold</strong> and <a href="https://example.com" onclick="x()">a link</a></p><ul><li>one</li></ul>',
    );
    expect(doc.content?.map((n) => n.type).slice(0, 3)).toEqual([
      'heading',
      'paragraph',
      'bulletList',
    ]);
    const link = doc.content?.[1].content?.find((n) => n.text === 'a link');
    expect(link?.marks).toEqual([
      { type: 'link', attrs: expect.objectContaining({ href: 'https://example.com' }) },
    ]);
  });
});

describe('cleanPastedHtml', () => {
  it('removes event handlers before parsing, however they are written, and keeps the text', () => {
    const out = cleanPastedHtml(
      `<p ONCLICK="a()" title="t">one</p><p onmouseover='b()' >two</p><b onload=c()>three</b><i\nonfocus="d()">four</i>`,
    );
    expect(out).not.toMatch(/on[a-z]+=/i);
    expect(out).toBe('<p>one</p><p>two</p><b>three</b><i>four</i>');
  });

  it('never hands the raw markup to the browser: no document is parsed by the DOM', () => {
    const parseFromString = vi.spyOn(DOMParser.prototype, 'parseFromString');
    const createDocument = vi.spyOn(document.implementation, 'createHTMLDocument');
    const setInner = vi.spyOn(Element.prototype, 'innerHTML', 'set');
    try {
      for (const sample of CORPUS) cleanPastedHtml(sample.html);
      expect(parseFromString).not.toHaveBeenCalled();
      expect(createDocument).not.toHaveBeenCalled();
      expect(setInner).not.toHaveBeenCalled();
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('a frameset document cleans to nothing, without throwing', () => {
    expect(
      cleanPastedHtml('<html><frameset onload="x()"><frame src="javascript:x"></frameset></html>'),
    ).toBe('');
  });

  it('keeps the body of a whole pasted document, and nothing of its head', () => {
    expect(
      cleanPastedHtml(
        '<!doctype html><html><head><title>T</title><style>p{}</style></head><body onload="x()"><p>words</p></body></html>',
      ),
    ).toBe('<p>words</p>');
  });

  it('whatever markup arrives, it never throws and only schema attributes come out', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '<p>',
        '</p>',
        '<a href="javascript:x">',
        '<a href="https://ok.example">',
        '</a>',
        '<img src=x onerror=y>',
        '<svg onload=z>',
        '<frameset>',
        '<frame>',
        '<script>',
        '</script>',
        '<style>',
        '<b style="c" onclick="d">',
        '<!--',
        '-->',
        '<table><tr><td>',
        '<span data-type="mention" data-id="i" onmouseover=e>',
        '"',
        "'",
        '=',
        '<',
        '>',
        '&#106;',
        '<noscript>',
        '<template>',
      ),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        // What the browser will make of the output, read by the same conformant parser.
        const again = parseFragment(cleanPastedHtml(pieces.join('')));
        const pending: Node[] = [...again.childNodes];
        for (let n = pending.pop(); n; n = pending.pop()) {
          if (!('tagName' in n)) continue;
          expect(n.namespaceURI).toBe(html.NS.HTML);
          expect(n.tagName).not.toMatch(
            /^(script|style|img|svg|math|iframe|frame|frameset|template|noscript|object|embed|base|meta|link)$/,
          );
          for (const a of n.attrs) {
            expect(ALLOWED_ATTRIBUTES).toContain(a.name);
            if (a.name === 'href') expect(a.value).toMatch(/^(https?:|mailto:)/i);
          }
          pending.push(...n.childNodes);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('leaves words that merely look like handlers alone', () => {
    expect(cleanPastedHtml('<p>set onclick=save in the form</p>')).toBe(
      '<p>set onclick=save in the form</p>',
    );
  });
});
