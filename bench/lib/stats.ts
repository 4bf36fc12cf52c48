import { performance } from 'node:perf_hooks';

/** Median and 95th percentile of a set of timings, in ms (nearest-rank). */
export function summarise(samples: number[]): { median_ms: number; p95_ms: number } {
  if (!samples.length) throw new Error('No samples to summarise.');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number): number =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
  const round = (n: number): number => Math.round(n * 100) / 100;
  return { median_ms: round(rank(0.5)), p95_ms: round(rank(0.95)) };
}

/**
 * Times `fn` `runs` times after `warmup` untimed runs; `setup` runs before each call,
 * outside the timing.
 */
export async function measure(
  fn: () => Promise<unknown>,
  opts: { runs: number; warmup?: number; setup?: () => Promise<unknown> },
): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < (opts.warmup ?? 0) + opts.runs; i++) {
    await opts.setup?.();
    const start = performance.now();
    await fn();
    const ms = performance.now() - start;
    if (i >= (opts.warmup ?? 0)) samples.push(ms);
  }
  return samples;
}
