// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import type { SuggestionProps } from '@tiptap/suggestion';
import { polyfillEditorDom, testEditor, typeText } from '../../testing';
import type { MentionItem } from './richMention';
import type { RichNode } from '../../../../../shared/domain/richtext';

polyfillEditorDom();
let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

const PEOPLE: MentionItem[] = [
  { id: 'l1', label: 'Dana Reyes', kind: 'leader' },
  { id: 'm1', label: '1:1 with Dana, 3 March', kind: 'meeting' },
];

describe('mentions', () => {
  it('offers matches after "@" and inserts the chosen one with its id, label and kind', async () => {
    let last: SuggestionProps<MentionItem> | null = null;
    const queries: string[] = [];
    editor = testEditor('', {
      mentionSource: async (q) => {
        queries.push(q);
        return PEOPLE.filter((p) => p.label.toLowerCase().includes(q.toLowerCase()));
      },
      renderMentions: () => ({
        onStart: (props) => void (last = props),
        onUpdate: (props) => void (last = props),
      }),
    });
    typeText(editor, 'Talked to @da');
    await new Promise((r) => setTimeout(r, 20));
    expect(queries.at(-1)).toBe('da');
    expect(last).not.toBeNull();
    const props = last as unknown as SuggestionProps<MentionItem>;
    expect(props.items.map((i) => i.id)).toEqual(['l1', 'm1']);
    props.command(PEOPLE[1]);
    const para = editor.getJSON().content?.[0];
    expect(para?.content?.[1]).toMatchObject({
      type: 'mention',
      attrs: { id: 'm1', label: '1:1 with Dana, 3 March', kind: 'meeting' },
    });
    expect(editor.getText()).toContain('Talked to @1:1 with Dana, 3 March');
  });

  it('reads a mention back from HTML with its kind', () => {
    editor = testEditor(
      '<p><span data-type="mention" data-id="l1" data-label="Dana" data-kind="meeting">@Dana</span></p>',
    );
    expect((editor.getJSON() as RichNode).content?.[0].content?.[0].attrs).toMatchObject({
      id: 'l1',
      label: 'Dana',
      kind: 'meeting',
    });
  });
});
