/**
 * Figure `search`: full-text search of the journal over the whole vault, as the UI asks
 * for it (`journal:search` through the core's dispatcher, top 50 with highlighted
 * snippets), once the index built after unlock is ready. Impl `upward` is the MiniSearch
 * index; impl `linear-scan` answers the same queries over the same entries by scanning
 * every entry's text, as an app without an index would.
 */
import { performance } from 'node:perf_hooks';
import type { JournalShardData } from '../src/main/core/services/journal/journalShard';
import {
  matchRanges,
  normalizeTerm,
  snippetAround,
  tokenize,
} from '../src/main/core/services/journal/searchText';
import { createCore } from '../src/main/core/core';
import { richTextToPlain } from '../src/shared/domain/richtext';
import { BENCH_PASSPHRASE, benchDeps, buildBenchVault } from './lib/benchVault';
import { type BenchRecord, type FigureContext, registerFigure } from './lib/figures';
import { summarise } from './lib/stats';

/** What people type: whole words, prefixes while typing, typos, several words, a word that is not there. */
const QUERIES = [
  'budget',
  'roadmap',
  'feedback',
  'autonomy',
  'postmortem',
  'sponsor',
  'bud',
  'roadm',
  'feedb',
  'postm',
  'migra',
  'tradeo',
  'budgat',
  'roadmsp',
  'feedbak',
  'migrtion',
  'postmortm',
  'comitment',
  'budget review',
  'trust early',
  'hiring plan',
  'board pressure',
  'clear decision',
  'customer incident',
  'zebra',
  'quarterly offsite',
  'deliver early credit',
  'risk',
  'win',
  'ask',
];
const ROUNDS = 5;
/** Fresh unlocks timed for the first search and for "on this day". */
const FIRST_RUNS = 5;
const LIMIT = 50;

interface Doc {
  id: string;
  date: string;
  title: string;
  text: string;
}

/** The search an app without an index would do: every entry's text, every time. */
function linearScan(docs: readonly Doc[], query: string): { id: string; snippet: string }[] {
  const terms = tokenize(query).map(normalizeTerm);
  if (!terms.length) return [];
  const hits: { doc: Doc; score: number }[] = [];
  for (const doc of docs) {
    const hay = normalizeTerm(`${doc.title}\n${doc.text}`);
    let score = 0;
    for (const t of terms) {
      const at = hay.indexOf(t);
      if (at < 0) {
        score = -1;
        break;
      }
      score += 1;
    }
    if (score > 0) hits.push({ doc, score });
  }
  hits.sort((a, b) => b.score - a.score || b.doc.date.localeCompare(a.doc.date));
  return hits.slice(0, LIMIT).map(({ doc }) => {
    const found = new Set(
      tokenize(normalizeTerm(doc.text)).filter((w) => terms.some((t) => w.startsWith(t))),
    );
    matchRanges(doc.title, found);
    return { id: doc.id, snippet: snippetAround(doc.text, found).snippet };
  });
}

async function time(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

registerFigure({
  name: 'search',
  async run(ctx: FigureContext): Promise<BenchRecord[]> {
    const bench = await buildBenchVault(ctx);
    // First unlock on this computer: no saved index, so the first search waits for it to be built.
    const first = await createCore(benchDeps(bench.dataDir));
    await first.vault.handlers.unlock({ method: 'passphrase', secret: BENCH_PASSPHRASE });
    const build = await time(() => first.dispatch('journal:search', { query: 'warm-up' }));
    await first.journal.saveIndex();
    await first.dispose();

    // Every later unlock: the saved index is read back, and only what changed is re-read.
    const firstSearch: number[] = [];
    const thisDay: number[] = [];
    const day = bench.data.lastDay;
    for (let i = 0; i < FIRST_RUNS + 1; i++) {
      const c = await createCore(benchDeps(bench.dataDir));
      await c.vault.handlers.unlock({ method: 'passphrase', secret: BENCH_PASSPHRASE });
      const a = await time(() =>
        c.dispatch('journal:search', { query: QUERIES[i % QUERIES.length] }),
      );
      await c.dispose();
      const d = await createCore(benchDeps(bench.dataDir));
      await d.vault.handlers.unlock({ method: 'passphrase', secret: BENCH_PASSPHRASE });
      const b = await time(() => d.dispatch('journal:onThisDay', { date: day }));
      await d.dispose();
      if (i > 0) {
        firstSearch.push(a);
        thisDay.push(b);
      }
    }

    const core = await createCore(benchDeps(bench.dataDir));
    await core.vault.handlers.unlock({ method: 'passphrase', secret: BENCH_PASSPHRASE });
    await core.dispatch('journal:search', { query: 'warm-up' });

    const docs: Doc[] = bench.data.shards
      .filter((s) => s.def.kind === 'journal')
      .flatMap((s) => (s.data as JournalShardData).entries)
      .map((e) => ({ id: e.id, date: e.date, title: e.title, text: richTextToPlain(e.body) }));

    const upward: number[] = [];
    const scan: number[] = [];
    for (let round = 0; round < ROUNDS + 1; round++) {
      for (const query of QUERIES) {
        const a = await time(async () => {
          const r = await core.dispatch('journal:search', { query, limit: LIMIT });
          if (!r.ok) throw new Error(r.error.message);
        });
        const b = await time(() => linearScan(docs, query));
        // The first round warms the JIT and caches; it is not counted.
        if (round > 0) {
          upward.push(a);
          scan.push(b);
        }
      }
    }
    await core.dispose();
    return [
      {
        figure: 'search',
        size: ctx.size,
        impl: 'upward',
        ...summarise(upward),
        runs: upward.length,
      },
      {
        figure: 'search',
        size: ctx.size,
        impl: 'linear-scan',
        ...summarise(scan),
        runs: scan.length,
      },
      {
        figure: 'search-first',
        size: ctx.size,
        impl: 'upward',
        ...summarise(firstSearch),
        runs: firstSearch.length,
      },
      {
        figure: 'search-first',
        size: ctx.size,
        impl: 'no-saved-index',
        ...summarise([build]),
        runs: 1,
      },
      {
        figure: 'on-this-day',
        size: ctx.size,
        impl: 'upward',
        ...summarise(thisDay),
        runs: thisDay.length,
      },
    ];
  },
  notes(all) {
    const r = all.find(
      (x) => x.figure === 'search' && x.size === '10-years' && x.impl === 'upward',
    );
    const s = all.find(
      (x) => x.figure === 'search' && x.size === '10-years' && x.impl === 'linear-scan',
    );
    const f = all.find(
      (x) => x.figure === 'search-first' && x.size === '10-years' && x.impl === 'upward',
    );
    const d = all.find((x) => x.figure === 'on-this-day' && x.size === '10-years');
    const lines: string[] = [];
    if (r)
      lines.push(
        `search at 10 years: ${r.p95_ms.toFixed(1)} ms p95 with the index (target ≤ 30 ms)${s ? `, ${s.p95_ms.toFixed(1)} ms p95 scanning every entry` : ''}`,
      );
    if (f)
      lines.push(
        `search-first at 10 years: ${f.median_ms.toFixed(0)} ms median for a search right after unlock, the saved index read back (target ≤ 150 ms)`,
      );
    if (d)
      lines.push(
        `on-this-day at 10 years: ${d.median_ms.toFixed(0)} ms median right after unlock (target ≤ 50 ms)`,
      );
    return lines;
  },
});
