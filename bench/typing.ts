/**
 * Figure `typing` (size `10-years`): main-thread script work per key while typing, in
 * Chromium mode. A performance trace of the page is taken while the keys are typed; a key's
 * work is the script the page's main thread ran (event handlers, timers, frame callbacks,
 * microtasks, garbage collection) from the task dispatching its keydown until the next
 * key's: everything the key caused, and only CPU time, so a busy machine or the wait for the
 * next frame is not counted. `next_frame_p95_ms` is the wall time from keydown until the
 * next frame has been produced (a message posted from the frame's callback is delivered
 * after it). Two places are typed into, and the record holds the worse: a journal entry of
 * 20,000 words, and the notes of a 1:1 with 100 agenda items. The notes also give the main
 * thread's whole work per key (style, layout and paint included).
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { createCore, type Core } from '../src/main/core/core';
import type { RichDoc } from '../src/shared/domain/richtext';
import { meetingsShard } from '../src/main/core/services/meetings/meetingsShard';
import { installBridge } from '../e2e/bridge/installBridge';
import { serveStatic } from '../e2e/bridge/staticServer';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/fixtures/mode';
import { BENCH_PASSPHRASE, benchDeps, buildBenchVault } from './lib/benchVault';
import { type BenchRecord, registerFigure } from './lib/figures';
import { summarise } from './lib/stats';
import { type KeyWork, keyWork } from './lib/traceKeys';
import { type CpuProfile, topSelfTime } from './lib/cpuProfile';

const RENDERER = resolve(import.meta.dirname, '..', 'out', 'renderer');
const TYPED = 'we agreed to move the launch and to share the risks early with the board';
const WARM_UP_KEYS = 10;

/** Runs in the page before its scripts: times every key until its next frame. */
const WATCH = `(() => {
  window.__keys = [];
  addEventListener('keydown', () => {
    const t0 = performance.now();
    const rec = { frame: 0 };
    requestAnimationFrame(() => {
      const painted = new MessageChannel();
      painted.port1.onmessage = () => { rec.frame = performance.now() - t0; window.__keys.push(rec); };
      painted.port2.postMessage(0);
    });
  }, true);
})();`;

const words = (n: number): string =>
  Array.from({ length: n }, (_, i) => TYPED.split(' ')[i % 15]).join(' ');

/** About 20,000 words: 2,000 paragraphs of ten. */
const longDoc = (): RichDoc => ({
  type: 'doc',
  content: Array.from({ length: 2000 }, (_, i) => ({
    type: 'paragraph',
    content: [{ type: 'text', text: `${i + 1}. ${words(10)}.` }],
  })),
});

/** Adds an entry of 20,000 words and makes the newest 1:1 hold 100 agenda items; returns both routes. */
async function prepare(core: Core, year: string): Promise<{ entry: string; meeting: string }> {
  await core.handlers.vault.unlock({ method: 'passphrase', secret: BENCH_PASSPHRASE });
  const entry = await core.handlers.journal.create({
    date: '2026-11-20',
    title: 'A very long entry',
    body: longDoc(),
  });
  const h = await core.vault.store().open(meetingsShard, year);
  const meeting = h.data.meetings[0];
  h.change(() => {
    const model = meeting.agenda[0];
    meeting.agenda = Array.from({ length: 100 }, (_, i) => ({
      ...model,
      id: randomBytes(12).toString('base64url'),
      text: `Agenda item ${i + 1}: ${words(8)}`,
    }));
  });
  await core.vault.store().flush();
  return { entry: `/journal/${entry.id}`, meeting: `/meetings/${meeting.id}` };
}

/** Trace categories holding the main thread's tasks, events, script and garbage collection. */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'toplevel',
];

/** The main thread's whole work per key, by place, for the notes. */
const busyP95 = new Map<string, number>();

/** Calls the page made to the core while it was typed into (saves after a pause). */
const bridgeCalls: string[] = [];
/** Per place: how long the typing took and which calls the page made meanwhile, for the notes. */
const typingRuns = new Map<string, { ms: number; calls: string[] }>();

/** With `--profile`: the heaviest functions per place, for the notes. */
const profiled = new Map<string, string[]>();

/**
 * Types into the named text area on a route and returns each key's work and next frame
 * (warm-up keys left out). With `profile`, a CPU profile of the typing is written there.
 */
async function typeInto(
  page: Page,
  route: string,
  label: string,
  profile?: { file: string; impl: string },
): Promise<(KeyWork & { frame: number })[]> {
  await page.evaluate(`location.hash = ${JSON.stringify(`#${route}`)}`);
  const box = page.getByRole('textbox', { name: label, exact: true });
  await box.waitFor();
  await box.click();
  await page.keyboard.press('Control+End');
  await page.waitForTimeout(500);
  await page.evaluate('window.__keys.length = 0');
  const browser = page.context().browser();
  if (!browser) throw new Error('The typing figure needs a browser to trace.');
  const cdp = profile ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.startSampling', {
      samplingInterval: 4096,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
  }
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  bridgeCalls.length = 0;
  const typingStart = Date.now();
  await page.keyboard.type(` ${TYPED}`, { delay: 40 });
  typingRuns.set(label, { ms: Date.now() - typingStart, calls: [...bridgeCalls] });
  // The profile ends before the pause's save: it shows the keys' work only.
  await page.waitForTimeout(100);
  const stopped = cdp ? await cdp.send('Profiler.stop') : null;
  const heap = cdp ? await cdp.send('HeapProfiler.stopSampling') : null;
  await page.waitForTimeout(400);
  const trace = (await browser.stopTracing()).toString('utf8');
  if (profile) await writeFile(profile.file.replace(/\.cpuprofile$/, '.trace.json'), trace);
  const work = keyWork(trace);
  if (cdp && profile && stopped) {
    const cpu = stopped.profile as CpuProfile;
    await writeFile(profile.file, JSON.stringify(cpu));
    if (heap)
      await writeFile(
        profile.file.replace(/\.cpuprofile$/, '.heapprofile'),
        JSON.stringify(heap.profile),
      );
    profiled.set(profile.impl, [
      `typing, ${profile.impl}: CPU profile in ${profile.file}; self time per key, heaviest:`,
      ...topSelfTime(cpu, 15).map(
        (f) => `  ${(f.ms / (TYPED.length + 1)).toFixed(3)} ms  ${f.name}  ${f.where}`,
      ),
    ]);
    await cdp.detach();
  }
  const keys = (await page.evaluate('window.__keys')) as { frame: number }[];
  if (work.length !== keys.length)
    throw new Error(`The trace saw ${work.length} keys, the page ${keys.length}.`);
  return work.map((w, i) => ({ ...w, frame: keys[i].frame })).slice(WARM_UP_KEYS);
}

registerFigure({
  name: 'typing',
  sizes: ['10-years'],
  async run(ctx): Promise<BenchRecord[]> {
    if (!existsSync(join(RENDERER, 'index.html')))
      throw new Error('The typing figure needs the built UI: run `npm run build` first.');
    const bench = await buildBenchVault(ctx);
    const year = bench.data.currentJournalPart.slice(0, 4);
    const setup = await createCore(benchDeps(bench.dataDir));
    const routes = await prepare(setup, year);
    await setup.dispose();

    const server = await serveStatic(RENDERER);
    let browser: Browser | null = null;
    const out: BenchRecord[] = [];
    try {
      browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
      const core = await createCore(benchDeps(bench.dataDir));
      const context = await browser.newContext({ viewport: { width: 1280, height: 840 } });
      const counted: Core = {
        ...core,
        dispatch: (...args) => {
          bridgeCalls.push(args[0]);
          return core.dispatch(...args);
        },
      };
      await installBridge(context, () => counted);
      await context.addInitScript(WATCH);
      const page = await context.newPage();
      await page.goto(`${server.url}#/settings`);
      await page.getByLabel('Passphrase', { exact: true }).fill(BENCH_PASSPHRASE);
      await page.getByRole('button', { name: 'Unlock' }).click();
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      const dir = ctx.profileDir;
      if (dir) await mkdir(dir, { recursive: true });
      const at = (impl: string): { file: string; impl: string } | undefined =>
        dir ? { file: join(dir, `typing-${impl}.cpuprofile`), impl } : undefined;
      const places = [
        {
          impl: 'journal-20k-words',
          keys: await typeInto(page, routes.entry, 'Entry text', at('journal-20k-words')),
        },
        {
          impl: 'meeting-100-items',
          keys: await typeInto(page, routes.meeting, 'Meeting notes', at('meeting-100-items')),
        },
      ];
      const records = places.map(({ impl, keys }) => {
        busyP95.set(impl, summarise(keys.map((k) => k.busy)).p95_ms);
        return {
          figure: 'typing',
          size: ctx.size,
          impl,
          ...summarise(keys.map((k) => k.script)),
          next_frame_p95_ms: summarise(keys.map((k) => k.frame)).p95_ms,
          runs: keys.length,
        };
      });
      const worse = records.reduce((a, b) => ((b.p95_ms ?? 0) > (a.p95_ms ?? 0) ? b : a));
      out.push({ ...worse, impl: 'upward' }, ...records);
      await context.close();
      await core.dispose();
    } finally {
      await browser?.close();
      await server.close();
    }
    return out;
  },

  notes: () => [
    ...[...busyP95].map(
      ([impl, ms]) =>
        `typing, ${impl}: main thread's whole work per key (script, style, layout, paint) p95 ${ms.toFixed(2)} ms`,
    ),
    // Saving waits for a pause of 300 ms; a busy machine delivers keys late enough to make
    // such pauses, and the saves' work then falls among the keys' (their CPU time is counted).
    ...[...typingRuns].map(
      ([label, run]) =>
        `typing, ${label}: ${TYPED.length + 1} keys in ${run.ms} ms (${TYPED.length + 1} × 40 ms when keys arrive on time); the page called the core ${run.calls.length} times meanwhile${run.calls.length ? ` (${[...new Set(run.calls)].join(', ')})` : ''}`,
    ),
    ...[...profiled.values()].flat(),
  ],
});
