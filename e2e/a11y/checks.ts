import { expect, type Locator, type Page } from '@playwright/test';

/** Opens a screen by its route, as a link would, and waits for its heading. */
export async function openScreen(page: Page, path: string, heading: RegExp): Promise<void> {
  await page.evaluate((p) => (location.hash = `#${p}`), path);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  // Data that arrives after the heading (lists, charts) settles before anything is measured.
  await expect(page.locator('main [aria-busy="true"], main .spinner')).toHaveCount(0);
}

/**
 * Reflow (WCAG 1.4.10): the page never scrolls sideways, nothing reaches past the right edge of
 * the window, and no text is cut off by its box — except inside a data table, which scrolls on
 * its own (`.table-scroll`). Form fields scroll their own text and are left out.
 */
export async function expectReflows(page: Page, what: string): Promise<void> {
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1)
      out.push(`the page scrolls sideways (${root.scrollWidth} px in ${root.clientWidth})`);
    const main = document.querySelector('main');
    if (main && main.scrollWidth > main.clientWidth + 1)
      out.push(`the main area scrolls sideways (${main.scrollWidth} px in ${main.clientWidth})`);
    const describe = (el: Element): string =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
    const skip =
      'input, textarea, select, .table-scroll, .visually-hidden, svg, [aria-hidden="true"]';
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.closest(skip)) continue;
      const ownText = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
      );
      if (!ownText) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.right > root.clientWidth + 1) out.push(`past the right edge: ${describe(el)}`);
      const cs = getComputedStyle(el);
      const clips = (v: string): boolean => v === 'hidden' || v === 'clip';
      if (clips(cs.overflowX) && el.scrollWidth > el.clientWidth + 1)
        out.push(`cut off sideways: ${describe(el)}`);
      if (
        clips(cs.overflowY) &&
        el.scrollHeight > el.clientHeight + 1 &&
        cs.webkitLineClamp === 'none'
      )
        out.push(`cut off at the bottom: ${describe(el)}`);
    }
    return [...new Set(out)];
  });
  expect(problems, `reflow problems on ${what}`).toEqual([]);
}

/**
 * The element with keyboard focus shows it (WCAG 2.4.7): an outline of at least 2 px, or a
 * box-shadow or border that differs from how it looks without focus.
 */
export async function expectVisibleFocus(page: Page, what: string): Promise<string> {
  const result = await page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body)
      return { name: 'body', ok: false, why: 'focus is on the page itself' };
    const name = `${el.tagName.toLowerCase()}${el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : ''} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}`;
    const look = (): { outline: number; style: string; shadow: string; border: string } => {
      const cs = getComputedStyle(el);
      return {
        outline: parseFloat(cs.outlineWidth) || 0,
        style: cs.outlineStyle,
        shadow: cs.boxShadow,
        border: `${cs.borderTopColor} ${cs.borderTopWidth} ${cs.borderBottomColor} ${cs.borderBottomWidth}`,
      };
    };
    const focused = look();
    if (focused.style !== 'none' && focused.outline >= 2) return { name, ok: true, why: '' };
    el.blur();
    const plain = look();
    el.focus();
    const ok = focused.shadow !== plain.shadow || focused.border !== plain.border;
    return {
      name,
      ok,
      why: ok ? '' : `no outline, shadow or border change (${JSON.stringify(focused)})`,
    };
  });
  expect(result.ok, `${what}: ${result.name} shows no focus: ${result.why}`).toBe(true);
  return result.name;
}

/** Presses Tab up to `count` times, checking that each element that gets focus shows it. */
export async function tabThrough(page: Page, what: string, count: number): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    // Past the last element Tab leaves the page for the browser's own controls: nothing to check.
    if (await page.evaluate(() => document.activeElement === document.body)) continue;
    seen.push(await expectVisibleFocus(page, what));
  }
  return seen;
}

/** Where keyboard focus is, as a short description (for messages). */
export async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'the page (body)';
    return `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? ''}`;
  });
}

/**
 * Focuses `opener`, activates it with the keyboard, checks a dialog named `dialog` opens, closes
 * it with `close` (Escape unless given), and checks focus is back on `opener`, or on `returnTo`
 * when the opener is gone.
 */
export async function expectFocusReturns(
  page: Page,
  opener: Locator,
  dialog: string | RegExp,
  opts: { close?: () => Promise<void>; returnTo?: Locator; key?: string } = {},
): Promise<void> {
  await opener.focus();
  await page.keyboard.press(opts.key ?? 'Enter');
  const d = page.getByRole('dialog', { name: dialog });
  await expect(d).toBeVisible();
  await expectVisibleFocus(page, `${String(dialog)} on opening`);
  if (opts.close) await opts.close();
  else await page.keyboard.press('Escape');
  await expect(d).toBeHidden();
  await expect(opts.returnTo ?? opener, `focus after closing ${String(dialog)}`).toBeFocused();
}
