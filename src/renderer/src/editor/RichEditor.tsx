import { memo, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { EditorOptions } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import type { SuggestionKeyDownProps, SuggestionProps } from '@tiptap/suggestion';
import { sanitizeRichText, type RichDoc, type RichNode } from '../../../shared/domain/richtext';
import { api } from '../lib/api';
import { useNavigate } from '../lib/router';
import { CORE_EXTENSIONS, createExtensions } from './extensions';
import type {
  MentionItem,
  MentionNodeAttrs,
  MentionSource,
} from './extensions/richMention/richMention';
import { LinkDialog } from './LinkDialog';
import { registerPendingReport } from './pendingSaves';
import { MentionMenu, type MentionMenuState } from './MentionMenu';
import { Toolbar } from './Toolbar';
import './editor.css';

/** Props of the rich-text editor used wherever text is rich (journal, notes, profile). */
export interface RichEditorProps {
  /** The document (the editor's JSON), or null when empty. */
  value: RichDoc;
  /**
   * Called with the cleaned document once the user pauses (and on blur, before a lock and
   * when the editor goes away): never on every key, so typing costs nothing proportional
   * to the document's size. Null when emptied.
   */
  onChange: (doc: RichDoc) => void;
  /** Accessible name of the text area, e.g. "Entry text". */
  label: string;
  placeholder?: string;
  /** Enables @-mentions, looked up here. */
  mentionSource?: MentionSource;
  /** A smaller toolbar, for short notes. */
  minimal?: boolean;
  /** Puts the caret at the end of the text once the editor is shown (a new entry starts here). */
  autoFocus?: boolean;
}

const serialize = (doc: RichDoc | undefined): string => JSON.stringify(doc ?? null);

/** How long typing must pause before the document is read out of the editor for saving. */
export const EMIT_IDLE_MS = 300;

/**
 * The one rich-text editor of the app (Tiptap). The editor lives outside React's
 * render cycle (`shouldRerenderOnTransaction: false`); the toolbar reads its state
 * with `useEditorState`. Links open only in the system browser; pasted HTML is
 * cleaned; what reaches `onChange` holds only what the stored format allows. It renders again
 * only when its props change: a screen that re-renders around it (a save starting or ending)
 * leaves it alone when it passes the same value and callbacks.
 */
export const RichEditor = memo(function RichEditor({
  value,
  onChange,
  label,
  placeholder,
  mentionSource,
  minimal,
  autoFocus,
}: RichEditorProps): ReactNode {
  const navigate = useNavigate();
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const sourceRef = useRef(mentionSource);
  sourceRef.current = mentionSource;
  /** The value last sent to `onChange` (or received), so it is not set back into the editor. */
  const lastEmitted = useRef<{ doc: RichDoc; json: string | null }>({ doc: value, json: null });
  const emitTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** When the document last changed (`Date.now()`). */
  const lastChange = useRef(0);
  /** Reads the document out of the editor and reports it; set once the editor exists. */
  const emitNow = useRef<() => void>(() => undefined);
  const [menu, setMenu] = useState<MentionMenuState | null>(null);
  const menuRef = useRef<MentionMenuState | null>(null);
  menuRef.current = menu;
  const [linkOpen, setLinkOpen] = useState(false);
  const listboxId = useId();

  const extensions = useMemo(() => {
    const show = (p: SuggestionProps<MentionItem, MentionNodeAttrs>): void =>
      setMenu((prev) => ({
        items: p.items,
        index:
          prev && prev.query === p.query
            ? Math.min(prev.index, Math.max(0, p.items.length - 1))
            : 0,
        rect: p.clientRect?.() ?? null,
        query: p.query,
        pick: (item) => p.command(item),
      }));
    const onKeyDown = ({ event }: SuggestionKeyDownProps): boolean => {
      const m = menuRef.current;
      if (!m) return false;
      if (event.key === 'Escape') {
        setMenu(null);
        return true;
      }
      if (m.items.length === 0) return false;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setMenu({ ...m, index: (m.index + step + m.items.length) % m.items.length });
        return true;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        m.pick(m.items[m.index]);
        return true;
      }
      return false;
    };
    return createExtensions({
      placeholder,
      openLink: (href) => void api.app.openExternal({ url: href }).catch(() => undefined),
      mentionSource: mentionSource
        ? (q) => sourceRef.current?.(q) ?? Promise.resolve([])
        : undefined,
      renderMentions: () => ({
        onStart: show,
        onUpdate: show,
        onKeyDown,
        onExit: () => setMenu(null),
      }),
    });
    // The editor is built once; later prop changes are read through refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const navigateRef = useRef(navigate);
  navigateRef.current = navigate;
  /**
   * Built once: a new object on each render would make Tiptap hand the props to ProseMirror
   * again (a whole view update) whenever the screen around the editor re-renders, e.g. when
   * a save starts and ends.
   */
  const editorProps = useMemo<NonNullable<EditorOptions['editorProps']>>(
    () => ({
      attributes: {
        class: 'rte-content',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        spellcheck: 'true',
      },
      handleClick: (_view, _pos, event) => {
        const target =
          event.target instanceof Element ? event.target.closest('[data-type="mention"]') : null;
        if (!target || !(event.ctrlKey || event.metaKey)) return false;
        const id = target.getAttribute('data-id');
        const kind = target.getAttribute('data-kind');
        if (id) navigateRef.current(kind === 'meeting' ? `/meetings/${id}` : `/leaders/${id}`);
        return true;
      },
      handleKeyDown: (_view, event) => {
        if ((event.ctrlKey || event.metaKey) && event.altKey && event.key.toLowerCase() === 'k') {
          setLinkOpen(true);
          return true;
        }
        return false;
      },
    }),
    [label],
  );

  const [initialContent] = useState(() => (value ?? '') as RichNode | string);
  const editor = useEditor({
    extensions,
    enableCoreExtensions: CORE_EXTENSIONS,
    // The first value only: later ones are set by the effect below (a changed option would
    // make Tiptap reconfigure the editor on every render).
    content: initialContent,
    autofocus: autoFocus ? 'end' : false,
    injectCSS: false,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps,
    // Only notes when something changed: reading the document out waits for a pause. One timer
    // per pause, not one per key: when it fires early it waits out the rest of the pause.
    onUpdate: () => {
      lastChange.current = Date.now();
      if (emitTimer.current !== null) return;
      const wait = (ms: number): void => {
        emitTimer.current = setTimeout(() => {
          const rest = lastChange.current + EMIT_IDLE_MS - Date.now();
          if (rest > 1) wait(rest);
          else emitNow.current();
        }, ms);
      };
      wait(EMIT_IDLE_MS);
    },
    onBlur: () => emitNow.current(),
  });

  emitNow.current = () => {
    if (emitTimer.current === null) return;
    clearTimeout(emitTimer.current);
    emitTimer.current = null;
    if (editor.isDestroyed) return;
    const doc = editor.isEmpty ? null : sanitizeRichText(editor.getJSON() as RichNode);
    lastEmitted.current = { doc, json: null };
    onChangeRef.current(doc);
  };

  // What is typed reaches the caller before a lock, and when the editor goes away.
  useEffect(() => {
    const unregister = registerPendingReport(() => emitNow.current());
    return () => {
      unregister();
      emitNow.current();
    };
  }, []);

  // A new value from outside (another entry, a reload) replaces the content without echoing
  // back. The value the editor itself reported comes back as the same object: nothing to do.
  useEffect(() => {
    const last = lastEmitted.current;
    if (value === last.doc) return;
    const next = serialize(value);
    last.json ??= serialize(last.doc);
    if (next === last.json) return;
    lastEmitted.current = { doc: value, json: next };
    editor.commands.setContent((value ?? '') as RichNode | string, { emitUpdate: false });
  }, [value, editor]);

  // While the mention menu is open, the text area points at the chosen option for screen readers.
  useEffect(() => {
    const dom = editor.view.dom;
    if (menu && menu.items.length) {
      dom.setAttribute('aria-controls', listboxId);
      dom.setAttribute('aria-activedescendant', `${listboxId}-${menu.index}`);
    } else {
      dom.removeAttribute('aria-controls');
      dom.removeAttribute('aria-activedescendant');
    }
  }, [menu, editor, listboxId]);

  const currentHref = linkOpen ? String(editor.getAttributes('link').href ?? '') : '';
  const closeLink = (): void => {
    setLinkOpen(false);
    editor.commands.focus();
  };

  return (
    <div className={`rte${minimal ? ' rte-minimal' : ''}`}>
      <Toolbar editor={editor} label={label} minimal={minimal} onLink={() => setLinkOpen(true)} />
      <EditorContent editor={editor} className="rte-body" />
      {menu && <MentionMenu state={menu} id={listboxId} />}
      {linkOpen && (
        <LinkDialog
          open
          initial={currentHref}
          onClose={closeLink}
          onOpen={(href) => void api.app.openExternal({ url: href }).catch(() => undefined)}
          onRemove={() => {
            editor.chain().focus().extendMarkRange('link').unsetLink().run();
            setLinkOpen(false);
          }}
          onApply={(href) => {
            const { empty } = editor.state.selection;
            if (empty && !editor.isActive('link')) {
              editor
                .chain()
                .focus()
                .insertContent({
                  type: 'text',
                  text: href,
                  marks: [{ type: 'link', attrs: { href } }],
                })
                .run();
            } else {
              editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
            }
            setLinkOpen(false);
          }}
        />
      )}
    </div>
  );
});
