import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { JSONFile } from 'lowdb/node';
import { Low } from 'lowdb';
import {
  journalShard,
  type JournalShardData,
} from '../src/main/core/services/journal/journalShard';
import { leadersShard } from '../src/main/core/services/leaders/leadersShard';
import { goodwillShard } from '../src/main/core/services/goodwill/goodwillShard';
import { seriesShard } from '../src/main/core/services/meetings/meetingsShard';
import { BENCH_PASSPHRASE, buildBenchVault } from './lib/benchVault';
import { type BenchRecord, type FigureContext, registerFigure } from './lib/figures';
import { JSONFileFsync } from './lib/lowdbFsync';
import { forgetSyntheticVaults } from './lib/synthetic';
import { summarise } from './lib/stats';

const UNLOCK_RUNS = 7;
const LOAD_RUNS = 5;
const AUTOSAVE_RUNS = 60;

/** CPU time (this process, every thread) per autosave, median, by `size/impl`: for the notes. */
const autosaveCpu = new Map<string, number>();

function record(figure: string, ctx: FigureContext, impl: string, samples: number[]): BenchRecord {
  return { figure, size: ctx.size, impl, ...summarise(samples), runs: samples.length };
}

/** Times an async step. */
async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

registerFigure({
  name: 'vault',
  async run(ctx) {
    // Only the vault on disk and the names of its shards are kept: the synthetic data the
    // bench made it from would weigh on every garbage collection of the timed steps.
    const bench = await buildBenchVault(ctx).then((b) => ({
      instance: b.instance,
      part: b.data.currentJournalPart,
      shards: b.data.shards.map((s) => ({ def: s.def, part: s.part })),
    }));
    forgetSyntheticVaults();
    const part = bench.part;
    const out: BenchRecord[] = [];

    // unlock: passphrase to first screen — key derivation (N=2^17), every file checked,
    // the manifest, and what the first screens read (leaders, series, goodwill, this month's journal).
    const unlock: number[] = [];
    for (let i = 0; i < UNLOCK_RUNS + 1; i++) {
      const vault = await bench.instance();
      const ms = await time(async () => {
        await vault.handlers.unlock({ method: 'passphrase', secret: BENCH_PASSPHRASE });
        const store = vault.store();
        await Promise.all([
          store.open(leadersShard),
          store.open(seriesShard),
          store.open(goodwillShard),
          store.open(journalShard, part),
        ]);
      });
      if (i > 0) unlock.push(ms);
      await vault.dispose();
    }
    out.push(record('unlock', ctx, 'upward', unlock));

    // load: every shard decrypted, parsed and validated (key derivation not included).
    const load: number[] = [];
    for (let i = 0; i < LOAD_RUNS + 1; i++) {
      const vault = await bench.instance();
      await vault.handlers.unlock({ method: 'passphrase', secret: BENCH_PASSPHRASE });
      const ms = await time(() =>
        Promise.all(bench.shards.map((s) => vault.store().open(s.def, s.part))),
      );
      if (i > 0) load.push(ms);
      await vault.dispose();
    }
    out.push(record('load', ctx, 'upward', load));

    // autosave: one change to this month's journal shard, until it is on disk, against the
    // same shard written by other means. The four are timed in turn, one write each per round,
    // so that a disk or machine busy for a moment weighs on all of them alike.
    const vault = await bench.instance();
    await vault.handlers.unlock({ method: 'passphrase', secret: BENCH_PASSPHRASE });
    const journal = await vault.store().open(journalShard, part);
    const edit = (d: JournalShardData, i: number): void => {
      d.entries[0].title = `Edited ${i}`;
      d.entries[0].updatedAt = new Date().toISOString();
    };
    const plainDir = await ctx.tempDir();
    const plainData = structuredClone(journal.data);
    // Unencrypted, by plain lowdb (JSONFile: temp file and rename, no fsync).
    const db = new Low<JournalShardData>(
      new JSONFile(join(plainDir, `journal-${part}.json`)),
      plainData,
    );
    await db.write();
    // Unencrypted, by lowdb with a writer as durable as ours (fsync of the file and its folder).
    const synced = new Low<JournalShardData>(
      new JSONFileFsync(join(plainDir, `journal-${part}-fsync.json`)),
      structuredClone(plainData),
    );
    // The bytes lowdb wrote, by a bare fs.writeFile (no serialising, no rename, no fsync).
    const bytes = await readFile(join(plainDir, `journal-${part}.json`));
    const target = join(plainDir, 'bare.json');
    const impls: { impl: string; write: (i: number) => Promise<unknown> }[] = [
      {
        impl: 'upward',
        write: async (i) => {
          journal.change((d) => edit(d, i));
          await vault.store().flush();
        },
      },
      {
        impl: 'lowdb-plain',
        write: async (i) => {
          edit(db.data, i);
          await db.write();
        },
      },
      {
        impl: 'lowdb-fsync',
        write: async (i) => {
          edit(synced.data, i);
          await synced.write();
        },
      },
      { impl: 'fs-write', write: () => writeFile(target, bytes) },
    ];
    const samples = new Map<string, number[]>(impls.map((m) => [m.impl, []]));
    const cpu = new Map<string, number[]>(impls.map((m) => [m.impl, []]));
    for (let i = 0; i < AUTOSAVE_RUNS + 3; i++) {
      // Each round starts with another of the four.
      for (let k = 0; k < impls.length; k++) {
        const m = impls[(i + k) % impls.length];
        const cpuStart = process.cpuUsage();
        const ms = await time(() => m.write(i));
        const used = process.cpuUsage(cpuStart);
        if (i >= 3) {
          samples.get(m.impl)?.push(ms);
          cpu.get(m.impl)?.push((used.user + used.system) / 1000);
        }
      }
    }
    await vault.dispose();
    for (const m of impls) {
      out.push(record('autosave', ctx, m.impl, samples.get(m.impl) ?? []));
      autosaveCpu.set(`${ctx.size}/${m.impl}`, summarise(cpu.get(m.impl) ?? []).median_ms ?? NaN);
    }
    return out;
  },

  notes(all) {
    const get = (figure: string, size: string, impl: string): BenchRecord | undefined =>
      all.find((r) => r.figure === figure && r.size === size && r.impl === impl);
    const lines: string[] = [];
    const small = get('autosave', '1-month', 'upward');
    const big = get('autosave', '10-years', 'upward');
    if (small && big) {
      const ratio = (big.p95_ms ?? NaN) / (small.p95_ms ?? NaN);
      lines.push(`autosave p95, 10 years vs 1 month: ${ratio.toFixed(2)}× (target ≤ 2×)`);
    }
    for (const size of ['1-month', '10-years', '30-years']) {
      const enc = get('autosave', size, 'upward');
      const plain = get('autosave', size, 'lowdb-fsync');
      if (enc && plain) {
        const cpuOf = (impl: string): string =>
          (autosaveCpu.get(`${size}/${impl}`) ?? NaN).toFixed(2);
        lines.push(
          `autosave median at ${size}, encrypted vs lowdb writing as durably: ${((enc.median_ms ?? NaN) / (plain.median_ms ?? NaN)).toFixed(2)}× (target ≤ 1.3×); CPU time median ${cpuOf('upward')} ms vs ${cpuOf('lowdb-fsync')} ms`,
        );
      }
    }
    const unlock = get('unlock', '10-years', 'upward');
    if (unlock)
      lines.push(
        `unlock at 10 years, key derivation included: ${(unlock.median_ms ?? NaN).toFixed(0)} ms median (target ≤ 1000 ms)`,
      );
    return lines;
  },
});
