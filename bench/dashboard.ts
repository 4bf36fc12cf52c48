/**
 * Figure `dashboard-open`: the dashboard's time to painted, in Chromium mode (the built
 * UI in Chromium, the real core over a real encrypted vault behind the e2e bridge).
 *
 * The user has just unlocked (on the leaders screen, so unlocking is not counted) and opens
 * the dashboard: the clock runs from the route change until the one-pager's content has
 * been painted (two animation frames after it is in the page). Recent wins load on their
 * own, so the page never waits for the journal: `dashboard-open-wins` is the time until
 * they are painted too. `dashboard-reopen` is the one-pager a few seconds later, once the
 * background loading after unlock has settled.
 */
import { createCore } from '../src/main/core/core';
import { BENCH_PASSPHRASE, benchDeps, buildBenchVault } from './lib/benchVault';
import { type BenchRecord, type FigureContext, registerFigure } from './lib/figures';
import { timeRoute, timeScreenOpens } from './lib/screenTiming';
import { summarise } from './lib/stats';

/**
 * Every ledger line was written by the goodwill service in real use, which keeps per-year
 * totals beside the ledger. The synthetic vault writes lines directly, so read each year
 * once through the service to build those totals, as a real vault would have them.
 */
async function prepareTotals(dataDir: string): Promise<void> {
  const core = await createCore(benchDeps(dataDir));
  await core.vault.handlers.unlock({ method: 'passphrase', secret: BENCH_PASSPHRASE });
  for (const year of core.vault.store().parts('ledger'))
    await core.handlers.goodwill.list({ year });
  await core.vault.store().flush();
  await core.dispose();
}

registerFigure({
  name: 'dashboard',
  async run(ctx: FigureContext): Promise<BenchRecord[]> {
    const bench = await buildBenchVault(ctx);
    await prepareTotals(bench.dataDir);
    const { cold, warm } = await timeScreenOpens({
      figure: 'dashboard',
      dataDir: bench.dataDir,
      start: { route: '/leaders', heading: 'Leaders' },
      settleMs: 5000,
      runs: 5,
      // Recent wins load on their own, after the one-pager: timed separately.
      measure: (page) =>
        timeRoute(page, '/dashboard', [
          '[data-testid="dashboard-ready"]',
          '[data-testid="wins-ready"]',
        ]),
    });
    const record = (figure: string, times: number[]): BenchRecord => ({
      figure,
      size: ctx.size,
      impl: 'upward',
      ...summarise(times),
      runs: times.length,
    });
    return [
      record(
        'dashboard-open',
        cold.map(([page]) => page),
      ),
      record(
        'dashboard-open-wins',
        cold.map(([, wins]) => wins),
      ),
      record(
        'dashboard-reopen',
        warm.map(([page]) => page),
      ),
    ];
  },
});
