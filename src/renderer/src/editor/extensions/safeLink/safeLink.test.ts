// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { polyfillEditorDom, testEditor } from '../../testing';
import { isAllowedHref, normalizeHref } from './safeLink';

polyfillEditorDom();
let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

describe('links', () => {
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
