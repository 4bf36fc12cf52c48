import {
  EXCERPT_BREAK,
  type JournalEntry,
  type JournalSummary,
} from '../../../../shared/domain/journal';
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
  /**
   * The shard data this part was read from; a different object means it was reloaded. Null
   * when the part came from the saved catalog and its shard has not been opened since.
   */
  source: JournalShardData | null;
  /** The shard version a part taken from the saved catalog was made from. */
  version: string | null;
  /** Its entries by id; null until a part taken from the saved catalog is first needed. */
  byId: Map<string, CatalogEntry> | null;
  /** A part taken from the saved catalog: its ids, and its entries, read when first needed. */
  saved: SavedPartEntries | null;
}

/** A part of the saved catalog: its entries' ids at once, the entries themselves when asked for. */
export interface SavedPartEntries {
  ids: readonly string[];
  /** Null when they cannot be read (the part is then read again from its shard). */
  entries(): CatalogEntry[] | null;
}

/** A part of the catalog as it is now, to be saved: `token` identifies this state of the part. */
export interface PartSnapshot {
  part: string;
  token: object;
  /** The shard data it was read from, or null when it came from the saved catalog (see `version`). */
  source: JournalShardData | null;
  version: string | null;
  entries: CatalogEntry[];
}

/** The version of a shard now: see `VaultStore.shardVersion`. */
export type PartVersion = (part: string) => { version: string; data: unknown } | null;

const EXCERPT_LENGTH = 160;

/** Summarises an entry for lists and search results. */
export function catalogEntry(part: string, e: JournalEntry): CatalogEntry {
  const text = richTextToPlain(e.body);
  // Blocks (a heading, a paragraph, a list item) stay apart: a heading never runs into the text after it.
  const flat = text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(EXCERPT_BREAK);
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
  /**
   * Makes sure one part's summaries are current, opening its shard only when the saved
   * catalog does not hold this version of it.
   */
  ensure(part: string): Promise<void>;
  /** Ensures every part, newest first; with `gently`, yields between parts. Returns copies found in two parts. */
  all(opts?: { gently?: boolean; stillWanted?: () => boolean }): Promise<Duplicate[]>;
  /**
   * Takes a part from the saved catalog, made from shard `version`, unless the part is
   * already loaded; its entries are read when first needed. Returns the part's token, or null
   * when it was not taken.
   */
  adopt(part: string, version: string, saved: SavedPartEntries): object | null;
  /** What identifies the current state of a part (a new object whenever the part is re-read). */
  token(part: string): object | undefined;
  /** Every part as it is now, for saving. */
  snapshot(): PartSnapshot[];
  /** The part an entry lives in, if its part is loaded. */
  locate(id: string): string | undefined;
  entries(): IterableIterator<CatalogEntry>;
  /** The entries of one loaded part. */
  partEntries(part: string): IterableIterator<CatalogEntry>;
  /** Parts loaded, with their tokens. */
  loadedParts(): [string, object][];
  put(part: string, e: JournalEntry): CatalogEntry;
  drop(id: string): void;
  get(id: string): CatalogEntry | undefined;
}

/** Builds a catalog over the vault's journal shards. */
export function createJournalCatalog(
  open: (part: string) => Promise<ShardHandle<JournalShardData>>,
  parts: () => string[],
  versionOf: PartVersion = () => null,
): JournalCatalog {
  const loaded = new Map<string, PartState>();
  const where = new Map<string, string>();
  const duplicates: Duplicate[] = [];

  /**
   * A part's entries by id, reading those of a part taken from the saved catalog when first
   * needed: only those still in the part (an entry may have moved or gone since). When they
   * cannot be read, the part no longer stands for its shard and is read again from it.
   */
  function entriesOf(part: string, st: PartState): Map<string, CatalogEntry> {
    if (st.byId) return st.byId;
    const byId = new Map<string, CatalogEntry>();
    const entries = st.saved?.entries() ?? null;
    if (entries) {
      for (const c of entries) if (where.get(c.summary.id) === part) byId.set(c.summary.id, c);
    } else st.version = null;
    st.byId = byId;
    st.saved = null;
    return byId;
  }

  /** The entries of a loaded part by id (see `entriesOf`); undefined when the part is not loaded. */
  function entriesIn(part: string | undefined): Map<string, CatalogEntry> | undefined {
    const st = part === undefined ? undefined : loaded.get(part);
    return part !== undefined && st ? entriesOf(part, st) : undefined;
  }

  /** The ids a part holds (those of a part not read yet as the saved catalog lists them). */
  const idsOf = (part: string, st: PartState): Iterable<string> =>
    st.byId ? st.byId.keys() : (st.saved?.ids ?? []);

  function rebuild(
    part: string,
    entries: Iterable<CatalogEntry>,
    source: JournalShardData | null,
    version: string | null,
  ): PartState {
    const old = loaded.get(part);
    if (old) for (const id of idsOf(part, old)) if (where.get(id) === part) where.delete(id);
    const byId = new Map<string, CatalogEntry>();
    for (const c of entries) {
      const id = c.summary.id;
      const other = where.get(id);
      const otherEntries = other !== part ? entriesIn(other) : undefined;
      const otherEntry = otherEntries?.get(id);
      if (other && otherEntries && otherEntry) {
        const keepOther = otherEntry.summary.updatedAt >= c.summary.updatedAt;
        duplicates.push({ id, stalePart: keepOther ? part : other });
        if (keepOther) continue;
        otherEntries.delete(id);
      }
      byId.set(id, c);
      where.set(id, part);
    }
    const state: PartState = { source, version, byId, saved: null };
    loaded.set(part, state);
    return state;
  }

  /** Takes a saved part whose entries are read when first needed (no id of it is elsewhere). */
  function adoptUnread(part: string, version: string, saved: SavedPartEntries): PartState {
    for (const id of saved.ids) where.set(id, part);
    const state: PartState = { source: null, version, byId: null, saved };
    loaded.set(part, state);
    return state;
  }

  function* fromShard(part: string, source: JournalShardData): Iterable<CatalogEntry> {
    for (const e of source.entries) yield catalogEntry(part, e);
  }

  /** True when a part taken from the saved catalog still stands for its shard. */
  function savedIsCurrent(p: string, st: PartState | undefined): boolean {
    return (
      !!st && st.source === null && st.version !== null && versionOf(p)?.version === st.version
    );
  }

  async function part(p: string): Promise<ShardHandle<JournalShardData>> {
    const h = await open(p);
    const st = loaded.get(p);
    if (st && st.source === null && savedIsCurrent(p, st)) st.source = h.data;
    else if (st?.source !== h.data) rebuild(p, fromShard(p, h.data), h.data, null);
    return h;
  }

  async function ensure(p: string): Promise<void> {
    if (!savedIsCurrent(p, loaded.get(p))) await part(p);
  }

  return {
    part,
    ensure,
    async all(opts = {}) {
      for (const p of sortParts(parts()).reverse()) {
        if (opts.stillWanted && !opts.stillWanted()) break;
        const wasCurrent = savedIsCurrent(p, loaded.get(p));
        await ensure(p);
        if (opts.gently && !wasCurrent) await yieldToOthers();
      }
      return duplicates.splice(0);
    },
    adopt(p, version, saved) {
      if (loaded.has(p)) return null;
      // An entry also in another part (a crash between two writes): the copies are compared now.
      if (!saved.ids.some((id) => where.has(id))) return adoptUnread(p, version, saved);
      const entries = saved.entries();
      return entries ? rebuild(p, entries, null, version) : null;
    },
    token: (p) => loaded.get(p),
    snapshot: () =>
      [...loaded].map(([p, st]) => ({
        part: p,
        token: st,
        source: st.source,
        version: st.version,
        entries: [...entriesOf(p, st).values()],
      })),
    locate: (id) => where.get(id),
    *entries() {
      for (const [p, st] of loaded) yield* entriesOf(p, st).values();
    },
    *partEntries(p) {
      yield* entriesIn(p)?.values() ?? [];
    },
    loadedParts: () => [...loaded],
    put(p, e) {
      const prev = where.get(e.id);
      if (prev !== p) entriesIn(prev)?.delete(e.id);
      const entry = catalogEntry(p, e);
      entriesIn(p)?.set(e.id, entry);
      where.set(e.id, p);
      return entry;
    },
    drop(id) {
      entriesIn(where.get(id))?.delete(id);
      where.delete(id);
    },
    get: (id) => entriesIn(where.get(id))?.get(id),
  };
}
