import type { LedgerEntry } from '../../../../shared/domain/goodwill';
import type { ShardHandle, VaultStore } from '../../vault/store';
import {
  goodwillShard,
  ledgerShard,
  ledgerYear,
  type GoodwillData,
  type LedgerYearData,
} from './goodwillShard';
import { totalsOfYear } from './ledgerMath';

/** Lets other work run between two years, so background work never blocks for long. */
const yieldToOthers = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * The ledger across its year shards, and the per-year totals kept beside it in the small
 * goodwill shard. A change writes its year first and the totals second; a crash between
 * the two leaves totals one revision behind, which the next read of that year (or the
 * check after unlock) recomputes.
 */
export interface LedgerBook {
  /** The goodwill summary shard (categories, proposals, totals). */
  summary(): Promise<ShardHandle<GoodwillData>>;
  /** Years that hold a ledger shard, oldest first. */
  years(): string[];
  /** One year's shard, with its totals brought up to date; null when that year has no shard. */
  year(year: string): Promise<ShardHandle<LedgerYearData> | null>;
  /** Lines dated in [from, to], reading only the years that range covers. */
  linesBetween(from: string, to: string): Promise<LedgerEntry[]>;
  /** Changes one year's lines (creating the year when needed) and updates its totals. */
  write(year: string, fn: (entries: LedgerEntry[]) => LedgerEntry[]): Promise<void>;
  /** The line with this id and the year it lives in, newest years searched first. */
  find(id: string): Promise<{ year: string; entry: LedgerEntry } | null>;
  /** Reads every year, drops a stale copy of a line found in two years, and fixes totals. */
  checkAll(stillWanted: () => boolean): Promise<void>;
}

/** Builds the ledger book on the vault's store. */
export function createLedgerBook(store: () => VaultStore): LedgerBook {
  const summary = () => store().open(goodwillShard);
  const years = () => store().parts(ledgerShard.kind);

  async function reconcile(year: string, h: ShardHandle<LedgerYearData>): Promise<void> {
    const s = await summary();
    const known = s.data.years[year];
    if ((known?.revision ?? 0) === h.data.revision && (known || h.data.entries.length === 0))
      return;
    const totals = totalsOfYear(h.data.entries, h.data.revision);
    s.change((d) => {
      d.years[year] = totals;
    });
  }

  async function year(y: string): Promise<ShardHandle<LedgerYearData> | null> {
    if (!years().includes(y)) return null;
    const h = await store().open(ledgerShard, y);
    await reconcile(y, h);
    return h;
  }

  async function write(y: string, fn: (entries: LedgerEntry[]) => LedgerEntry[]): Promise<void> {
    const h = await store().open(ledgerShard, y);
    h.change((d) => {
      d.entries = fn(d.entries);
      d.revision += 1;
    });
    const totals = totalsOfYear(h.data.entries, h.data.revision);
    (await summary()).change((d) => {
      d.years[y] = totals;
    });
  }

  return {
    summary,
    years,
    year,
    write,
    async linesBetween(from, to) {
      const out: LedgerEntry[] = [];
      for (const y of years()) {
        if (y < ledgerYear(from) || y > ledgerYear(to)) continue;
        const h = await year(y);
        for (const e of h?.data.entries ?? []) if (e.date >= from && e.date <= to) out.push(e);
      }
      return out;
    },
    async find(id) {
      for (const y of [...years()].reverse()) {
        const entry = (await year(y))?.data.entries.find((e) => e.id === id);
        if (entry) return { year: y, entry };
      }
      return null;
    },
    async checkAll(stillWanted) {
      const seen = new Map<string, { year: string; entry: LedgerEntry }>();
      const stale: { year: string; id: string }[] = [];
      for (const y of [...years()].reverse()) {
        if (!stillWanted()) return;
        const h = await year(y);
        for (const e of h?.data.entries ?? []) {
          const other = seen.get(e.id);
          if (!other) {
            seen.set(e.id, { year: y, entry: e });
            continue;
          }
          // A line moved to another year is written there before it leaves the old one: keep the newer copy.
          const version = (x: LedgerEntry): string => x.updatedAt ?? x.createdAt;
          stale.push(
            version(other.entry) >= version(e)
              ? { year: y, id: e.id }
              : { year: other.year, id: e.id },
          );
        }
        await yieldToOthers();
      }
      if (!stillWanted()) return;
      for (const s of stale) await write(s.year, (entries) => entries.filter((e) => e.id !== s.id));
      const present = new Set(years());
      const orphaned = Object.keys((await summary()).data.years).filter((y) => !present.has(y));
      if (orphaned.length) {
        (await summary()).change((d) => {
          for (const y of orphaned) delete d.years[y];
        });
      }
    },
  };
}
