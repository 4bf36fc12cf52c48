// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Editor } from '@tiptap/core';
import { polyfillEditorDom, testEditor } from '../../testing';
import { isAllowedHref, normalizeHref } from './safeLink';
import type * as Linkify from 'linkifyjs';

const linkify = vi.hoisted(() => ({ tokenized: [] as string[] }));
vi.mock('linkifyjs', async (importOriginal) => {
  const actual = await importOriginal<typeof Linkify>();
  return {
    ...actual,
    tokenize: (text: string) => (linkify.tokenized.push(text), actual.tokenize(text)),
  };
});

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

polyfillEditorDom();
let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

describe('links', () => {
  // First: it needs this file's first editor.
  it('builds the link scanner while the page is idle after the first editor, not on a key', async () => {
    // This file's first editor: the schemes are registered and the scanner is built when idle.
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (fn: () => void) => idle.push(fn));
    try {
      editor = testEditor('<p>Hello</p>');
      await tick(); // Tiptap reports the editor created in a task of its own
      expect(linkify.tokenized).toEqual([]);
      expect(idle).toHaveLength(1);
      idle[0]();
      expect(linkify.tokenized).toEqual(['']);
      editor.destroy();
      // Later editors keep the scanner: nothing more to build.
      editor = testEditor('<p>Again</p>');
      await tick();
      expect(idle).toHaveLength(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('completes bare addresses and refuses anything but web and mail', () => {
    expect(normalizeHref('example.com/a')).toBe('https://example.com/a');
    expect(normalizeHref('dana@example.com')).toBe('mailto:dana@example.com');
    expect(isAllowedHref('http://intranet/page')).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,x',
      'vbscript:x',
      'upward://x',
    ]) {
      expect(isAllowedHref(bad)).toBe(false);
    }
  });

  function clickLink(init: MouseEventInit): { opened: string[]; defaultPrevented: boolean } {
    const opened: string[] = [];
    editor = testEditor('<p><a href="https://example.com/x">go</a></p>', {
      openLink: (h) => opened.push(h),
    });
    document.body.append(editor.view.dom);
    const anchor = editor.view.dom.querySelector('a');
    const event = new MouseEvent('click', { bubbles: true, cancelable: true, ...init });
    anchor?.dispatchEvent(event);
    return { opened, defaultPrevented: event.defaultPrevented };
  }

  it('a plain click never follows a link (it only places the caret)', () => {
    expect(clickLink({})).toEqual({ opened: [], defaultPrevented: true });
  });

  it('Ctrl+click and Cmd+click open the link outside the app', () => {
    expect(clickLink({ ctrlKey: true })).toEqual({
      opened: ['https://example.com/x'],
      defaultPrevented: true,
    });
    editor?.destroy();
    expect(clickLink({ metaKey: true }).opened).toEqual(['https://example.com/x']);
  });

  it('refuses to set a script link through the command too', () => {
    editor = testEditor('<p>word</p>');
    editor.commands.selectAll();
    editor.commands.setLink({ href: 'javascript:alert(1)' });
    expect(JSON.stringify(editor.getJSON())).not.toContain('javascript');
  });
});
