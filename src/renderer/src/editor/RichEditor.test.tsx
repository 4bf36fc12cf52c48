// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { RichDoc } from '../../../shared/domain/richtext';
import { polyfillEditorDom } from './testing';

const opened: string[] = [];
vi.mock('../lib/api', () => ({
  api: {
    app: { openExternal: async ({ url }: { url: string }) => (opened.push(url), { opened: true }) },
  },
  errorMessage: (e: unknown) => String(e),
}));
vi.mock('../lib/router', () => ({ useNavigate: () => () => undefined }));

const { RichEditor } = await import('./RichEditor');

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

  it('says which formats are on, and reports the cleaned document on every change', () => {
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
});
