// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Editor } from '@tiptap/core';
import { CORE_EXTENSIONS, createExtensions } from '../../extensions';
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

  it('leaves the caret in place at the end of the text rather than setting it again', () => {
    // An editor in the page, so the page's selection can be in it.
    const element = document.body.appendChild(document.createElement('div'));
    editor = new Editor({
      element,
      extensions: createExtensions(),
      enableCoreExtensions: CORE_EXTENSIONS,
      content: '<p>Hello</p><p>world</p>',
      injectCSS: false,
    });
    const e = editor;
    // jsdom only focuses elements it knows as focusable; ProseMirror syncs the caret when focused.
    e.view.dom.tabIndex = 0;
    e.view.dom.focus();
    expect(e.view.hasFocus()).toBe(true);
    e.commands.setTextSelection(6); // the end of "Hello"
    const sel = document.getSelection();
    const hello = element.querySelector('p')?.firstChild;
    if (!hello) throw new Error('The paragraph has no text.');
    sel?.collapse(hello, 5);
    const collapse = vi.spyOn(Selection.prototype, 'collapse');
    const caret = (): [string, number] => [sel?.focusNode?.nodeName ?? '', sel?.focusOffset ?? -1];
    typeKeys(e, ' there');
    // `collapse` lays the whole page out in Chromium; it was not needed for any of these keys.
    expect(collapse).not.toHaveBeenCalled();
    expect(e.getHTML()).toBe('<p>Hello there</p><p>world</p>');
    expect(caret()).toEqual(['P', 1]); // just after the paragraph's text: the same place
    expect(e.state.selection.from).toBe(12);
    // In the middle of a word the caret is set as before, and where ProseMirror says.
    e.commands.setTextSelection(3);
    typeKeys(e, 'X');
    expect(e.getText()).toBe('HeXllo there\n\nworld');
    expect(caret()).toEqual(['#text', 3]);
    expect(e.state.selection.from).toBe(4);
    collapse.mockRestore();
    element.remove();
  });
});
