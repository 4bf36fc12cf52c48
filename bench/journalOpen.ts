/**
 * Figure `journal-open`: time from opening the journal to its list painted, in Chromium
 * mode (the built UI in Chromium, the real core over a real encrypted vault behind the
 * e2e bridge).
 *
 * The user has just unlocked (on another screen, so unlocking is not counted) and opens
 * the journal: the clock runs from the route change until entries of the list have been
 * painted (two animation frames after the first row is in the page). `journal-reopen` is
 * the same a few seconds later, once the background loading after unlock has settled.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { createCore, type Core } from '../src/main/core/core';
import { installBridge } from '../e2e/bridge/installBridge';
import { serveStatic } from '../e2e/bridge/staticServer';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/fixtures/mode';
import { BENCH_PASSPHRASE, benchDeps, buildBenchVault } from './lib/benchVault';
import { type BenchRecord, type FigureContext, registerFigure } from './lib/figures';
import { summarise } from './lib/stats';

const RUNS = 5;
const RENDERER = resolve(import.meta.dirname, '..', 'out', 'renderer');
/** How long the background work after unlock gets before the warm figure is taken. */
const SETTLE_MS = 6000;

/** Routes to the journal and waits until its list is painted; returns the milliseconds it took. */
async function timeJournal(page: Page): Promise<number> {
  // A string, so the bench's compiler adds no helpers the page does not have.
  return page.evaluate(`(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const t0 = performance.now();
    location.hash = '#/journal';
    while (!document.querySelector('[role="list"][aria-label^="Entries"] [role="listitem"]')) await frame();
    await frame();
    await frame();
    return performance.now() - t0;
  })()`);
}

registerFigure({
  name: 'journal-open',
  async run(ctx: FigureContext): Promise<BenchRecord[]> {
    if (!existsSync(join(RENDERER, 'index.html')))
      throw new Error('The journal-open figure needs the built UI: run `npm run build` first.');
    const bench = await buildBenchVault(ctx);
    const server = await serveStatic(RENDERER);
    let browser: Browser | null = null;
    const cold: number[] = [];
    const warm: number[] = [];
    try {
      browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
      for (let i = 0; i < RUNS + 1; i++) {
        const core: Core = await createCore(benchDeps(bench.dataDir));
        const context = await browser.newContext({ viewport: { width: 1280, height: 840 } });
        await installBridge(context, () => core);
        const page = await context.newPage();
        await page.goto(`${server.url}#/settings`);
        await page.getByLabel('Passphrase', { exact: true }).fill(BENCH_PASSPHRASE);
        await page.getByRole('button', { name: 'Unlock' }).click();
        await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
        const first = await timeJournal(page);
        await page.waitForTimeout(SETTLE_MS);
        await page.evaluate("location.hash = '#/settings'");
        await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
        const again = await timeJournal(page);
        // The first run warms Chromium and the code caches; it is not counted.
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
    return [
      {
        figure: 'journal-open',
        size: ctx.size,
        impl: 'upward',
        ...summarise(cold),
        runs: cold.length,
      },
      {
        figure: 'journal-reopen',
        size: ctx.size,
        impl: 'upward',
        ...summarise(warm),
        runs: warm.length,
      },
    ];
  },
  notes(all) {
    const r = all.find((x) => x.figure === 'journal-open' && x.size === '10-years');
    return r
      ? [
          `journal-open at 10 years, first open after unlock: ${r.median_ms.toFixed(0)} ms median, ${r.p95_ms.toFixed(0)} ms p95 (target ≤ 200 ms)`,
        ]
      : [];
  },
});
