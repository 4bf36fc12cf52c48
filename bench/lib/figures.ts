/** The data sizes every figure is measured at. */
export const SIZES = ['1-month', '10-years', '30-years'] as const;
export type BenchSize = (typeof SIZES)[number];

/** One line of the results: what was measured, at which size, by which implementation. */
export interface BenchRecord {
  figure: string;
  /** A vault size, or a figure's own size (e.g. `google-like` for calendar files). */
  size: BenchSize | (string & {});
  impl: string;
  /** Times, for figures that are times. */
  median_ms?: number;
  p95_ms?: number;
  /** The next frame after a key, beside the script work per key (`typing`). */
  next_frame_p95_ms?: number;
  /** Gzipped kilobytes (`entry-js`). */
  kb?: number;
  /** Megabytes of JS heap (`memory`). */
  mb?: number;
  /** Resident memory growth while measured, for figures that record it. */
  peak_mb?: number;
  /** How many timed runs the figures come from (shown in the table, not written to JSON). */
  runs?: number;
}

/** What a figure gets to work with. */
export interface FigureContext {
  size: BenchSize;
  /** A fresh temporary folder, removed when the whole run ends. */
  tempDir(): Promise<string>;
  /**
   * With `--profile DIR`: a folder where figures that support it write a CPU profile of
   * what they time (`.cpuprofile`, opened by Chromium's DevTools). Profiling slows the
   * page down: figures from a profiled run are not comparable with the others.
   */
  profileDir?: string;
}

/** A module's figures: measured once per size. */
export interface BenchFigure {
  /** A short name for the module, shown while it runs (e.g. `vault`). */
  name: string;
  /** The sizes it is measured at, when not every size (a figure that does not depend on data). */
  sizes?: readonly BenchSize[];
  run(ctx: FigureContext): Promise<BenchRecord[]>;
  /** Optional lines printed under the table, e.g. how the results compare with targets. */
  notes?(all: readonly BenchRecord[]): string[];
}

const registry: BenchFigure[] = [];

/**
 * Adds figures to the bench. A module under bench/ calls this at import time; the
 * runner (bench/run.ts) imports each module with one line.
 */
export function registerFigure(figure: BenchFigure): void {
  if (registry.some((f) => f.name === figure.name))
    throw new Error(`Bench figure “${figure.name}” is registered twice.`);
  registry.push(figure);
}

/** Every registered figure module, in import order. */
export function registeredFigures(): readonly BenchFigure[] {
  return registry;
}
