import { Extension } from '@tiptap/core';
import { Link, type LinkOptions } from '@tiptap/extension-link';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { tokenize } from 'linkifyjs';
import { isSafeLink } from '../../../../../shared/domain/richtext';

/** The full form of a typed or pasted address: bare domains become https links, bare e-mail addresses mailto links. */
export function normalizeHref(href: string): string {
  const h = href.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(h)) return h;
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(h)) return `mailto:${h}`;
  return `https://${h.replace(/^\/+/, '')}`;
}

/** True when an address may become a link: web and mail addresses only. */
export function isAllowedHref(href: string): boolean {
  return isSafeLink(normalizeHref(href));
}

/** How the link mark is configured: web and mail addresses only, never opened by a plain click. */
export const linkOptions: Partial<LinkOptions> = {
  openOnClick: false,
  autolink: true,
  linkOnPaste: true,
  defaultProtocol: 'https',
  protocols: ['mailto'],
  HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
  isAllowedUri: (url) => isAllowedHref(url),
  shouldAutoLink: (url) => isAllowedHref(url),
};

/** Whether the link schemes have been handed to linkify (once for the app). */
let schemesRegistered = false;

/** Runs `fn` when the page has nothing else to do (within two seconds at the latest). */
function whenIdle(fn: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 2000 });
  else setTimeout(fn, 200);
}

/**
 * Builds linkify's scanner now (it is otherwise built by the first space typed, which looks
 * for an address to link: about 20 ms on that key). Called once the schemes are registered;
 * the scanner is then kept for the app's life (see SafeLink).
 */
function buildLinkScanner(): void {
  tokenize('');
}

/**
 * Tiptap's link mark, with linkify's scanner built once for the whole app. The stock mark
 * resets linkify whenever an editor goes away (another entry opened, a screen left), and the
 * next space typed in any editor then rebuilds the scanner's tables: tens of milliseconds on
 * that key. The schemes it registers never change here, so they are registered once and the
 * scanner is kept; autolink, paste and the rest behave as before. The scanner is built
 * while the page is idle after the first editor is created, not on the first space typed.
 */
export const SafeLink = Link.extend({
  onCreate(event) {
    if (schemesRegistered) return;
    schemesRegistered = true;
    this.parent?.(event);
    whenIdle(buildLinkScanner);
  },
  onDestroy() {
    // Keep linkify's scanner: see above.
  },
});

/** Options of the link opener. */
export interface LinkOpenerOptions {
  /** Opens a link outside the app (the system browser, through main). */
  openLink: (href: string) => void;
}

/**
 * Links never navigate the app: a plain click places the caret, and Ctrl/Cmd+click
 * hands a safe link to `openLink` (the system browser).
 */
export const LinkOpener = Extension.create<LinkOpenerOptions>({
  name: 'linkOpener',
  addOptions() {
    return { openLink: () => undefined };
  },
  addProseMirrorPlugins() {
    const { openLink } = this.options;
    return [
      new Plugin({
        key: new PluginKey('linkOpener'),
        props: {
          handleDOMEvents: {
            click: (_view, event) => {
              const target = event.target instanceof Element ? event.target : null;
              const anchor = target?.closest('a[href]');
              if (!anchor) return false;
              event.preventDefault();
              const href = anchor.getAttribute('href') ?? '';
              if ((event.ctrlKey || event.metaKey) && isSafeLink(href)) openLink(href);
              return true;
            },
          },
        },
      }),
    ];
  },
});
