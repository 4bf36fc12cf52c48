/**
 * Figures `ics-import` (sizes `google-like`, `5000-series`) and `ics-exdates` (size
 * `10-years-2000`): reading a calendar file for import, as the worker thread does it (decode,
 * parse, expand, match exceptions), with the resident-memory growth it causes.
 */
import { performance } from 'node:perf_hooks';
import { readIcsBytes } from '../src/main/core/calendar/icsImport';
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

registerFigure({
  name: 'ics',
  async run(): Promise<BenchRecord[]> {
    // The calendar figures have their own sizes: measured once, whatever vault sizes run.
    if (done) return [];
    done = true;
    return [
      run('ics-import', 'google-like', googleLikeFile(), 300),
      run('ics-import', '5000-series', manySeriesFile(), 5000),
      run('ics-exdates', '10-years-2000', tenYearsOfExdates(Date.now()), 1),
    ];
  },
  notes(all) {
    const lines: string[] = [];
    for (const r of all.filter((x) => x.figure === 'ics-import' || x.figure === 'ics-exdates')) {
      const target = r.figure === 'ics-import' ? '≤ 500 ms and ≤ 150 MB' : '≤ 100 ms';
      lines.push(
        `${r.figure} at ${r.size}: ${(r.median_ms ?? NaN).toFixed(0)} ms median, ${(r.p95_ms ?? NaN).toFixed(0)} ms p95${r.peak_mb !== undefined ? `, ${r.peak_mb.toFixed(0)} MB peak memory growth` : ''} (target ${target}); ${cpuMedian.get(`${r.figure}/${r.size}`)?.toFixed(0) ?? '?'} ms CPU time median`,
      );
    }
    return lines;
  },
});
