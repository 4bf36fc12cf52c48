/**
 * Figures `cold-start` and `entry-js`: a fresh browser context opens the app on a locked
 * vault, in Chromium mode (the built UI in Chromium, the real core behind the e2e bridge).
 *
 * `cold-start` runs from navigation until the passphrase field has been painted (two
 * animation frames after it is in the page). `entry-js` (field `kb`) is the gzipped size of
 * every JavaScript file the page had asked for before the field was in the page: what the first
 * screen costs to load.
 * The notes add the main thread's CPU time until then, from a few traced runs (CPU time is
 * what a busy machine inflates least). Impl `blank-page` opens a page holding only a
 * passphrase field the same way: what the machine and the harness (a fresh context, the
 * bridge's scripts, the static server) cost before any of the app.
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { createCore } from '../src/main/core/core';
import { installBridge } from '../e2e/bridge/installBridge';
import { serveStatic } from '../e2e/bridge/staticServer';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/fixtures/mode';
import { BENCH_PASSPHRASE, benchDeps } from './lib/benchVault';
import { type BenchRecord, registerFigure } from './lib/figures';
import { summarise } from './lib/stats';
import { cpuUntilMark } from './lib/traceKeys';

const RENDERER = resolve(import.meta.dirname, '..', 'out', 'renderer');
const RUNS = 15;
/** Further runs, traced, for the main thread's CPU time (tracing slows a run: not timed). */
const TRACED_RUNS = 5;

/** The main thread's CPU time until the first screen, median, for the notes. */
let cpuNote = '';
/** The same harness on a page with nothing but the field, for the notes. */
let blankNote = '';

/**
 * Runs in the page before its own scripts: notes when the passphrase field is painted, and
 * which scripts the page had asked for before the field was there (the app behind the first
 * screen, fetched once it is painted, may arrive before the figure's second frame: not counted);
 * and when the field in the page is the app's own (`upward-live`: on a prerendered screen,
 * once the app has taken it over).
 */
const WATCH = `(() => {
  const field = () => document.querySelector('input[type="password"]');
  const look = () => {
    if (!field()) return requestAnimationFrame(look);
    const at = performance.now();
    requestAnimationFrame(() => requestAnimationFrame(() => {
      performance.mark('upward-first-screen');
      window.__firstScreen = {
        ms: performance.now(),
        scripts: performance.getEntriesByType('resource')
          .filter((e) => e.startTime < at && new URL(e.name).pathname.endsWith('.js'))
          .map((e) => e.name),
      };
    }));
  };
  requestAnimationFrame(look);
  // When the field in the page is the app's own (React's), in the frame that shows it.
  const live = () => {
    const f = field();
    if (f && Object.keys(f).some((k) => k.startsWith('__reactProps'))) window.__live = performance.now();
    else requestAnimationFrame(live);
  };
  requestAnimationFrame(live);
})();`;

const gzippedKb = (file: string): number =>
  gzipSync(readFileSync(file), { level: 9 }).length / 1024;

/** A page holding only a passphrase field: what the same harness costs before any app. */
const BLANK_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="UTF-8" /><title>Blank</title></head>
<body><label>Passphrase <input type="password" /></label></body></html>
`;

/**
 * Opens `url` in a fresh context `runs` times (after one run that warms Chromium's own caches)
 * and returns when the passphrase field was painted each time; with `traced`, that many more
 * runs are traced for the main thread's CPU time. `scripts` are those the last run had asked for.
 */
async function timeFirstScreens(
  browser: Browser,
  url: string,
  dataDir: string,
  runs: number,
  traced: number,
  app: boolean,
): Promise<{
  times: number[];
  live: number[];
  busy: number[];
  script: number[];
  scripts: string[];
}> {
  const times: number[] = [];
  const live: number[] = [];
  const busy: number[] = [];
  const script: number[] = [];
  let scripts: string[] = [];
  for (let i = 0; i < runs + 1 + traced; i++) {
    const tracing = i > runs;
    const core = await createCore(benchDeps(dataDir));
    const context = await browser.newContext({ viewport: { width: 1280, height: 840 } });
    await installBridge(context, () => core);
    await context.addInitScript(WATCH);
    const page = await context.newPage();
    if (tracing)
      await browser.startTracing(page, {
        categories: ['devtools.timeline', 'v8', 'toplevel', 'blink.user_timing'],
      });
    // The app's page is opened as main opens it, told about its first screen.
    await page.goto(app ? url + (await core.firstScreenQuery()) : url);
    // Polled from outside: the page's policy allows no evaluated strings of its own.
    const ready = app ? 'window.__firstScreen && window.__live' : 'window.__firstScreen';
    let seen: unknown;
    while (!(seen = await page.evaluate(`${ready} && [window.__firstScreen, window.__live]`)))
      await page.waitForTimeout(20);
    const [{ ms, scripts: loaded }, liveMs] = seen as [
      { ms: number; scripts: string[] },
      number | undefined,
    ];
    if (tracing) {
      const cpu = cpuUntilMark(
        (await browser.stopTracing()).toString('utf8'),
        'upward-first-screen',
      );
      if (cpu) {
        busy.push(cpu.busy);
        script.push(cpu.script);
      }
    }
    // The first run only warms Chromium's own caches (not the page's: each context is new).
    else if (i > 0) {
      times.push(ms);
      if (liveMs !== undefined) live.push(liveMs);
    }
    scripts = loaded;
    await context.close();
    await core.dispose();
  }
  return { times, live, busy, script, scripts };
}

registerFigure({
  name: 'cold-start',
  sizes: ['10-years'],
  async run(ctx): Promise<BenchRecord[]> {
    if (!existsSync(join(RENDERER, 'index.html')))
      throw new Error('The cold-start figure needs the built UI: run `npm run build` first.');
    // The first screen does not depend on what the vault holds: a new, empty vault, locked.
    const dataDir = await ctx.tempDir();
    const setup = await createCore(benchDeps(dataDir));
    await setup.handlers.vault.create({ passphrase: BENCH_PASSPHRASE });
    await setup.dispose();
    const blankDir = await ctx.tempDir();
    await writeFile(join(blankDir, 'index.html'), BLANK_PAGE);

    const server = await serveStatic(RENDERER);
    const blankServer = await serveStatic(blankDir);
    let browser: Browser | null = null;
    let app: Awaited<ReturnType<typeof timeFirstScreens>>;
    let blank: Awaited<ReturnType<typeof timeFirstScreens>>;
    try {
      browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
      app = await timeFirstScreens(browser, server.url, dataDir, RUNS, TRACED_RUNS, true);
      blank = await timeFirstScreens(browser, blankServer.url, dataDir, RUNS, 0, false);
      cpuNote = `cold-start: the page's main thread until the passphrase field is painted, CPU time median ${(summarise(app.busy).median_ms ?? NaN).toFixed(0)} ms, of it script ${(summarise(app.script).median_ms ?? NaN).toFixed(0)} ms (${app.busy.length} traced runs)`;
      blankNote = `cold-start, blank-page: a page holding only a passphrase field, opened the same way (fresh context, the bridge's scripts): ${(summarise(blank.times).median_ms ?? NaN).toFixed(0)} ms median, what this machine and harness cost before any of the app`;
    } finally {
      await browser?.close();
      await server.close();
      await blankServer.close();
    }
    const files = [...new Set(app.scripts.map((url) => new URL(url).pathname))].map((p) =>
      join(RENDERER, decodeURIComponent(p)),
    );
    const kb = files.reduce((sum, f) => sum + gzippedKb(f), 0);
    return [
      {
        figure: 'cold-start',
        size: ctx.size,
        impl: 'upward',
        ...summarise(app.times),
        runs: app.times.length,
      },
      {
        figure: 'cold-start',
        size: ctx.size,
        impl: 'upward-live',
        ...summarise(app.live),
        runs: app.live.length,
      },
      {
        figure: 'cold-start',
        size: ctx.size,
        impl: 'blank-page',
        ...summarise(blank.times),
        runs: blank.times.length,
      },
      {
        figure: 'entry-js',
        size: ctx.size,
        impl: 'upward',
        kb: Math.round(kb * 10) / 10,
        runs: 1,
      },
    ];
  },

  notes: () => [cpuNote, blankNote].filter(Boolean),
});
