/**
 * Figures `ics-import` (sizes `google-like`, `5000-series`) and `ics-exdates` (size
 * `10-years-2000`): reading a calendar file for import (decode, parse, expand, match
 * exceptions), with the resident-memory growth it causes. Impl `upward` is the read itself, as
 * the worker thread runs it; `upward-worker` is what the user waits for in the app: a fresh
 * worker, started and warmed up while the file dialog is open (not timed), then the file sent
 * to it, read, and the result sent back.
 */
import { performance } from 'node:perf_hooks';
import { readIcsBytes } from '../src/main/core/calendar/icsImport';
import { prepareIcsWorker, readIcsInWorker } from '../src/main/core/calendar/icsJob';
import { googleLikeFile, manySeriesFile, tenYearsOfExdates } from './lib/icsFiles';
import { type BenchRecord, registerFigure } from './lib/figures';
import { summarise } from './lib/stats';

const RUNS = 7;
const MB = 1024 * 1024;
let done = false;
/** Median CPU time of each figure's runs: on a busy machine it shows what the work itself costs. */
const cpuMedian = new Map<string, number>();

function run(
  figure: string,
  size: string,
  text: string,
  expectSeries: number,
): BenchRecord & { peak_mb: number } {
  const bytes = new TextEncoder().encode(text);
  const now = Date.now();
  const samples: number[] = [];
  const cpu: number[] = [];
  let peak = 0;
  for (let i = 0; i < RUNS + 1; i++) {
    global.gc?.();
    const before = process.memoryUsage().rss;
    let high = before;
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const result = readIcsBytes(bytes, { now }, () => {
      high = Math.max(high, process.memoryUsage().rss);
    });
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpuStart);
    high = Math.max(high, process.memoryUsage().rss);
    if (result.series.length !== expectSeries)
      throw new Error(
        `${figure}/${size}: read ${result.series.length} series, expected ${expectSeries}.`,
      );
    // The first run warms the JIT and is not counted.
    if (i > 0) {
      samples.push(ms);
      cpu.push((used.user + used.system) / 1000);
      peak = Math.max(peak, (high - before) / MB);
    }
  }
  cpuMedian.set(`${figure}/${size}`, summarise(cpu).median_ms);
  return {
    figure,
    size,
    impl: 'upward',
    ...summarise(samples),
    peak_mb: Math.round(peak * 10) / 10,
    runs: samples.length,
  };
}

const WORKER_RUNS = 5;

/** The same read through a warmed-up worker, as the app does it; each run a fresh worker. */
async function runInWorker(
  figure: string,
  size: string,
  text: string,
  expectSeries: number,
): Promise<BenchRecord & { peak_mb: number }> {
  const bytes = new TextEncoder().encode(text);
  const now = Date.now();
  const samples: number[] = [];
  const cpu: number[] = [];
  let peak = 0;
  for (let i = 0; i < WORKER_RUNS; i++) {
    await prepareIcsWorker(undefined, now);
    global.gc?.();
    const before = process.memoryUsage().rss;
    let high = before;
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    // The worker's memory counts in the process's: sampled while the main thread waits.
    const sampler = setInterval(() => {
      high = Math.max(high, process.memoryUsage().rss);
    }, 5);
    const result = await readIcsInWorker(bytes, { now });
    clearInterval(sampler);
    samples.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    high = Math.max(high, process.memoryUsage().rss);
    if (result.series.length !== expectSeries)
      throw new Error(
        `${figure}/${size}: read ${result.series.length} series, expected ${expectSeries}.`,
      );
    cpu.push((used.user + used.system) / 1000);
    peak = Math.max(peak, (high - before) / MB);
  }
  cpuMedian.set(`${figure}/${size}/worker`, summarise(cpu).median_ms);
  return {
    figure,
    size,
    impl: 'upward-worker',
    ...summarise(samples),
    peak_mb: Math.round(peak * 10) / 10,
    runs: samples.length,
  };
}

registerFigure({
  name: 'ics',
  async run(): Promise<BenchRecord[]> {
    // The calendar figures have their own sizes: measured once, whatever vault sizes run.
    if (done) return [];
    done = true;
    const files: [string, string, string, number][] = [
      ['ics-import', 'google-like', googleLikeFile(), 300],
      ['ics-import', '5000-series', manySeriesFile(), 5000],
      ['ics-exdates', '10-years-2000', tenYearsOfExdates(Date.now()), 1],
    ];
    const out: BenchRecord[] = files.map(([f, size, text, n]) => run(f, size, text, n));
    for (const [f, size, text, n] of files) out.push(await runInWorker(f, size, text, n));
    return out;
  },
  notes(all) {
    const lines: string[] = [];
    for (const r of all.filter((x) => x.figure === 'ics-import' || x.figure === 'ics-exdates')) {
      const target = r.figure === 'ics-import' ? '≤ 500 ms and ≤ 150 MB' : '≤ 100 ms';
      lines.push(
        `${r.figure} at ${r.size} (${r.impl}): ${(r.median_ms ?? NaN).toFixed(0)} ms median, ${(r.p95_ms ?? NaN).toFixed(0)} ms p95${r.peak_mb !== undefined ? `, ${r.peak_mb.toFixed(0)} MB peak memory growth` : ''} (target ${target}); ${cpuMedian.get(`${r.figure}/${r.size}${r.impl === 'upward-worker' ? '/worker' : ''}`)?.toFixed(0) ?? '?'} ms CPU time median`,
      );
    }
    return lines;
  },
});
