// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { generateHTML, type Editor } from '@tiptap/core';
import {
  RICH_MARKS,
  RICH_NODES,
  sanitizeRichText,
  type RichNode,
} from '../../../shared/domain/richtext';
import { createExtensions } from './extensions';
import { polyfillEditorDom, testEditor, typeText } from './testing';

polyfillEditorDom();
let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

const t = (text: string, marks?: RichNode['marks']): RichNode =>
  marks ? { type: 'text', text, marks } : { type: 'text', text };
const p = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content });

/** A document using every node and mark the editor offers. */
const EVERYTHING: RichNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [t('Title')] },
    { type: 'heading', attrs: { level: 2 }, content: [t('Section')] },
    { type: 'heading', attrs: { level: 3 }, content: [t('Sub')] },
    p(
      t('bold', [{ type: 'bold' }]),
      t(' '),
      t('italic', [{ type: 'italic' }]),
      t(' '),
      t('under', [{ type: 'underline' }]),
      t(' '),
      t('struck', [{ type: 'strike' }]),
      t(' '),
      t('marked', [{ type: 'highlight' }]),
      t(' '),
      t('code', [{ type: 'code' }]),
      t(' '),
      t('site', [{ type: 'link', attrs: { href: 'https://example.com' } }]),
      { type: 'hardBreak' },
      { type: 'mention', attrs: { id: 'l1', label: 'Dana', kind: 'leader' } },
      t(' and '),
      { type: 'mention', attrs: { id: 'm1', label: '1:1 on 3 March', kind: 'meeting' } },
    ),
    { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('bullet'))] }] },
    {
      type: 'orderedList',
      attrs: { start: 3 },
      content: [{ type: 'listItem', content: [p(t('third'))] }],
    },
    {
      type: 'taskList',
      content: [
        { type: 'taskItem', attrs: { checked: true }, content: [p(t('done'))] },
        { type: 'taskItem', attrs: { checked: false }, content: [p(t('todo'))] },
      ],
    },
    { type: 'blockquote', content: [p(t('quoted'))] },
    { type: 'horizontalRule' },
    p(t('end')),
  ],
};

describe('the editor schema', () => {
  it('holds every node and mark of the stored format, and gives back exactly what it was given', () => {
    editor = testEditor(EVERYTHING);
    const out = sanitizeRichText(editor.getJSON() as RichNode);
    expect(out).toEqual(EVERYTHING);
    const used = JSON.stringify(EVERYTHING);
    for (const type of [...RICH_NODES, ...RICH_MARKS]) expect(used).toContain(`"type":"${type}"`);
  });

  it('renders links and mentions as inert HTML', () => {
    const html = generateHTML(EVERYTHING as Parameters<typeof generateHTML>[0], createExtensions());
    expect(html).toContain(
      '<a rel="noopener noreferrer nofollow" href="https://example.com">site</a>',
    );
    expect(html).toContain(
      '<span data-type="mention" class="mention" data-id="l1" data-label="Dana" data-mention-suggestion-char="@" data-kind="leader">@Dana</span>',
    );
    expect(html).toContain('<mark>marked</mark>');
    expect(html).not.toContain('target=');
  });

  it.each([
    ['# ', 'heading', { level: 1 }],
    ['## ', 'heading', { level: 2 }],
    ['### ', 'heading', { level: 3 }],
    ['- ', 'bulletList', undefined],
    ['1. ', 'orderedList', undefined],
    ['[ ] ', 'taskList', undefined],
    ['> ', 'blockquote', undefined],
  ])('turns "%s" typed at the start of a line into a %s', (typed, type, attrs) => {
    editor = testEditor('');
    typeText(editor, `${typed}words`);
    const first = (editor.getJSON() as RichNode).content?.[0];
    expect(first?.type).toBe(type);
    if (attrs) expect(first?.attrs).toMatchObject(attrs);
    expect(editor.getText()).toContain('words');
  });

  it.each([
    ['**strong** ', 'bold'],
    ['*slanted* ', 'italic'],
    ['~~gone~~ ', 'strike'],
    ['==marked== ', 'highlight'],
    ['`code` ', 'code'],
  ])('turns Markdown "%s" into %s', (typed, mark) => {
    editor = testEditor('');
    typeText(editor, typed);
    const marks = (editor.getJSON() as RichNode).content?.[0].content?.[0].marks?.map(
      (m) => m.type,
    );
    expect(marks).toEqual([mark]);
  });

  it('links a typed web address, but never a script address', () => {
    editor = testEditor('');
    typeText(editor, 'see example.com and javascript:alert(1) ');
    const json = JSON.stringify(editor.getJSON());
    expect(json).toContain('"href":"https://example.com"');
    expect(json).not.toContain('"href":"javascript');
  });

  it('applies the usual keyboard shortcuts through its commands', () => {
    editor = testEditor('<p>word</p>');
    editor.commands.selectAll();
    for (const c of [
      'toggleBold',
      'toggleItalic',
      'toggleUnderline',
      'toggleStrike',
      'toggleHighlight',
    ] as const)
      editor.commands[c]();
    const marks = (editor.getJSON() as RichNode).content?.[0].content?.[0].marks
      ?.map((m) => m.type)
      .sort();
    expect(marks).toEqual(['bold', 'highlight', 'italic', 'strike', 'underline']);
  });
});
