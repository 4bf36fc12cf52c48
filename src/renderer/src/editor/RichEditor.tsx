import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import type { SuggestionKeyDownProps, SuggestionProps } from '@tiptap/suggestion';
import { sanitizeRichText, type RichDoc, type RichNode } from '../../../shared/domain/richtext';
import { api } from '../lib/api';
import { useNavigate } from '../lib/router';
import { createExtensions } from './extensions';
import type {
  MentionItem,
  MentionNodeAttrs,
  MentionSource,
} from './extensions/richMention/richMention';
import { LinkDialog } from './LinkDialog';
import { MentionMenu, type MentionMenuState } from './MentionMenu';
import { Toolbar } from './Toolbar';
import './editor.css';

/** Props of the rich-text editor used wherever text is rich (journal, notes, profile). */
export interface RichEditorProps {
  /** The document (the editor's JSON), or null when empty. */
  value: RichDoc;
  /** Called with the cleaned document after every change (null when emptied). */
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

/**
 * The one rich-text editor of the app (Tiptap). The editor lives outside React's
 * render cycle (`shouldRerenderOnTransaction: false`); the toolbar reads its state
 * with `useEditorState`. Links open only in the system browser; pasted HTML is
 * cleaned; what reaches `onChange` holds only what the stored format allows.
 */
export function RichEditor({
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
  const lastEmitted = useRef(serialize(value));
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

  const editor = useEditor({
    extensions,
    content: (value ?? '') as RichNode | string,
    autofocus: autoFocus ? 'end' : false,
    injectCSS: false,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
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
        if (id) navigate(kind === 'meeting' ? `/meetings/${id}` : `/leaders/${id}`);
        return true;
      },
      handleKeyDown: (_view, event) => {
        if ((event.ctrlKey || event.metaKey) && event.altKey && event.key.toLowerCase() === 'k') {
          setLinkOpen(true);
          return true;
        }
        return false;
      },
    },
    onUpdate: ({ editor: e }) => {
      const doc = e.isEmpty ? null : sanitizeRichText(e.getJSON() as RichNode);
      lastEmitted.current = serialize(doc);
      onChangeRef.current(doc);
    },
  });

  // A new value from outside (another entry, a reload) replaces the content without echoing back.
  useEffect(() => {
    const next = serialize(value);
    if (next === lastEmitted.current) return;
    lastEmitted.current = next;
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
}
