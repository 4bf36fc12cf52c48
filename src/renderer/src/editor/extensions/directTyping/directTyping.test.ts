// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Editor } from '@tiptap/core';
import { polyfillEditorDom, testEditor } from '../../testing';

polyfillEditorDom();
let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
  vi.useRealTimers();
});

/** Presses a character key the way the browser reports it; true when the editor took it over. */
function press(e: Editor, ch: string, init: KeyboardEventInit = {}): boolean {
  const event = new KeyboardEvent('keypress', {
    charCode: ch.codePointAt(0),
    cancelable: true,
    ...init,
  });
  return e.view.someProp('handleKeyPress', (f) => f(e.view, event)) ?? false;
}

const typeKeys = (e: Editor, text: string): void => {
  for (const ch of text) press(e, ch);
};

describe('typing straight into the document', () => {
  it('inserts each typed character itself, so the browser does not edit the page', () => {
    editor = testEditor('<p>Hello</p>');
    editor.commands.focus('end');
    expect(press(editor, '!')).toBe(true);
    expect(editor.getText()).toBe('Hello!');
  });

  it('keeps the Markdown shortcuts, autolinks and marks of the text around the caret', () => {
    editor = testEditor('<p></p>');
    editor.commands.focus('end');
    typeKeys(editor, '**bold** and example.com ');
    const json = JSON.stringify(editor.getJSON());
    expect(json).toContain('"type":"bold"');
    expect(json).toContain('https://example.com');
    editor.commands.setContent('<p><em>slanted</em></p>');
    editor.commands.focus('end');
    typeKeys(editor, ' more');
    expect(editor.getHTML()).toBe('<p><em>slanted more</em></p>');
  });

  it('replaces the selected text, and leaves shortcuts, compositions and line breaks to their own paths', () => {
    editor = testEditor('<p>one two</p>');
    editor.commands.setTextSelection({ from: 5, to: 8 });
    press(editor, 'X');
    expect(editor.getText()).toBe('one X');
    expect(press(editor, 'b', { ctrlKey: true })).toBe(true); // ProseMirror skips these before asking
    expect(press(editor, 'a', { isComposing: true })).toBe(false);
    expect(press(editor, '\r')).toBe(false);
    expect(editor.getText()).toBe('one Xb');
  });

  it('scrolls the caret into view once the frame is drawn, once for all the keys of that frame', async () => {
    editor = testEditor('<p>Hello</p>');
    const view = editor.view as unknown as typeof editor.view & { scrollToSelection(): void };
    const scroll = vi.spyOn(view, 'scrollToSelection');
    // Three keys asking ProseMirror to show the caret: it is not measured while they are handled.
    for (let i = 0; i < 3; i++)
      expect(view.someProp('handleScrollToSelection', (f) => f(view))).toBe(true);
    expect(scroll).not.toHaveBeenCalled();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 5)));
    expect(scroll).toHaveBeenCalledTimes(1);
  });
});
