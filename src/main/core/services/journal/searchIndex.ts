import MiniSearch from 'minisearch';
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
  /** Adds or replaces one entry (create, autosave). */
  upsert(entry: IndexedEntry): void;
  /** Removes one entry (delete). */
  remove(id: string): void;
  /** Best matches first; prefix and typo tolerant. */
  search(query: string, limit: number): IndexMatch[];
  /** The indexed text of an entry, for highlighting. */
  textOf(id: string): IndexedEntry | undefined;
  size(): number;
}

type Doc = { id: string; title: string; text: string; tags: string };

/** How many typos a query word may have: none for short words, where one typo changes the word. */
function typosAllowed(term: string): number | false {
  if (term.length < 4) return false;
  return term.length < 8 ? 1 : 2;
}

/** Creates an empty journal index (MiniSearch, with the app's own word rules). */
export function createJournalSearchIndex(): JournalSearchIndex {
  const mini = new MiniSearch<Doc>({
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
  });
  const docs = new Map<string, IndexedEntry>();
  const yearIds = new Map<string, Set<string>>();
  const sources = new Map<string, object>();

  const toDoc = (e: IndexedEntry): Doc => ({ id: e.id, title: e.title, text: e.text, tags: e.tags.join(' ') });

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

  return {
    isCurrent: (year, source) => sources.get(year) === source,
    setYear(year, source, entries) {
      for (const id of [...(yearIds.get(year) ?? [])]) remove(id);
      const fresh = entries.filter((e) => !docs.has(e.id));
      mini.addAll(fresh.map(toDoc));
      for (const e of fresh) docs.set(e.id, e);
      yearIds.set(year, new Set(fresh.map((e) => e.id)));
      sources.set(year, source);
    },
    upsert,
    remove,
    search(query, limit) {
      if (!query.trim()) return [];
      let results = mini.search(query);
      // Several words that never occur together: show entries with any of them rather than nothing.
      if (results.length === 0) results = mini.search(query, { combineWith: 'OR' });
      return results.slice(0, limit).map((r) => ({ id: String(r.id), score: r.score, terms: new Set(r.terms) }));
    },
    textOf: (id) => docs.get(id),
    size: () => docs.size,
  };
}
