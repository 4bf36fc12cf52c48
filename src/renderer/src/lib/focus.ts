import { useEffect, useLayoutEffect, useRef } from 'react';
import { documentTitle } from './title';

/**
 * Where keyboard focus goes when things open, close and change: one place for the rules, so that
 * every dialog, the palette and every screen behave alike (WCAG 2.4.3).
 */

/** The element that had focus before the palette opened: a dialog a command opens returns there. */
let paletteOpener: HTMLElement | null = null;

function focusedElement(): HTMLElement | null {
  const a = document.activeElement;
  return a instanceof HTMLElement && a !== document.body ? a : null;
}

/** True when nothing useful holds focus: the page itself, or an element that has left the page. */
function focusIsLost(): boolean {
  const a = focusedElement();
  return !a || !a.isConnected;
}

function isShown(el: HTMLElement): boolean {
  return el.isConnected && el.getClientRects().length > 0 && !el.closest('[inert], [hidden]');
}

/** The heading of the screen on show, made focusable without entering the Tab order. */
function screenHeading(): HTMLElement | null {
  const h = document.querySelector<HTMLElement>('main h1');
  if (!h || !isShown(h)) return null;
  if (!h.hasAttribute('tabindex')) h.tabIndex = -1;
  return h;
}

/** What had focus when an overlay opens; when that was the palette, whatever had focus before it. */
function currentOpener(): HTMLElement | null {
  const a = focusedElement();
  if (!a || a.closest('dialog.palette')) return paletteOpener;
  return a;
}

/**
 * Puts focus back after an overlay closed, once the page has settled: on the control that opened
 * it, or, when that control is gone, on the screen's heading. Does nothing when something else
 * already took focus on purpose (a field the dialog's action revealed, a new screen's heading).
 */
function restoreFocus(opener: HTMLElement | null): void {
  window.setTimeout(() => {
    if (!focusIsLost()) return;
    const target = opener && isShown(opener) ? opener : screenHeading();
    target?.focus({ preventScroll: false });
  }, 0);
}

/**
 * For a dialog or the palette: remembers what had focus when `open` turned true and gives focus
 * back to it when the overlay closes or is removed (by Escape, a submit, or its owner unmounting it).
 */
export function useReturnFocus(open: boolean, { palette = false } = {}): void {
  const opener = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (!open) return;
    opener.current = currentOpener();
    if (palette) paletteOpener = opener.current;
    return () => restoreFocus(opener.current);
  }, [open, palette]);
}

/** Sets the window's title for the screen on show ("Journal — Upward"). */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    document.title = documentTitle(title);
  }, [title]);
}

/**
 * On a change of screen (`screenKey`), moves focus to the new screen's heading once it is drawn,
 * unless the screen already put it somewhere on purpose (a first field where typing is next) or the
 * user moved it. Waits up to a few seconds for screens that load their data first.
 */
export function useScreenFocus(screenKey: string): void {
  useEffect(() => {
    let done = false;
    let placed: HTMLElement | null = null;
    const attempt = (): void => {
      if (done) return;
      const a = focusedElement();
      const main = document.querySelector('main');
      if (placed) {
        // Still on the heading we focused: keep watching, in case the screen redraws it once its
        // data arrives. Moved on by the user: done. Lost (the heading was redrawn): place again.
        if (a === placed) return;
        if (a) return finish();
      } else if (
        a &&
        a !== main &&
        isShown(a) &&
        (main?.contains(a) || a.closest('dialog[open]'))
      ) {
        // The screen put focus in a field on purpose (a new entry's text), or a dialog has it.
        // (A control of the previous screen, hidden while the next one loads, does not count.)
        return finish();
      }
      const h = screenHeading();
      if (!h) return;
      h.focus({ preventScroll: true });
      placed = h;
    };
    const observer = new MutationObserver(attempt);
    const timer = window.setTimeout(() => finish(), 5000);
    function finish(): void {
      done = true;
      observer.disconnect();
      window.clearTimeout(timer);
    }
    observer.observe(document.body, { childList: true, subtree: true });
    attempt();
    return finish;
  }, [screenKey]);
}
