import { useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Editor } from '@tiptap/core';
import { redoDepth, undoDepth } from '@tiptap/pm/history';
import type { EditorState } from '@tiptap/pm/state';
import { useEditorState } from '@tiptap/react';
import {
  Bold,
  Heading1,
  Heading2,
  Heading3,
  Highlighter,
  Italic,
  Link as LinkIcon,
  List,
  ListChecks,
  ListOrdered,
  Redo2,
  Strikethrough,
  TextQuote,
  Underline,
  Undo2,
} from 'lucide-react';

const MOD = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';

interface Tool {
  id: string;
  label: string;
  icon: ReactNode;
  shortcut?: string;
  /** The ARIA shortcut notation, e.g. `Control+B`. */
  aria?: string;
  run: (e: Editor) => void;
  active?: (e: Editor) => boolean;
  enabled?: (e: Editor) => boolean;
  minimal?: boolean;
  /** Starts a new group (a separator before it). */
  group?: boolean;
}

const chain = (e: Editor) => e.chain().focus();

/** Every button of the toolbar, in order. */
function tools(onLink: () => void): Tool[] {
  return [
    {
      id: 'bold',
      label: 'Bold',
      icon: <Bold size={16} />,
      shortcut: `${MOD}B`,
      aria: 'Control+B',
      run: (e) => chain(e).toggleBold().run(),
      active: (e) => e.isActive('bold'),
      minimal: true,
    },
    {
      id: 'italic',
      label: 'Italic',
      icon: <Italic size={16} />,
      shortcut: `${MOD}I`,
      aria: 'Control+I',
      run: (e) => chain(e).toggleItalic().run(),
      active: (e) => e.isActive('italic'),
      minimal: true,
    },
    {
      id: 'underline',
      label: 'Underline',
      icon: <Underline size={16} />,
      shortcut: `${MOD}U`,
      aria: 'Control+U',
      run: (e) => chain(e).toggleUnderline().run(),
      active: (e) => e.isActive('underline'),
    },
    {
      id: 'strike',
      label: 'Strikethrough',
      icon: <Strikethrough size={16} />,
      shortcut: `${MOD}Shift+S`,
      aria: 'Control+Shift+S',
      run: (e) => chain(e).toggleStrike().run(),
      active: (e) => e.isActive('strike'),
    },
    {
      id: 'highlight',
      label: 'Highlight',
      icon: <Highlighter size={16} />,
      shortcut: `${MOD}Shift+H`,
      aria: 'Control+Shift+H',
      run: (e) => chain(e).toggleHighlight().run(),
      active: (e) => e.isActive('highlight'),
      minimal: true,
    },
    {
      id: 'link',
      label: 'Link',
      icon: <LinkIcon size={16} />,
      run: () => onLink(),
      active: (e) => e.isActive('link'),
      minimal: true,
    },
    {
      id: 'h1',
      group: true,
      label: 'Heading 1',
      icon: <Heading1 size={16} />,
      shortcut: `${MOD}Alt+1`,
      aria: 'Control+Alt+1',
      run: (e) => chain(e).toggleHeading({ level: 1 }).run(),
      active: (e) => e.isActive('heading', { level: 1 }),
    },
    {
      id: 'h2',
      label: 'Heading 2',
      icon: <Heading2 size={16} />,
      shortcut: `${MOD}Alt+2`,
      aria: 'Control+Alt+2',
      run: (e) => chain(e).toggleHeading({ level: 2 }).run(),
      active: (e) => e.isActive('heading', { level: 2 }),
    },
    {
      id: 'h3',
      label: 'Heading 3',
      icon: <Heading3 size={16} />,
      shortcut: `${MOD}Alt+3`,
      aria: 'Control+Alt+3',
      run: (e) => chain(e).toggleHeading({ level: 3 }).run(),
      active: (e) => e.isActive('heading', { level: 3 }),
    },
    {
      id: 'bullets',
      group: true,
      label: 'Bulleted list',
      icon: <List size={16} />,
      shortcut: `${MOD}Shift+8`,
      aria: 'Control+Shift+8',
      run: (e) => chain(e).toggleBulletList().run(),
      active: (e) => e.isActive('bulletList'),
      minimal: true,
    },
    {
      id: 'numbers',
      label: 'Numbered list',
      icon: <ListOrdered size={16} />,
      shortcut: `${MOD}Shift+7`,
      aria: 'Control+Shift+7',
      run: (e) => chain(e).toggleOrderedList().run(),
      active: (e) => e.isActive('orderedList'),
      minimal: true,
    },
    {
      id: 'tasks',
      label: 'Task list',
      icon: <ListChecks size={16} />,
      shortcut: `${MOD}Shift+9`,
      aria: 'Control+Shift+9',
      run: (e) => chain(e).toggleTaskList().run(),
      active: (e) => e.isActive('taskList'),
    },
    {
      id: 'quote',
      label: 'Quote',
      icon: <TextQuote size={16} />,
      shortcut: `${MOD}Shift+B`,
      aria: 'Control+Shift+B',
      run: (e) => chain(e).toggleBlockquote().run(),
      active: (e) => e.isActive('blockquote'),
    },
    {
      id: 'undo',
      group: true,
      label: 'Undo',
      icon: <Undo2 size={16} />,
      shortcut: `${MOD}Z`,
      aria: 'Control+Z',
      run: (e) => chain(e).undo().run(),
      // What `can().undo()` answers, without building every command to ask it.
      enabled: (e) => undoDepth(e.state) > 0,
    },
    {
      id: 'redo',
      label: 'Redo',
      icon: <Redo2 size={16} />,
      shortcut: `${MOD}Shift+Z`,
      aria: 'Control+Shift+Z',
      run: (e) => chain(e).redo().run(),
      enabled: (e) => redoDepth(e.state) > 0,
    },
  ];
}

/** Whether each tool is on (a format at the caret) and whether it can be used. */
type ToolStates = Record<string, { on: boolean; enabled: boolean }>;

/**
 * What the toolbar's state depends on while nothing is selected: the blocks around the caret
 * (their types and attributes), the marks the next character gets, and whether there is
 * something to undo or redo. Typing changes the text, not these, so the toolbar's state is
 * worked out again only when one of them changes. Compared by identity: ProseMirror keeps a
 * node's attributes object and the marks when it copies a node for an edit. Null when a range
 * is selected (then the state is worked out on every change).
 */
export function caretContext(state: EditorState): readonly unknown[] | null {
  const { selection } = state;
  if (!selection.empty) return null;
  const { $from } = selection;
  const parts: unknown[] = [];
  for (let depth = 1; depth <= $from.depth; depth++) {
    const node = $from.node(depth);
    parts.push(node.type, node.attrs);
  }
  parts.push(state.storedMarks ?? 'stored', ...$from.marks());
  parts.push(undoDepth(state) > 0, redoDepth(state) > 0);
  return parts;
}

const sameContext = (a: readonly unknown[] | null, b: readonly unknown[] | null): boolean =>
  a !== null && b !== null && a.length === b.length && a.every((part, i) => part === b[i]);

/**
 * The formatting toolbar: one tab stop (arrow keys move between buttons), every
 * button named, toggles announce whether they are on.
 */
export function Toolbar({
  editor,
  label,
  minimal,
  onLink,
}: {
  editor: Editor;
  label: string;
  minimal?: boolean;
  onLink: () => void;
}): ReactNode {
  const onLinkRef = useRef(onLink);
  onLinkRef.current = onLink;
  const list = useMemo(
    () => tools(() => onLinkRef.current()).filter((t) => !minimal || t.minimal),
    [minimal],
  );
  /** The state last worked out, and the caret context it was worked out for. */
  const last = useRef<{ list: Tool[]; context: readonly unknown[] | null; states: ToolStates }>(
    null,
  );
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const context = caretContext(e.state);
      const prev = last.current;
      if (prev && prev.list === list && sameContext(prev.context, context)) return prev.states;
      const states = Object.fromEntries(
        list.map((t) => [t.id, { on: t.active?.(e) ?? false, enabled: t.enabled?.(e) ?? true }]),
      ) as ToolStates;
      last.current = { list, context, states };
      return states;
    },
  });
  const [focusIndex, setFocusIndex] = useState(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  const move = (e: KeyboardEvent<HTMLDivElement>): void => {
    const last = list.length - 1;
    const next =
      e.key === 'ArrowRight'
        ? focusIndex === last
          ? 0
          : focusIndex + 1
        : e.key === 'ArrowLeft'
          ? focusIndex === 0
            ? last
            : focusIndex - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : null;
    if (next === null) return;
    e.preventDefault();
    setFocusIndex(next);
    refs.current[next]?.focus();
  };

  return (
    <div className="rte-toolbar" role="toolbar" aria-label={`${label} formatting`} onKeyDown={move}>
      {list.map((t, i) => (
        <span key={t.id} className="rte-tool">
          {t.group && <span className="rte-sep" aria-hidden="true" />}
          <button
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            className="rte-btn"
            tabIndex={i === focusIndex ? 0 : -1}
            aria-label={t.label}
            aria-pressed={t.active ? (state?.[t.id]?.on ?? false) : undefined}
            aria-keyshortcuts={t.aria}
            title={t.shortcut ? `${t.label} (${t.shortcut})` : t.label}
            aria-disabled={state?.[t.id]?.enabled === false ? true : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onFocus={() => setFocusIndex(i)}
            onClick={() => {
              if (state?.[t.id]?.enabled !== false) t.run(editor);
            }}
          >
            {t.icon}
          </button>
        </span>
      ))}
    </div>
  );
}
