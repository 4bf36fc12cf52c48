/**
 * Run by the `memory` figure in a process of its own (`node --expose-gc`), so that nothing
 * of the bench is counted: builds the vault, then measures the core's heap (main) and the
 * page's heap (renderer) once every screen has been visited and one search done. Prints
 * one line of JSON: `{ "main": MB, "process": MB, "renderer": MB }` (`process` also counts
 * Node itself and the Playwright client driving the page).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { createCore } from '../../src/main/core/core';
import { installBridge } from '../../e2e/bridge/installBridge';
import { serveStatic } from '../../e2e/bridge/staticServer';
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/fixtures/mode';
import { BENCH_PASSPHRASE, benchDeps, buildBenchVault } from './benchVault';
import { SIZES, type BenchSize } from './figures';
import { forgetSyntheticVaults } from './synthetic';

const RENDERER = resolve(import.meta.dirname, '..', '..', 'out', 'renderer');
const SCREENS = ['dashboard', 'meetings', 'actions', 'leaders', 'journal', 'goodwill', 'settings'];
const MB = 1024 * 1024;

async function main(): Promise<void> {
  const size = process.argv[2] as BenchSize;
  if (!(SIZES as readonly string[]).includes(size)) throw new Error(`Unknown size “${size}”.`);
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('Run with node --expose-gc.');
  const settle = async (): Promise<void> => {
    for (let i = 0; i < 3; i++) {
      gc();
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const temps: string[] = [];
  const tempDir = async (): Promise<string> => {
    const d = await mkdtemp(join(tmpdir(), 'upward-bench-memory-'));
    temps.push(d);
    return d;
  };
  const { dataDir } = await buildBenchVault({ size, tempDir });
  forgetSyntheticVaults();

  // A first unlock on this computer saves the search index, as it would be at any later start.
  const first = await createCore(benchDeps(dataDir));
  await first.handlers.vault.unlock({ method: 'passphrase', secret: BENCH_PASSPHRASE });
  await first.handlers.journal.search({ query: 'warm-up', limit: 50 });
  await first.journal.saveIndex();
  await first.dispose();

  const server = await serveStatic(RENDERER);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    await settle();
    // The JS heap, and the buffers it holds outside it (the journal's saved texts are kept as bytes).
    const held = (): number => {
      const m = process.memoryUsage();
      return m.heapUsed + m.arrayBuffers;
    };
    const before = held();
    const core = await createCore(benchDeps(dataDir));
    const context = await browser.newContext({ viewport: { width: 1280, height: 840 } });
    await installBridge(context, () => core);
    const page = await context.newPage();
    await page.goto(`${server.url}#/dashboard`);
    await page.getByLabel('Passphrase', { exact: true }).fill(BENCH_PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    for (const screen of SCREENS) {
      await page.evaluate(`location.hash = ${JSON.stringify(`#/${screen}`)}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForTimeout(1500);
    }
    await core.journal.ready();
    await page.evaluate(`window.api.journal.search({ query: 'budget review', limit: 50 })`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await settle();
    const after = held();
    process.stdout.write(
      `${JSON.stringify({ main: (after - before) / MB, process: after / MB, renderer: usedSize / MB })}\n`,
    );
    await context.close();
    await core.dispose();
  } finally {
    await browser.close();
    await server.close();
    for (const d of temps) await rm(d, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
