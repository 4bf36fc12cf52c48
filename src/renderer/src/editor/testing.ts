import { Editor } from '@tiptap/core';
import { CORE_EXTENSIONS, createExtensions, type EditorExtensionOptions } from './extensions';

/** jsdom has no layout or clipboard events; ProseMirror only needs these to exist. */
export function polyfillEditorDom(): void {
  Range.prototype.getClientRects = () =>
    ({
      length: 0,
      item: () => null,
      [Symbol.iterator]: [][Symbol.iterator],
    }) as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = () => new DOMRect();
  if (!('ClipboardEvent' in globalThis)) {
    Object.assign(globalThis, {
      ClipboardEvent: class extends Event {
        clipboardData = null;
      },
    });
  }
}

/** A headless editor with the app's extensions, for tests. */
export function testEditor(content: unknown = '', opts: EditorExtensionOptions = {}): Editor {
  return new Editor({
    extensions: createExtensions(opts),
    enableCoreExtensions: CORE_EXTENSIONS,
    content: content as string,
    injectCSS: false,
  });
}

/** Types text as a user would, so Markdown input rules and autolinks run. */
export function typeText(editor: Editor, text: string): void {
  for (const ch of text) {
    const { from, to } = editor.state.selection;
    const handled = editor.view.someProp('handleTextInput', (f) =>
      f(editor.view, from, to, ch, () => editor.state.tr.insertText(ch, from, to)),
    );
    if (!handled) editor.view.dispatch(editor.state.tr.insertText(ch, from, to));
  }
}
