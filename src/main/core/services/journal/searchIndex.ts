import MiniSearch, { type Options } from 'minisearch';
import { normalizeTerm, tokenize } from './searchText';

/** What the index needs of one entry. */
export interface IndexedEntry {
  id: string;
  year: string;
  title: string;
  /** The body as plain text. */
  text: string;
  tags: string[];
}

/** One match: the entry id, its score, and the words of the entry that matched. */
export interface IndexMatch {
  id: string;
  score: number;
  terms: Set<string>;
}

/** The journal's full-text index, kept in main memory while the vault is unlocked. */
export interface JournalSearchIndex {
  /** True when `year` was indexed from exactly this shard data (same object). */
  isCurrent(year: string, source: object): boolean;
  /** Replaces everything indexed for one year. */
  setYear(year: string, source: object, entries: IndexedEntry[]): void;
  /** Starts indexing a year bit by bit: drops what it had, and takes upserts for it meanwhile. */
  beginYear(year: string): void;
  /** True while a year is being indexed bit by bit. */
  isBuilding(year: string): boolean;
  /** Adds entries of a year being built (entries already indexed are kept as they are: they are newer). */
  addToYear(entries: IndexedEntry[]): void;
  /** Marks a year built from `source`. */
  finishYear(year: string, source: object): void;
  /** Drops everything indexed for a year (its shard is gone). */
  forget(year: string): void;
  /** Adds or replaces one entry (create, autosave). */
  upsert(entry: IndexedEntry): void;
  /** Removes one entry (delete). */
  remove(id: string): void;
  /** Best matches first; prefix and typo tolerant. */
  search(query: string, limit: number): IndexMatch[];
  /** The indexed text of an entry, for highlighting. */
  textOf(id: string): IndexedEntry | undefined;
  size(): number;
  /** The index as plain data (MiniSearch's own serialisation), to be kept on disk. */
  toJSON(): unknown;
  /**
   * Replaces the whole index by one saved with `toJSON`. `parts` says, for each part, which
   * entries the saved index held and, when it was complete and is still current, the
   * source it now stands for. Throws when the saved index cannot be read.
   */
  restore(
    saved: unknown,
    parts: { year: string; source: object | null; entries: IndexedEntry[] }[],
  ): void;
}

type Doc = { id: string; title: string; text: string; tags: string };

/** How many typos a query word may have: none for short words, where one typo changes the word. */
function typosAllowed(term: string): number | false {
  if (term.length < 4) return false;
  return term.length < 8 ? 1 : 2;
}

/**
 * Names the index's rules (fields, word rules, boosts): a saved index made under other rules
 * is not reused. Change it whenever `tokenize`, `normalizeTerm` or the fields change.
 */
export const SEARCH_RULES_VERSION = 'minisearch-7/upward-2';

/** Creates an empty journal index (MiniSearch, with the app's own word rules). */
export function createJournalSearchIndex(): JournalSearchIndex {
  const options = {
    fields: ['title', 'text', 'tags'],
    tokenize,
    processTerm: (t) => {
      const n = normalizeTerm(t);
      return n.length ? n : null;
    },
    searchOptions: {
      boost: { title: 2, tags: 1.5 },
      prefix: (term) => term.length >= 2,
      fuzzy: (term) => typosAllowed(term),
      combineWith: 'AND',
    },
  } satisfies Options<Doc>;
  let mini = new MiniSearch<Doc>(options);
  const docs = new Map<string, IndexedEntry>();
  const yearIds = new Map<string, Set<string>>();
  const sources = new Map<string, object>();
  const building = new Set<string>();

  const toDoc = (e: IndexedEntry): Doc => ({
    id: e.id,
    title: e.title,
    text: e.text,
    tags: e.tags.join(' '),
  });

  function remove(id: string): void {
    const old = docs.get(id);
    if (!old) return;
    mini.discard(id);
    docs.delete(id);
    yearIds.get(old.year)?.delete(id);
  }

  function upsert(entry: IndexedEntry): void {
    remove(entry.id);
    mini.add(toDoc(entry));
    docs.set(entry.id, entry);
    const ids = yearIds.get(entry.year) ?? new Set<string>();
    ids.add(entry.id);
    yearIds.set(entry.year, ids);
  }

  function dropYear(year: string): void {
    for (const id of [...(yearIds.get(year) ?? [])]) remove(id);
    sources.delete(year);
  }

  function addFresh(entries: IndexedEntry[]): void {
    const fresh = entries.filter((e) => !docs.has(e.id));
    mini.addAll(fresh.map(toDoc));
    for (const e of fresh) {
      docs.set(e.id, e);
      const ids = yearIds.get(e.year) ?? new Set<string>();
      ids.add(e.id);
      yearIds.set(e.year, ids);
    }
  }

  return {
    isCurrent: (year, source) => sources.get(year) === source,
    beginYear(year) {
      dropYear(year);
      building.add(year);
    },
    isBuilding: (year) => building.has(year),
    addToYear: addFresh,
    finishYear(year, source) {
      building.delete(year);
      sources.set(year, source);
    },
    setYear(year, source, entries) {
      dropYear(year);
      addFresh(entries);
      building.delete(year);
      sources.set(year, source);
    },
    upsert,
    remove,
    forget(year) {
      dropYear(year);
      building.delete(year);
      yearIds.delete(year);
    },
    search(query, limit) {
      if (!query.trim()) return [];
      let results = mini.search(query);
      // Several words that never occur together: show entries with any of them rather than nothing.
      if (results.length === 0) results = mini.search(query, { combineWith: 'OR' });
      return results
        .slice(0, limit)
        .map((r) => ({ id: String(r.id), score: r.score, terms: new Set(r.terms) }));
    },
    textOf: (id) => docs.get(id),
    size: () => docs.size,
    toJSON: () => mini.toJSON(),
    restore(saved, parts) {
      const next = MiniSearch.loadJS<Doc>(
        saved as Parameters<typeof MiniSearch.loadJS>[0],
        options,
      );
      mini = next;
      docs.clear();
      yearIds.clear();
      sources.clear();
      building.clear();
      for (const p of parts) {
        const ids = new Set<string>();
        for (const e of p.entries) {
          if (!next.has(e.id)) continue;
          docs.set(e.id, e);
          ids.add(e.id);
        }
        yearIds.set(p.year, ids);
        if (p.source) sources.set(p.year, p.source);
      }
    },
  };
}
