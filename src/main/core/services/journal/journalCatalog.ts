import type { JournalEntry, JournalSummary } from '../../../../shared/domain/journal';
import { richTextToPlain } from '../../../../shared/domain/richtext';
import type { ShardHandle } from '../../vault/store';
import { sortParts, type JournalShardData } from './journalShard';

/** What the catalog keeps of an entry: its summary and its plain text (for search). */
export interface CatalogEntry {
  /** The shard part the entry lives in. */
  part: string;
  summary: JournalSummary;
  /** The body as plain text. */
  text: string;
}

interface PartState {
  /** The shard data this part was read from; a different object means it was reloaded. */
  source: JournalShardData;
  byId: Map<string, CatalogEntry>;
}

const EXCERPT_LENGTH = 160;

/** Summarises an entry for lists and search results. */
export function catalogEntry(part: string, e: JournalEntry): CatalogEntry {
  const text = richTextToPlain(e.body);
  const flat = text.replace(/\s+/g, ' ').trim();
  return {
    part,
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

/** Lets other work run between two parts' shards so loading never blocks for long. */
export const yieldToOthers = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A copy of an entry that also lives in another part (a crash between two writes). */
export interface Duplicate {
  id: string;
  /** The part whose copy is older and should go. */
  stalePart: string;
}

/**
 * The journal's in-memory catalog: a summary of every entry of every loaded part,
 * rebuilt for a part whenever its shard data is a different object (reloaded or
 * restored), and updated in place as the user writes.
 */
export interface JournalCatalog {
  /** Opens one part's shard and makes sure its summaries are current. */
  part(part: string): Promise<ShardHandle<JournalShardData>>;
  /** Loads every part, newest first; with `gently`, yields between parts. Returns copies found in two parts. */
  all(opts?: { gently?: boolean; stillWanted?: () => boolean }): Promise<Duplicate[]>;
  /** The part an entry lives in, if its part is loaded. */
  locate(id: string): string | undefined;
  entries(): IterableIterator<CatalogEntry>;
  /** The entries of one loaded part. */
  partEntries(part: string): IterableIterator<CatalogEntry>;
  /** Parts loaded, with the data they were read from. */
  loadedParts(): [string, JournalShardData][];
  put(part: string, e: JournalEntry): CatalogEntry;
  drop(id: string): void;
  get(id: string): CatalogEntry | undefined;
}

/** Builds a catalog over the vault's journal shards. */
export function createJournalCatalog(
  open: (part: string) => Promise<ShardHandle<JournalShardData>>,
  parts: () => string[],
): JournalCatalog {
  const loaded = new Map<string, PartState>();
  const where = new Map<string, string>();
  const duplicates: Duplicate[] = [];

  function rebuild(part: string, source: JournalShardData): void {
    const old = loaded.get(part);
    for (const id of old?.byId.keys() ?? []) if (where.get(id) === part) where.delete(id);
    const byId = new Map<string, CatalogEntry>();
    for (const e of source.entries) {
      const other = where.get(e.id);
      const otherEntry = other ? loaded.get(other)?.byId.get(e.id) : undefined;
      if (other && other !== part && otherEntry) {
        const keepOther = otherEntry.summary.updatedAt >= e.updatedAt;
        duplicates.push({ id: e.id, stalePart: keepOther ? part : other });
        if (keepOther) continue;
        loaded.get(other)?.byId.delete(e.id);
      }
      byId.set(e.id, catalogEntry(part, e));
      where.set(e.id, part);
    }
    loaded.set(part, { source, byId });
  }

  async function part(p: string): Promise<ShardHandle<JournalShardData>> {
    const h = await open(p);
    if (loaded.get(p)?.source !== h.data) rebuild(p, h.data);
    return h;
  }

  return {
    part,
    async all(opts = {}) {
      for (const p of sortParts(parts()).reverse()) {
        if (opts.stillWanted && !opts.stillWanted()) break;
        await part(p);
        if (opts.gently) await yieldToOthers();
      }
      return duplicates.splice(0);
    },
    locate: (id) => where.get(id),
    *entries() {
      for (const st of loaded.values()) yield* st.byId.values();
    },
    *partEntries(p) {
      yield* loaded.get(p)?.byId.values() ?? [];
    },
    loadedParts: () => [...loaded].map(([p, st]) => [p, st.source]),
    put(p, e) {
      const prev = where.get(e.id);
      if (prev && prev !== p) loaded.get(prev)?.byId.delete(e.id);
      const entry = catalogEntry(p, e);
      loaded.get(p)?.byId.set(e.id, entry);
      where.set(e.id, p);
      return entry;
    },
    drop(id) {
      const p = where.get(id);
      if (p) loaded.get(p)?.byId.delete(id);
      where.delete(id);
    },
    get(id) {
      const p = where.get(id);
      return p ? loaded.get(p)?.byId.get(id) : undefined;
    },
  };
}
