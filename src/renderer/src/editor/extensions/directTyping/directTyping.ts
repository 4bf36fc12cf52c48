import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';

/**
 * A typed character goes into the document directly, the way ProseMirror itself inserts
 * one over a selection that spans blocks, rather than letting the browser edit the page and
 * reading the change back. The browser's own insertion lays the whole page out inside the
 * key's event (to show the caret), and ProseMirror then has to find and parse what changed:
 * together about half of a key's work in a long entry. The character still passes through
 * every `handleTextInput` handler (Markdown input rules, mentions, autolinks), and
 * composition (IME, dead keys), pasting, dictation and deleting keep the browser's path.
 */
export const DirectTyping = Extension.create({
  name: 'directTyping',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('directTyping'),
        props: {
          // ProseMirror only asks this for keys that produce a character outside a composition
          // (no Ctrl without Alt, no Cmd); returning true makes it cancel the browser's insertion.
          handleKeyPress: (view, event) => {
            if (!event.charCode || event.isComposing) return false;
            const text = String.fromCodePoint(event.charCode);
            if (/[\r\n]/.test(text)) return false;
            const sel = view.state.selection;
            // Other selections already take this path inside ProseMirror.
            if (!(sel instanceof TextSelection) || !sel.$from.sameParent(sel.$to)) return false;
            const { from, to } = sel;
            const insert = () => view.state.tr.insertText(text, from, to).scrollIntoView();
            if (!view.someProp('handleTextInput', (f) => f(view, from, to, text, insert)))
              view.dispatch(insert());
            return true;
          },
        },
      }),
    ];
  },
});
