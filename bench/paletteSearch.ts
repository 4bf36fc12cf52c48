/**
 * Figure `palette-search`: the command palette's search over everything in the vault
 * (`search:everything` through the core's dispatcher: leaders, 1:1s, agenda items,
 * action items, goodwill entries and projects from the content index, journal entries
 * from the journal's index), five hits per kind, as the palette asks while the user
 * types. `palette-search-first` is the first search after an unlock that finds the journal's
 * index saved (every unlock but a computer's first), asked as soon as unlock has answered.
 */
import { performance } from 'node:perf_hooks';
import { createCore } from '../src/main/core/core';
import { BENCH_PASSPHRASE, benchDeps, buildBenchVault } from './lib/benchVault';
import { forgetSyntheticVaults } from './lib/synthetic';
import { type BenchRecord, type FigureContext, registerFigure } from './lib/figures';
import { summarise } from './lib/stats';

/** What people type into the palette: names, prefixes while typing, typos, several words, nothing found. */
const QUERIES = [
  'd',
  'da',
  'dan',
  'budget',
  'roadm',
  'feedbak',
  'migrtion',
  'hiring plan',
  'board pressure',
  'delivered',
  'deposit',
  'november',
  '2026-11',
  'zebra',
  'trust early',
  'win',
];
const ROUNDS = 5;

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

registerFigure({
  name: 'palette-search',
  sizes: ['1-month', '10-years'],
  async run(ctx: FigureContext): Promise<BenchRecord[]> {
    const { dataDir } = await buildBenchVault(ctx);
    forgetSyntheticVaults();
    // The journal's index is built at the first unlock on a computer and saved; every later
    // unlock reads it back. The figure is a later unlock's, as the user meets it every day.
    const setup = await createCore(benchDeps(dataDir));
    await setup.vault.handlers.unlock({ method: 'passphrase', secret: BENCH_PASSPHRASE });
    await setup.dispatch('journal:search', { query: 'warm-up' });
    await setup.journal.saveIndex();
    await setup.dispose();
    const core = await createCore(benchDeps(dataDir));
    await core.vault.handlers.unlock({ method: 'passphrase', secret: BENCH_PASSPHRASE });
    const ask = async (query: string): Promise<void> => {
      const r = await core.dispatch('search:everything', { query });
      if (!r.ok) throw new Error(r.error.message);
    };
    const first = await time(() => ask('warm-up'));
    const samples: number[] = [];
    for (let round = 0; round < ROUNDS + 1; round++)
      for (const query of QUERIES) {
        const ms = await time(() => ask(query));
        // The first round warms the JIT; it is not counted.
        if (round > 0) samples.push(ms);
      }
    await core.dispose();
    // The palette opened a moment after unlock: the journal has loaded and the content index
    // was built in the background meanwhile.
    const later = await createCore(benchDeps(dataDir));
    await later.vault.handlers.unlock({ method: 'passphrase', secret: BENCH_PASSPHRASE });
    await later.journal.ready();
    await later.search.ready();
    const afterLoading = await time(() =>
      later.dispatch('search:everything', { query: 'warm-up' }).then((r) => {
        if (!r.ok) throw new Error(r.error.message);
      }),
    );
    await later.dispose();
    return [
      {
        figure: 'palette-search',
        size: ctx.size,
        impl: 'upward',
        ...summarise(samples),
        runs: samples.length,
      },
      {
        figure: 'palette-search-first',
        size: ctx.size,
        impl: 'upward',
        ...summarise([first]),
        runs: 1,
      },
      {
        figure: 'palette-search-first',
        size: ctx.size,
        impl: 'after-loading',
        ...summarise([afterLoading]),
        runs: 1,
      },
    ];
  },
  notes(all) {
    const r = all.find(
      (x) => x.figure === 'palette-search' && x.size === '10-years' && x.impl === 'upward',
    );
    const f = all.find(
      (x) => x.figure === 'palette-search-first' && x.size === '10-years' && x.impl === 'upward',
    );
    const later = all.find(
      (x) =>
        x.figure === 'palette-search-first' && x.size === '10-years' && x.impl === 'after-loading',
    );
    const lines: string[] = [];
    if (r)
      lines.push(
        `palette-search at 10 years: ${(r.p95_ms ?? NaN).toFixed(1)} ms p95 over every kind of content (target ≤ 50 ms)`,
      );
    if (f)
      lines.push(
        `palette-search-first at 10 years: ${(f.median_ms ?? NaN).toFixed(0)} ms for the first search after unlock (the journal's index saved), asked the moment unlock answers`,
      );
    if (later)
      lines.push(
        `palette-search-first at 10 years, opened once the background loading after unlock is done: ${(later.median_ms ?? NaN).toFixed(0)} ms`,
      );
    return lines;
  },
});
