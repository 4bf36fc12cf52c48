import type { JournalEntry, JournalSummary } from '../../../../shared/domain/journal';
import { richTextToPlain } from '../../../../shared/domain/richtext';
import type { ShardHandle } from '../../vault/store';
import type { JournalShardData } from './journalShard';

/** What the catalog keeps of an entry: its summary and its plain text (for search). */
export interface CatalogEntry {
  year: string;
  summary: JournalSummary;
  /** The body as plain text. */
  text: string;
}

interface YearState {
  /** The shard data this year was read from; a different object means it was reloaded. */
  source: JournalShardData;
  byId: Map<string, CatalogEntry>;
}

const EXCERPT_LENGTH = 160;

/** Summarises an entry for lists and search results. */
export function catalogEntry(year: string, e: JournalEntry): CatalogEntry {
  const text = richTextToPlain(e.body);
  const flat = text.replace(/\s+/g, ' ').trim();
  return {
    year,
    text,
    summary: {
      id: e.id,
      date: e.date,
      title: e.title,
      tags: e.tags,
      leaderId: e.leaderId,
      mood: e.mood,
      excerpt: flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH).trimEnd()}…` : flat,
      updatedAt: e.updatedAt,
    },
  };
}

/** Lets other work run between two years' shards so loading never blocks for long. */
export const yieldToOthers = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A year shard copy of an entry that also lives in another year (a crash between two writes). */
export interface Duplicate {
  id: string;
  /** The year whose copy is older and should go. */
  staleYear: string;
}

/**
 * The journal's in-memory catalog: a summary of every entry of every loaded year,
 * rebuilt for a year whenever its shard data is a different object (reloaded or
 * restored), and updated in place as the user writes.
 */
export interface JournalCatalog {
  /** Opens one year's shard and makes sure its summaries are current. */
  year(year: string): Promise<ShardHandle<JournalShardData>>;
  /** Loads every year; with `gently`, yields between years. Returns copies found in two years. */
  all(opts?: { gently?: boolean; stillWanted?: () => boolean }): Promise<Duplicate[]>;
  /** The year an entry lives in, if its year is loaded. */
  locate(id: string): string | undefined;
  entries(): IterableIterator<CatalogEntry>;
  /** The entries of one loaded year. */
  yearEntries(year: string): IterableIterator<CatalogEntry>;
  /** Years loaded, with the data they were read from. */
  loadedYears(): [string, JournalShardData][];
  put(year: string, e: JournalEntry): CatalogEntry;
  drop(id: string): void;
  get(id: string): CatalogEntry | undefined;
}

/** Builds a catalog over the vault's journal shards. */
export function createJournalCatalog(
  open: (year: string) => Promise<ShardHandle<JournalShardData>>,
  parts: () => string[],
): JournalCatalog {
  const years = new Map<string, YearState>();
  const where = new Map<string, string>();
  const duplicates: Duplicate[] = [];

  function rebuild(year: string, source: JournalShardData): void {
    const old = years.get(year);
    for (const id of old?.byId.keys() ?? []) if (where.get(id) === year) where.delete(id);
    const byId = new Map<string, CatalogEntry>();
    for (const e of source.entries) {
      const other = where.get(e.id);
      const otherEntry = other ? years.get(other)?.byId.get(e.id) : undefined;
      if (other && other !== year && otherEntry) {
        const keepOther = otherEntry.summary.updatedAt >= e.updatedAt;
        duplicates.push({ id: e.id, staleYear: keepOther ? year : other });
        if (keepOther) continue;
        years.get(other)?.byId.delete(e.id);
      }
      byId.set(e.id, catalogEntry(year, e));
      where.set(e.id, year);
    }
    years.set(year, { source, byId });
  }

  async function year(y: string): Promise<ShardHandle<JournalShardData>> {
    const h = await open(y);
    if (years.get(y)?.source !== h.data) rebuild(y, h.data);
    return h;
  }

  return {
    year,
    async all(opts = {}) {
      for (const y of [...parts()].reverse()) {
        if (opts.stillWanted && !opts.stillWanted()) break;
        await year(y);
        if (opts.gently) await yieldToOthers();
      }
      return duplicates.splice(0);
    },
    locate: (id) => where.get(id),
    *entries() {
      for (const st of years.values()) yield* st.byId.values();
    },
    *yearEntries(y) {
      yield* years.get(y)?.byId.values() ?? [];
    },
    loadedYears: () => [...years].map(([y, st]) => [y, st.source]),
    put(y, e) {
      const prev = where.get(e.id);
      if (prev && prev !== y) years.get(prev)?.byId.delete(e.id);
      const entry = catalogEntry(y, e);
      years.get(y)?.byId.set(e.id, entry);
      where.set(e.id, y);
      return entry;
    },
    drop(id) {
      const y = where.get(id);
      if (y) years.get(y)?.byId.delete(id);
      where.delete(id);
    },
    get(id) {
      const y = where.get(id);
      return y ? years.get(y)?.byId.get(id) : undefined;
    },
  };
}
