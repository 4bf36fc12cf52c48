// @vitest-environment jsdom
import { cleanup, fireEvent } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// The modules of the screen read the preload's `window.api` when loaded (never called here).
Object.defineProperty(window, 'api', { value: { on: () => () => undefined } });
window.matchMedia = (query: string) =>
  ({
    matches: query === '(prefers-color-scheme: dark)',
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }) as unknown as MediaQueryList;

const { renderUnlockMarkup } = await import('../screens/vault/prerender');
const { handOverOnce, showPrerendered } = await import('./prerendered');

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  document.title = 'Upward';
  delete document.documentElement.dataset.theme;
});
afterEach(() => {
  cleanup();
  root.remove();
});

describe('the prerendered unlock screen (the app draws the same: App.test)', () => {
  it('holds no style attribute, which the page’s policy would drop', () => {
    expect(renderUnlockMarkup()).not.toMatch(/\sstyle=/);
  });
});

describe('showPrerendered', () => {
  const markup = renderUnlockMarkup();

  it('draws nothing without a hint, and only the theme without a screen', () => {
    expect(showPrerendered(root, null, markup)).toBeNull();
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(showPrerendered(root, { screen: null, theme: 'system' }, markup)).toBeNull();
    // The system is dark here.
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(root.childElementCount).toBe(0);
    expect(document.title).toBe('Upward');
  });

  it('draws the unlock screen, which takes typing and Enter until the app takes it over', () => {
    const shown = showPrerendered(root, { screen: 'unlock', theme: 'light' }, markup);
    expect(shown).not.toBeNull();
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(document.title).toBe('Unlock — Upward');
    const field = root.querySelector('input')!;
    const button = root.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    const form = root.querySelector('form')!;
    expect(button.disabled).toBe(true);
    // Enter with nothing typed is not remembered.
    fireEvent.submit(form);
    fireEvent.input(field, { target: { value: 'correct horse' } });
    expect(button.disabled).toBe(false);
    field.focus();
    field.setSelectionRange(3, 7);
    expect(shown!.takeOver()).toEqual({
      secret: 'correct horse',
      selection: [3, 7],
      submitted: false,
    });
  });

  it('remembers Enter pressed with something typed, and where the focus was not', () => {
    const shown = showPrerendered(root, { screen: 'unlock', theme: 'dark' }, markup)!;
    const field = root.querySelector('input')!;
    fireEvent.input(field, { target: { value: 'secret words' } });
    const submit = new Event('submit', { cancelable: true });
    root.querySelector('form')!.dispatchEvent(submit);
    // The page's own submission (a navigation) never happens.
    expect(submit.defaultPrevented).toBe(true);
    field.blur();
    expect(shown.takeOver()).toEqual({ secret: 'secret words', selection: null, submitted: true });
    // Taken over: the prerendered screen no longer listens.
    fireEvent.input(field, { target: { value: '' } });
    expect(root.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled).toBe(false);
  });

  it('draws nothing from markup that lacks the screen’s form, field or button', () => {
    for (const broken of ['', '<main><form><input></form></main>', '<p>Unlock</p>'])
      expect(showPrerendered(root, { screen: 'unlock', theme: 'light' }, broken)).toBeNull();
    expect(root.childElementCount).toBe(0);
    expect(document.title).toBe('Upward');
  });
});

describe('handOverOnce', () => {
  it('hands what was done over once, then nothing', () => {
    const carried = { secret: 'words', selection: null, submitted: false };
    const take = handOverOnce(carried);
    expect(take()).toBe(carried);
    expect(take()).toBeNull();
    expect(handOverOnce(null)()).toBeNull();
  });
});
