import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * When the page's caret sits at the end of a text node, moves it to the same place one level
 * up (just after that node), through the selection's own range. ProseMirror writes a typed
 * character by replacing the text node's whole text, which puts a caret inside that node back
 * at its start, and it then sets the caret again with `Selection.collapse`: in Chromium that
 * lays out the whole page in the middle of the key (about 2 ms a key in a long entry). A caret
 * after the node is left where it is by the rewrite, and ProseMirror finds it already in the
 * right place. Moving a range does not lay the page out (`collapse` and `isCollapsed` do, so
 * neither is used here); the frame's own layout then follows the key.
 */
export function keepCaretAfterText(view: EditorView): void {
  const sel = view.dom.ownerDocument.getSelection();
  if (!sel || sel.rangeCount !== 1) return;
  const node = sel.focusNode;
  if (
    !node ||
    node.nodeType !== Node.TEXT_NODE ||
    sel.anchorNode !== node ||
    sel.anchorOffset !== sel.focusOffset ||
    sel.focusOffset !== (node.nodeValue ?? '').length ||
    !node.parentNode ||
    !view.dom.contains(node.parentNode)
  )
    return;
  const range = sel.getRangeAt(0);
  range.setEndAfter(node);
  range.setStartAfter(node);
}

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
            if (!view.someProp('handleTextInput', (f) => f(view, from, to, text, insert))) {
              if (from === to) keepCaretAfterText(view);
              view.dispatch(insert());
            }
            return true;
          },
        },
      }),
    ];
  },
});
