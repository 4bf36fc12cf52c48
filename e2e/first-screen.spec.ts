import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures/app';
import { APP_CODE } from './fixtures/appFiles';
import { shot } from './fixtures/audit';
import { createVault, PASSPHRASE } from './fixtures/vault';

/** The code of the unlocked app and its screens: everything the first screen must not wait for. */
const LATER = /\/assets\/(Shell|[A-Za-z]+Screen)-[^/]*\.js$/;

test('the first screen works while the rest of the app is still loading, and the app opens once it has', async ({
  app,
}) => {
  test.skip(app.mode === 'electron', 'holds back files the Chromium mode serves');
  const { page } = app;
  const asked: string[] = [];
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(LATER, async (route: Route) => {
    asked.push(new URL(route.request().url()).pathname);
    await gate;
    await route.fallback();
  });
  await page.reload();

  // Nothing behind the first screen has arrived, yet the user can create a vault.
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Confirm passphrase').fill(PASSPHRASE);
  await expect(page.getByText(/Strong|Very strong/)).toBeVisible();
  await page.getByRole('button', { name: 'Create vault' }).click();
  await expect(page.getByTestId('recovery-code')).toBeVisible();
  // The rest was asked for while the user typed.
  expect(asked.some((p) => /\/Shell-/.test(p))).toBe(true);
  await page.getByLabel('I have stored my recovery code safely').check();
  await page.getByRole('button', { name: 'Open Upward' }).click();
  // First run's last question (the user's name) is part of the first screen too.
  await page.getByRole('button', { name: 'Skip' }).click();

  // The app is still on its way: a labelled wait, not a blank or broken page.
  await expect(page.getByRole('status', { name: 'Opening Upward' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await shot(page, 'opening-app-light');

  release();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

/**
 * Runs in the page before its own script: notes what the page's root first showed, when the
 * passphrase field arrived, and the start of the frame that drew it.
 */
function watchFirstScreen(): void {
  const w = window as unknown as { __firstScreen?: FirstScreen; __firstShown?: string };
  const observer = new MutationObserver(() => {
    const root = document.getElementById('root');
    if (!root?.firstElementChild) return;
    const field = root.querySelector('input[type="password"]');
    w.__firstShown ??= field ? 'field' : (root.textContent ?? '').trim() || root.innerHTML;
    if (!field) return;
    observer.disconnect();
    const at = performance.now();
    const screen = root.querySelector('.vault-screen');
    const glow = screen ? getComputedStyle(screen, '::before').opacity : 'none';
    requestAnimationFrame(() => (w.__firstScreen = { at, frame: performance.now(), glow }));
  });
  observer.observe(document, { childList: true, subtree: true });
}

interface FirstScreen {
  /** When the passphrase field was put in the page. */
  at: number;
  /** The start of the frame that drew it. */
  frame: number;
  /** The opacity of the screen's background glow then (decoration, drawn after the field). */
  glow: string;
}

interface Fetched {
  path: string;
  start: number;
  initiator: string;
  blocking: string;
}

const RENDERER = resolve(import.meta.dirname, '../out/renderer');

/** The files the built page names itself: its script, the modules it preloads, its stylesheet and font. */
function namedByPage(): string[] {
  const html = readFileSync(resolve(RENDERER, 'index.html'), 'utf8');
  return [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="\.\/([^"]+)"/g)].map(
    (m) => `/${m[1]}`,
  );
}

/**
 * What the page's script asks for at once when it has no screen of its own to draw (main did
 * not say the vault is plainly locked): the app's code and the files that brings, as the
 * script's one dynamic import lists them.
 */
function appCodeAskedByScript(named: string[]): string[] {
  const script = named.find((p) => p.endsWith('.js'));
  expect(script).toBeDefined();
  const code = readFileSync(resolve(RENDERER, `.${script}`), 'utf8');
  const list = /m\.f=\[([^\]]*)\]/.exec(code)?.[1] ?? '';
  const files = [...list.matchAll(/"\.\/([^"]+)"/g)].map((m) => `/assets/${m[1]}`);
  expect(files.some((f) => APP_CODE.test(f))).toBe(true);
  return files;
}

/** Waits until the app behind the first screen has been fetched, then reads what the page fetched and when. */
async function firstScreenLoad(
  page: Page,
): Promise<{ shown: string; first: FirstScreen; painted: number; fetched: Fetched[] }> {
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeVisible();
  // Read from outside: the page's policy allows no evaluated strings of its own.
  await expect
    .poll(() =>
      page.evaluate(() =>
        performance.getEntriesByType('resource').some((e) => /\/Shell-[^/]*\.js$/.test(e.name)),
      ),
    )
    .toBe(true);
  return page.evaluate(() => {
    const w = window as unknown as { __firstScreen: FirstScreen; __firstShown: string };
    return {
      shown: w.__firstShown,
      first: w.__firstScreen,
      painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      fetched: (
        performance.getEntriesByType('resource') as (PerformanceResourceTiming & {
          /** Chromium's: whether the fetch held back the first paint. */
          renderBlockingStatus?: string;
        })[]
      ).map((e) => ({
        path: new URL(e.name).pathname,
        start: e.startTime,
        initiator: e.initiatorType,
        blocking: e.renderBlockingStatus ?? 'unknown',
      })),
    };
  });
}

function expectFirstScreenAlone(
  {
    shown,
    first,
    painted,
    fetched,
  }: { shown: string; first: FirstScreen; painted: number; fetched: Fetched[] },
  named: string[],
  { alsoBefore = [], later: laterCode = [LATER] }: { alsoBefore?: string[]; later?: RegExp[] } = {},
): void {
  // Drawn at once (prerendered, or with main's answers): no waiting screen first.
  expect(shown).toBe('field');
  // Before the field, only what the page names (and, when the app draws the first screen, the
  // app's code its script asks for at once): nothing found later in a chain of requests.
  const before = fetched.filter((f) => f.start < first.at).map((f) => f.path);
  expect(before.length).toBeGreaterThan(0);
  for (const path of before)
    expect([...named, ...alsoBefore], `${path} was fetched before the field`).toContain(path);
  // Its font comes from the page's preload (one fetch, the stylesheet uses it), not found late by layout.
  const fonts = fetched.filter((f) => f.path.endsWith('.woff2'));
  expect(fonts.map((f) => f.initiator)).toEqual(['link']);
  expect(named).toContain(fonts[0].path);
  // Only the stylesheet holds back the first paint.
  const blocking = fetched.filter((f) => f.blocking === 'blocking').map((f) => f.path);
  expect(blocking).toEqual(named.filter((p) => p.endsWith('.css')));
  // The app behind the first screen is asked for only once the frame drawing the field has
  // started, and has been shown (its first contentful paint): fetching and evaluating it
  // earlier would compete with drawing that frame.
  const later = fetched.filter((f) => laterCode.some((code) => code.test(f.path)));
  expect(later.length).toBeGreaterThan(0);
  expect(painted).toBeGreaterThan(first.at);
  for (const f of later) {
    expect(f.start, f.path).toBeGreaterThan(first.frame);
    expect(f.start, f.path).toBeGreaterThan(painted);
  }
  // The background glow is not part of the field's frame: it comes in once that is shown.
  expect(first.glow).toBe('0');
}

/** The vault screen's background glow, once the first screen has been shown. */
async function expectGlowShown(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const screen = document.querySelector('.vault-screen');
        return screen && getComputedStyle(screen, '::before').opacity;
      }),
    )
    .toBe('1');
}

test('the first screen is drawn from the files its page names, with main’s answers, before the rest is asked for', async ({
  app,
}) => {
  test.skip(app.mode === 'electron', 'reads the fetches of the page served in Chromium mode');
  const { page } = app;
  const named = namedByPage();
  expect(named.filter((p) => p.endsWith('.js')).length).toBeGreaterThan(0);
  await page.addInitScript(watchFirstScreen);

  // First run: a new vault. The app draws the screen.
  await page.reload();
  expectFirstScreenAlone(await firstScreenLoad(page), named, {
    alsoBefore: appCodeAskedByScript(named),
  });
  await expect(page.getByRole('heading', { name: 'Create your private vault' })).toBeVisible();
  await expectGlowShown(page);

  // A later start: the vault is locked. The page draws the screen (prerendered), the app takes it over.
  await createVault(page);
  await app.restart();
  // The page draws this one without the app: the app's own code, too, waits until it is shown.
  expectFirstScreenAlone(await firstScreenLoad(page), named, { later: [LATER, APP_CODE] });
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  await expectGlowShown(page);
});
