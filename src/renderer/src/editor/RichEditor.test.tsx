// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { RichDoc } from '../../../shared/domain/richtext';
import type { Editor } from '@tiptap/core';
import { useCallback, useState, type ReactNode } from 'react';
import { polyfillEditorDom, typeText } from './testing';
import type * as ToolbarModule from './Toolbar';

const opened: string[] = [];
vi.mock('../lib/api', () => ({
  api: {
    app: { openExternal: async ({ url }: { url: string }) => (opened.push(url), { opened: true }) },
  },
  errorMessage: (e: unknown) => String(e),
}));
vi.mock('../lib/router', () => ({ useNavigate: () => () => undefined }));
/** Renders of the toolbar: the editor's own part of a render. */
const toolbarRenders = { count: 0 };
vi.mock('./Toolbar', async (importOriginal) => {
  const actual = await importOriginal<typeof ToolbarModule>();
  return {
    Toolbar: (props: Parameters<typeof actual.Toolbar>[0]) => {
      toolbarRenders.count++;
      return <actual.Toolbar {...props} />;
    },
  };
});

const { RichEditor, EMIT_IDLE_MS } = await import('./RichEditor');
const { flushPendingSaves } = await import('./pendingSaves');

polyfillEditorDom();
afterEach(cleanup);

const doc = (text: string): RichDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

describe('RichEditor', () => {
  it('has a named toolbar with one tab stop, moved by the arrow keys', () => {
    render(<RichEditor label="Entry text" value={doc('hello')} onChange={() => undefined} />);
    const toolbar = screen.getByRole('toolbar', { name: 'Entry text formatting' });
    const buttons = screen.getAllByRole('button').filter((b) => toolbar.contains(b));
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Bold',
      'Italic',
      'Underline',
      'Strikethrough',
      'Highlight',
      'Link',
      'Heading 1',
      'Heading 2',
      'Heading 3',
      'Bulleted list',
      'Numbered list',
      'Task list',
      'Quote',
      'Undo',
      'Redo',
    ]);
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    buttons[0].focus();
    fireEvent.keyDown(toolbar, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(toolbar, { key: 'End' });
    expect(document.activeElement).toBe(buttons[buttons.length - 1]);
  });

  it('says which formats are on, and reports the cleaned document once the user pauses', async () => {
    const changes: RichDoc[] = [];
    render(<RichEditor label="Notes" value={doc('hello')} onChange={(d) => changes.push(d)} />);
    const bold = screen.getByRole('button', { name: 'Bold' });
    expect(bold.getAttribute('aria-pressed')).toBe('false');
    const text = screen.getByRole('textbox', { name: 'Notes' });
    act(() => {
      text.focus();
      const range = document.createRange();
      range.selectNodeContents(text);
      const sel = window.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
    });
    act(() => void fireEvent.click(bold));
    expect(bold.getAttribute('aria-pressed')).toBe('true');
    await act(() => new Promise((resolve) => setTimeout(resolve, EMIT_IDLE_MS + 50)));
    expect(changes).toHaveLength(1);
    expect(changes.at(-1)).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'hello', marks: [{ type: 'bold' }] }],
        },
      ],
    });
    expect(bold.getAttribute('aria-pressed')).toBe('true');
  });

  it('the short variant keeps only the everyday buttons', () => {
    render(<RichEditor minimal label="Note" value={null} onChange={() => undefined} />);
    const names = screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual([
      'Bold',
      'Italic',
      'Highlight',
      'Link',
      'Bulleted list',
      'Numbered list',
    ]);
  });

  it('shows a new value from outside without echoing it back as a change', () => {
    const changes: RichDoc[] = [];
    const { rerender } = render(
      <RichEditor label="Notes" value={doc('first')} onChange={(d) => changes.push(d)} />,
    );
    rerender(<RichEditor label="Notes" value={doc('second')} onChange={(d) => changes.push(d)} />);
    expect(screen.getByRole('textbox', { name: 'Notes' }).textContent).toBe('second');
    expect(changes).toEqual([]);
  });

  it('does no work proportional to the document on a key: it is read out once, when typing pauses', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      // A long entry: 2,000 paragraphs of about ten words.
      const long: RichDoc = {
        type: 'doc',
        content: Array.from({ length: 2000 }, (_, i) => ({
          type: 'paragraph',
          content: [{ type: 'text', text: `Paragraph ${i} of a long entry about the roadmap.` }],
        })),
      };
      const changes: RichDoc[] = [];
      const renders = { count: 0 };
      function Host(): ReactNode {
        renders.count++;
        return <RichEditor label="Entry text" value={long} onChange={(d) => changes.push(d)} />;
      }
      render(<Host />);
      const box = screen.getByRole('textbox', { name: 'Entry text' });
      const editor = (box as HTMLElement & { editor?: Editor }).editor;
      if (!editor) throw new Error('no editor behind the text area');
      const stringify = vi.spyOn(JSON, 'stringify');
      /** Whole documents turned into JSON (ProseMirror's own small bookkeeping is not counted). */
      const documentsSerialised = (): number =>
        stringify.mock.calls.filter(
          ([v]) => typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'doc',
        ).length;
      const getJSON = vi.spyOn(editor, 'getJSON');
      const isActive = vi.spyOn(editor, 'isActive');
      const rendersBefore = renders.count;

      act(() => {
        editor.commands.focus('end');
        typeText(editor, 'and then some more words');
      });
      expect(editor.getText()).toContain('and then some more words');
      // 24 keys: no serialisation, no reading the document out, no render of the host.
      expect(getJSON).not.toHaveBeenCalled();
      expect(documentsSerialised()).toBe(0);
      expect(changes).toEqual([]);
      expect(renders.count).toBe(rendersBefore);
      // The toolbar is worked out again only when the formatting at the caret changes: once
      // for the caret moved to the end, never for the text typed there.
      const afterFocus = isActive.mock.calls.length;
      const timers = vi.getTimerCount();
      act(() => typeText(editor, ' and more'));
      expect(isActive.mock.calls.length).toBe(afterFocus);
      // No timer per key (Tiptap's deletion tracker set one on every key).
      expect(vi.getTimerCount()).toBe(timers);

      // The pause: read out once, and reported once.
      act(() => void vi.advanceTimersByTime(EMIT_IDLE_MS));
      // A format switched on at the caret shows at once.
      act(() => void editor.commands.toggleBold());
      expect(screen.getByRole('button', { name: 'Bold' }).getAttribute('aria-pressed')).toBe(
        'true',
      );
      expect(getJSON).toHaveBeenCalledTimes(1);
      expect(changes).toHaveLength(1);
      expect(JSON.stringify(changes[0])).toContain('and then some more words');

      // Typed just before a lock: written out at once by the pending-saves flush.
      act(() => typeText(editor, '!'));
      await act(() => flushPendingSaves());
      expect(changes).toHaveLength(2);
      stringify.mockRestore();
    } finally {
      vi.useRealTimers();
    }
  });

  it('is not reconfigured when the screen around it re-renders (a save starting or ending)', async () => {
    const { Editor: TiptapEditor } = await import('@tiptap/core');
    const setOptions = vi.spyOn(TiptapEditor.prototype, 'setOptions');
    try {
      const changes: RichDoc[] = [];
      const first = doc('hello');
      const { rerender } = render(
        <RichEditor label="Notes" value={first} onChange={(d) => changes.push(d)} />,
      );
      const editor = (
        screen.getByRole('textbox', { name: 'Notes' }) as HTMLElement & {
          editor?: Editor;
        }
      ).editor;
      if (!editor) throw new Error('no editor behind the text area');
      act(() => {
        editor.commands.focus('end');
        typeText(editor, '!');
      });
      await act(() => flushPendingSaves());
      expect(changes).toHaveLength(1);
      setOptions.mockClear();
      // The host re-renders with new callbacks, then with the value the editor reported.
      for (const value of [first, changes[0], changes[0]])
        rerender(<RichEditor label="Notes" value={value} onChange={(d) => changes.push(d)} />);
      expect(setOptions).not.toHaveBeenCalled();
      expect(editor.getText()).toBe('hello!');
    } finally {
      setOptions.mockRestore();
    }
  });

  it('stays out of the renders of the screen around it when given the same value and callbacks', () => {
    const value = doc('hello');
    let bump = (): void => undefined;
    function Host(): ReactNode {
      const [state, setState] = useState(0);
      bump = () => setState((n) => n + 1);
      const onChange = useCallback(() => undefined, []);
      return (
        <>
          <span>{`Save state ${state}`}</span>
          <RichEditor label="Notes" value={value} onChange={onChange} />
        </>
      );
    }
    render(<Host />);
    const before = toolbarRenders.count;
    // A save: pending, saving, saved.
    for (let i = 0; i < 3; i++) act(() => bump());
    expect(screen.getByText('Save state 3')).toBeTruthy();
    expect(toolbarRenders.count).toBe(before);
  });
});
