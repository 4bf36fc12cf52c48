import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

/** Runs `fn` once the browser has drawn the next frame: the layout is then up to date, and reading it costs nothing. */
function afterNextFrame(fn: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(fn, 0));
  else setTimeout(fn, 0);
}

/**
 * Keeps the caret in view without laying the page out on every key. ProseMirror scrolls
 * the selection into view as soon as a key's change is applied, and measuring the caret
 * there makes the browser lay out the whole page at once, in the middle of the key's
 * script (about 2 ms a key in a long entry), and then again for the frame. Here the same
 * scroll is done once the next frame has been drawn, with the layout that frame computed:
 * one frame later, and once however many keys that frame held.
 */
export const DeferredScroll = Extension.create({
  name: 'deferredScroll',
  addProseMirrorPlugins() {
    /** A scroll is waiting for the next frame. */
    let pending = false;
    /** The waited-for scroll is running: ProseMirror does it now. */
    let scrolling = false;
    return [
      new Plugin({
        key: new PluginKey('deferredScroll'),
        props: {
          handleScrollToSelection: (view) => {
            if (scrolling) return false;
            if (!pending) {
              pending = true;
              afterNextFrame(() => {
                pending = false;
                if (view.isDestroyed) return;
                scrolling = true;
                try {
                  // ProseMirror's own scroll (margins, nested scrollers), without a transaction;
                  // an empty transaction asking for the scroll does the same where it is missing.
                  const own = (view as unknown as { scrollToSelection?: () => void })
                    .scrollToSelection;
                  if (typeof own === 'function') own.call(view);
                  else view.dispatch(view.state.tr.scrollIntoView());
                } finally {
                  scrolling = false;
                }
              });
            }
            return true;
          },
        },
      }),
    ];
  },
});
