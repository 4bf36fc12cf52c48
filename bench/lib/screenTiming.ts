/**
 * Times how long a screen takes to paint in Chromium mode: the built UI in Chromium, the real
 * core over a real encrypted vault behind the e2e bridge. Shared by the browser-timed figures.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { createCore, type Core } from '../../src/main/core/core';
import { installBridge } from '../../e2e/bridge/installBridge';
import { serveStatic } from '../../e2e/bridge/staticServer';
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/fixtures/mode';
import { BENCH_PASSPHRASE, benchDeps } from './benchVault';

const RENDERER = resolve(import.meta.dirname, '..', '..', 'out', 'renderer');

/**
 * Routes to `route` and returns, for each selector in turn, the milliseconds from the route
 * change until an element matching it has been painted (two animation frames after it is in
 * the page).
 */
export async function timeRoute(page: Page, route: string, selectors: string[]): Promise<number[]> {
  // A string, so the bench's compiler adds no helpers the page does not have.
  const ms: unknown = await page.evaluate(`(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const t0 = performance.now();
    location.hash = ${JSON.stringify(`#${route}`)};
    const out = [];
    for (const selector of ${JSON.stringify(selectors)}) {
      while (!document.querySelector(selector)) await frame();
      await frame();
      await frame();
      out.push(performance.now() - t0);
    }
    return out;
  })()`);
  if (!Array.isArray(ms) || !ms.every((x) => typeof x === 'number'))
    throw new Error('The page did not report its times.');
  return ms as number[];
}

/**
 * Opens the vault in `dataDir` `runs + 1` times; each time unlocks on `start` (so unlocking is
 * not counted), takes `measure` right away (cold) and again after `settleMs` of background
 * work, coming back from `start` (warm). The first run only warms Chromium's caches.
 */
export async function timeScreenOpens<T>(opts: {
  figure: string;
  dataDir: string;
  start: { route: string; heading: string };
  settleMs: number;
  runs: number;
  measure: (page: Page) => Promise<T>;
}): Promise<{ cold: T[]; warm: T[] }> {
  if (!existsSync(join(RENDERER, 'index.html')))
    throw new Error(`The ${opts.figure} figure needs the built UI: run \`npm run build\` first.`);
  const server = await serveStatic(RENDERER);
  let browser: Browser | null = null;
  const cold: T[] = [];
  const warm: T[] = [];
  const backToStart = async (page: Page): Promise<void> => {
    await page.getByRole('heading', { level: 1, name: opts.start.heading }).waitFor();
  };
  try {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    for (let i = 0; i < opts.runs + 1; i++) {
      const core: Core = await createCore(benchDeps(opts.dataDir));
      const context = await browser.newContext({ viewport: { width: 1280, height: 840 } });
      await installBridge(context, () => core);
      const page = await context.newPage();
      await page.goto(`${server.url}#${opts.start.route}`);
      await page.getByLabel('Passphrase', { exact: true }).fill(BENCH_PASSPHRASE);
      await page.getByRole('button', { name: 'Unlock' }).click();
      await backToStart(page);
      const first = await opts.measure(page);
      await page.waitForTimeout(opts.settleMs);
      await page.evaluate(`location.hash = ${JSON.stringify(`#${opts.start.route}`)}`);
      await backToStart(page);
      const again = await opts.measure(page);
      if (i > 0) {
        cold.push(first);
        warm.push(again);
      }
      await context.close();
      await core.dispose();
    }
  } finally {
    await browser?.close();
    await server.close();
  }
  return { cold, warm };
}
