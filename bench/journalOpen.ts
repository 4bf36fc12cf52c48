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
import { buildBenchVault } from './lib/benchVault';
import { type BenchRecord, type FigureContext, registerFigure } from './lib/figures';
import { timeRoute, timeScreenOpens } from './lib/screenTiming';
import { summarise } from './lib/stats';

const FIRST_ROW = '[role="list"][aria-label^="Entries"] [role="listitem"]';

registerFigure({
  name: 'journal-open',
  async run(ctx: FigureContext): Promise<BenchRecord[]> {
    const bench = await buildBenchVault(ctx);
    const { cold, warm } = await timeScreenOpens({
      figure: 'journal-open',
      dataDir: bench.dataDir,
      start: { route: '/settings', heading: 'Settings' },
      settleMs: 6000,
      runs: 5,
      measure: async (page) => (await timeRoute(page, '/journal', [FIRST_ROW]))[0],
    });
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
});
